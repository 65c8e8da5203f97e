/** Hands a PDF to the Electron shell as a download (see saveFile). */
import { MIME_TYPES, saveFile } from '../../ui/saveFile';

export function savePdf(fileName: string, pdf: Uint8Array): void {
  saveFile(fileName, pdf, MIME_TYPES.pdf);
}
