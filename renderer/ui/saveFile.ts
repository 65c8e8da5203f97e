/**
 * Hands a file made in the main process to the Electron shell as a download: a Blob, an
 * <a download> clicked from code. The shell's download handler asks where to save it; nothing
 * leaves the device.
 */
export const MIME_TYPES = {
  pdf: 'application/pdf',
  json: 'application/json',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

export function saveFile(fileName: string, bytes: Uint8Array, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([new Uint8Array(bytes)], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download reads the Blob after the click; free it a little later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
