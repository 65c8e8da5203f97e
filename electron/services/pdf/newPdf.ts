/**
 * A PDF document as every printout of the app starts: A4, German, its title shown by the viewer,
 * no personal data in the metadata (only the title and the day), and the bytes once it is ended.
 */
import PDFDocument from 'pdfkit';

export interface PdfStart {
  title: string;
  created: Date;
  /** Page margins; the bottom one may leave room for a footer. */
  margins: { top: number; bottom: number; left: number; right: number };
}

export function newPdf({ title, created, margins }: PdfStart): { doc: PDFKit.PDFDocument; done: Promise<Uint8Array> } {
  const doc = new PDFDocument({
    size: 'A4',
    margins,
    bufferPages: true,
    lang: 'de-DE',
    displayTitle: true,
    info: { Title: title, Creator: 'KIM Fallakte', Producer: 'KIM Fallakte', CreationDate: created },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
  return { doc, done };
}
