/**
 * Makes the text of our PDFs read back exactly (copy, search, screen readers, the tests).
 *
 * pdfkit 0.20.2 writes ONE ToUnicode entry per glyph id, the text of its first use. Noto's shaping
 * (GSUB 'ccmp') decomposes letters into shared skeleton glyphs plus dots and accents: medial ف and
 * ق share a skeleton, so "رقم" read back as "رفم", and "Thị" as "Thi". And fontkit 2.0.4 caches one
 * Glyph per id with the code points of its FIRST creation, so a later use reports the wrong text.
 *
 * The fix (the issue 14 spike, ported): code points are taken per use, not from fontkit's cache;
 * each (glyph, text) pair gets its own CID, duplicating the glyph in the subset when needed;
 * split-off marks that carry no text map to U+200B (pdf.js reads an empty entry as the raw CID and
 * drops U+200B); .notdef stays at CID 0 and is recorded, so a missing glyph is never silent.
 *
 * It replaces private methods, so it is pinned to the versions it was written for
 * (tests/services/pdf/toUnicodePatch.test.ts fails on an update, saying what to re-check).
 */
import type { Font, Glyph, GlyphRun } from 'fontkit';

export const PATCHED_FOR = { pdfkit: '0.20.2', fontkit: '2.0.4' } as const;

/** A character drawn with glyph 0 (.notdef): the font had no glyph for it. */
export interface MissingGlyph {
  font: string;
  text: string;
}

/** pdfkit's EmbeddedFont, as far as the patch touches it (private in pdfkit). */
interface EmbeddedFontInternals {
  document: PDFKit.PDFDocument;
  font: Font;
  name: string;
  scale: number;
  widths: number[];
  unicode: (number[] | undefined)[];
  subset: { glyphs: number[]; includeGlyph(id: number): number };
  layout(text: string, features?: unknown): GlyphRun;
  encode(text: string, features?: unknown): [string[], GlyphRun['positions']];
}

const MARK_TEXT = [0x200b];
const missing = new WeakMap<PDFKit.PDFDocument, MissingGlyph[]>();
const cids = new WeakMap<EmbeddedFontInternals, Map<string, number>>();
const patchedFontProtos = new WeakSet<object>();
let pdfkitPatched = false;

let textOverride: number[] | null = null;

/**
 * Runs `draw` with every glyph it encodes read back as `text`. For a sign no shipped font has
 * but that can be drawn from another glyph plus a stroke (≥ as ">" over a bar): it prints and
 * still reads back, and is found by searching, as the real sign.
 */
export function encodeAs(text: string, draw: () => void): void {
  textOverride = [...text].map((c) => c.codePointAt(0) ?? 0);
  try {
    draw();
  } finally {
    textOverride = null;
  }
}

/** What the document drew with glyph 0 so far. */
export const missingGlyphsOf = (doc: PDFKit.PDFDocument): MissingGlyph[] => missing.get(doc) ?? [];

/** fontkit's glyph cache keeps the code points of a glyph's first use: return a per-use view instead. */
export function patchFontkitCodePoints(font: Font): void {
  const proto = Object.getPrototypeOf(font) as Font;
  if (patchedFontProtos.has(proto)) return;
  patchedFontProtos.add(proto);
  const original = proto.getGlyph;
  proto.getGlyph = function getGlyph(this: Font, id: number, codePoints: number[] = []): Glyph {
    const glyph = original.call(this, id, codePoints);
    if (glyph.codePoints.join(',') === codePoints.join(',')) return glyph;
    return Object.create(glyph, { codePoints: { value: codePoints, enumerable: true } }) as Glyph;
  };
}

/** Patches pdfkit's EmbeddedFont (found through the document's current font) once per process. */
export function applyToUnicodePatch(doc: PDFKit.PDFDocument): void {
  const embedded = (doc as unknown as { _font: EmbeddedFontInternals })._font;
  patchFontkitCodePoints(embedded.font);
  if (pdfkitPatched) return;
  if (typeof embedded.subset?.includeGlyph !== 'function') throw new Error('pdfkit: the document font is not an embedded font');
  pdfkitPatched = true;
  const proto = Object.getPrototypeOf(embedded) as EmbeddedFontInternals;
  proto.encode = function encode(this: EmbeddedFontInternals, text: string, features?: unknown) {
    patchFontkitCodePoints(this.font);
    const { glyphs, positions } = this.layout(text, features);
    let byKey = cids.get(this);
    if (!byKey) {
      byKey = new Map();
      cids.set(this, byKey);
    }
    const codes: string[] = [];
    for (const glyph of glyphs) {
      const codePoints = textOverride ?? (glyph.codePoints?.length ? glyph.codePoints : MARK_TEXT);
      if (glyph.id === 0) {
        // .notdef keeps CID 0, so a scan of the content for 0000 finds it as well.
        const list = missing.get(this.document) ?? [];
        list.push({ font: this.name, text: String.fromCodePoint(...(glyph.codePoints ?? [])) });
        missing.set(this.document, list);
        codes.push('0000');
        continue;
      }
      const key = `${glyph.id}:${codePoints.join(',')}`;
      let cid = byKey.get(key);
      if (cid === undefined) {
        cid = this.subset.includeGlyph(glyph.id);
        const known = this.unicode[cid];
        if (known != null && known.join(',') !== codePoints.join(',')) {
          // Same outline, a new CID with its own ToUnicode text.
          this.subset.glyphs.push(glyph.id);
          cid = this.subset.glyphs.length - 1;
        }
        byKey.set(key, cid);
        this.widths[cid] = glyph.advanceWidth * this.scale;
        this.unicode[cid] = codePoints;
      }
      codes.push(`0000${cid.toString(16)}`.slice(-4));
    }
    return [codes, positions];
  };
}
