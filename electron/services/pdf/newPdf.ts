/**
 * A PDF document as every printout of the app starts: A4, German, PDF/A-2b (fonts embedded, XMP
 * metadata, sRGB output intent: archivable), its title shown by the viewer, no personal data in the
 * metadata (only the title and the day), and the bytes once it is ended.
 *
 * Every font is a shipped Noto font, registered under the names of fonts.ts ('NotoSans-regular',
 * 'NotoSans-bold', …); the default is Noto Sans, never a standard-14 font (Helvetica is not embedded,
 * which PDF/A forbids, and has only WinAnsi characters). Draw user-entered or translated text with
 * textLayout.ts, which chooses the font per character and handles right-to-left text.
 */
import PDFDocument from 'pdfkit';
import { allFonts, defaultFont } from './fonts';
import { applyToUnicodePatch } from './toUnicodePatch';

export interface PdfStart {
  title: string;
  created: Date;
  /** Page margins; the bottom one may leave room for a footer. */
  margins: { top: number; bottom: number; left: number; right: number };
}

/** The font names for fixed German text drawn with pdfkit's own text(). */
export const SANS = 'NotoSans-regular';
export const SANS_BOLD = 'NotoSans-bold';

export function newPdf({ title, created, margins }: PdfStart): { doc: PDFKit.PDFDocument; done: Promise<Uint8Array> } {
  const doc = new PDFDocument({
    size: 'A4',
    margins,
    bufferPages: true,
    lang: 'de-DE',
    displayTitle: true,
    pdfVersion: '1.7',
    subset: 'PDF/A-2b',
    // A parsed fontkit font: pdfkit accepts it (PDFFontFactory.open), so Helvetica is never loaded.
    font: defaultFont().font as unknown as string,
    info: { Title: title, Creator: 'KIM Fallakte', Producer: 'KIM Fallakte', CreationDate: created },
  } as PDFKit.PDFDocumentOptions);
  for (const font of allFonts()) doc.registerFont(font.name, font.font as unknown as string);
  doc.font(SANS);
  applyToUnicodePatch(doc);
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
  return { doc, done };
}
