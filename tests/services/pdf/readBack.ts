/**
 * Reading our PDFs back for tests: the text (unpdf, as pdf.js extracts it) and the structure
 * that PDF/A and "every script prints" need. Not a PDF parser: pdfkit writes plain object
 * dictionaries and Flate streams, which is all this looks at.
 */
import zlib from 'node:zlib';
import { extractText, getDocumentProxy } from 'unpdf';

/**
 * Text as compared (the issue 14 spike): invisible format characters (bidi marks, the U+200B our
 * ToUnicode gives split-off dots) removed, NFC, and Arabic harakat stripped (pdf.js may put a
 * tanween on another line). Whitespace runs become one space; ZWNJ counts as one.
 */
export const normalise = (text: string): string =>
  text
    // pdf.js reads the zero-width non-joiner of Persian (می‌خواهم, printed correctly) as a space.
    .replace(/\u200c/g, ' ')
    .replace(/\p{Cf}/gu, '')
    .normalize('NFC')
    .replace(/[\u064b-\u065f\u0670]/g, '')
    .replace(/\s+/g, ' ');

export async function readText(pdf: Uint8Array): Promise<{ text: string; pages: number }> {
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const { text, totalPages } = await extractText(document, { mergePages: true });
  return { text: normalise(text), pages: totalPages };
}

/** The file as latin1 text, and every stream inflated (those that are Flate-compressed). */
function parts(pdf: Uint8Array): { raw: string; streams: string[] } {
  const buffer = Buffer.from(pdf);
  const raw = buffer.toString('latin1');
  const streams: string[] = [];
  const re = /stream\r?\n/g;
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    const start = m.index + m[0].length;
    const end = raw.indexOf('endstream', start);
    const body = buffer.subarray(start, end);
    try {
      streams.push(zlib.inflateSync(body).toString('latin1'));
    } catch {
      streams.push(body.toString('latin1'));
    }
  }
  return { raw, streams };
}

const STANDARD_14 = /\/BaseFont\s*\/(Helvetica|Times|Courier|Symbol|ZapfDingbats)/;

export interface PdfStructure {
  /** BaseFont names of every font dictionary. */
  fonts: string[];
  /** Each FontDescriptor embeds its font program (FontFile2). */
  everyFontEmbedded: boolean;
  standardFont: boolean;
  /** Uses of glyph 0 (.notdef, CID 0000) in the page content. */
  notdefUses: number;
  pdfaPart: string | null;
  pdfaConformance: string | null;
  outputIntentWithProfile: boolean;
  version: string;
}

export function structureOf(pdf: Uint8Array): PdfStructure {
  const { raw, streams } = parts(pdf);
  const descriptors = raw.match(/\/Type \/FontDescriptor[\s\S]*?>>/g) ?? [];
  const xmp = streams.find((s) => s.includes('pdfaid')) ?? '';
  let notdefUses = 0;
  for (const s of streams) {
    if (!/\bBT\b/.test(s)) continue;
    for (const hex of s.matchAll(/<([0-9a-fA-F]+)>/g)) {
      const codes = hex[1] ?? '';
      for (let i = 0; i + 4 <= codes.length; i += 4) if (codes.slice(i, i + 4) === '0000') notdefUses += 1;
    }
  }
  return {
    fonts: [...raw.matchAll(/\/BaseFont\s*\/([^\s/>]+)/g)].map((m) => m[1] ?? ''),
    everyFontEmbedded: descriptors.length > 0 && descriptors.every((d) => /\/FontFile2\s+\d+ 0 R/.test(d)),
    standardFont: STANDARD_14.test(raw),
    notdefUses,
    pdfaPart: /<pdfaid:part>(\d)<\/pdfaid:part>/.exec(xmp)?.[1] ?? null,
    pdfaConformance: /<pdfaid:conformance>(\w)<\/pdfaid:conformance>/.exec(xmp)?.[1] ?? null,
    outputIntentWithProfile: /\/OutputIntents\s*\[/.test(raw) && /\/DestOutputProfile\s+\d+ 0 R/.test(raw) && /\/S \/GTS_PDFA1/.test(raw),
    version: /^%PDF-(\d\.\d)/.exec(raw)?.[1] ?? '',
  };
}

/** What every PDF of the app must be: PDF/A-2b, all fonts embedded, none standard, no glyph 0. */
export function expectArchivable(pdf: Uint8Array, expect: (value: unknown) => { toEqual(v: unknown): void }): void {
  const s = structureOf(pdf);
  expect({
    version: s.version,
    pdfa: `${s.pdfaPart}${s.pdfaConformance}`,
    outputIntent: s.outputIntentWithProfile,
    embedded: s.everyFontEmbedded,
    standardFont: s.standardFont,
    notdef: s.notdefUses,
  }).toEqual({ version: '1.7', pdfa: '2B', outputIntent: true, embedded: true, standardFont: false, notdef: 0 });
}
