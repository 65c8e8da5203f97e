/**
 * A printed document as data: what it says, block by block, in German and (in a bilingual
 * document) the client's language. Builders (one per document) make a model from the store;
 * one renderer (electron/services/pdf/renderDocument.ts) turns any model into an archivable PDF
 * with embedded fonts for every script. So a document's content is tested on the model, and how
 * text prints (scripts, direction, footer, PDF/A) is tested once, on the renderer.
 */

/** One text in German and, in a bilingual document, in the client's language (printed after it). */
export interface Bilingual {
  de: string;
  client?: string;
}

export type Block =
  /** A section heading. */
  | { kind: 'heading'; text: Bilingual }
  /** Running text; `muted` for hints and explanations. */
  | { kind: 'paragraph'; text: Bilingual; muted?: boolean }
  /** A list with bullets. */
  | { kind: 'list'; items: Bilingual[] }
  /** Label and value rows; values are data as recorded (names in any script), never translated. */
  | { kind: 'fields'; rows: { label: Bilingual; value: string }[] }
  /** A table of data; `widths` are relative column widths. */
  | { kind: 'table'; columns: Bilingual[]; rows: string[][]; widths?: number[] }
  /** Empty lines to sign on paper, each with its label and, below it, the printed name if known. */
  | { kind: 'signatures'; lines: { label: Bilingual; name?: string }[] };

export interface DocumentModel {
  /** Title of the document and of the PDF's metadata: never personal data. */
  title: Bilingual;
  /** Printed in the footer of every page with the page number ("Fall 2026-0042 · Seite 1 von 2"); null for papers about no single case. */
  caseNumber: string | null;
  /** Language of every `client` text (BCP 47: 'ar', 'fa', 'uk', 'ru', 'tr', 'en', 'fr', 'kmr', …); null for a German-only document. */
  clientLanguage: string | null;
  /** When the document was made (metadata and footer). */
  created: Date;
  /**
   * The printout's reference ("Ausdruck 7KQ3M9", printed in the footer) for a paper that is signed
   * after printing: recording the signature names the printout, so the app knows which printed
   * version was signed. Absent on papers nobody signs.
   */
  printout?: string;
  blocks: Block[];
}
