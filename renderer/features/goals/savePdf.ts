/**
 * Hands a PDF to the Electron shell as a download: a Blob, an <a download> clicked from code.
 * The shell's download handler asks where to save it; nothing leaves the device.
 */
export function savePdf(fileName: string, pdf: Uint8Array): void {
  const url = URL.createObjectURL(new Blob([new Uint8Array(pdf)], { type: 'application/pdf' }));
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
