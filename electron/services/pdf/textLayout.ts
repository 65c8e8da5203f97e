/**
 * Text of any script on a PDF page (the issue 14 spike, built in). pdfkit alone gets mixed and
 * right-to-left text wrong: it lays out word by word (the words of an Arabic name come out in
 * left-to-right order) and has no bidi algorithm. So a line is drawn like this:
 *
 * 1. embedding levels with bidi-js (UAX #9), base direction from the first strong character;
 * 2. a font per character: the first font that has it for letters, the base's font for marks, and
 *    for neutrals and digits the font of the nearest letter at the same level (so " (" after an
 *    Arabic name stays in the Latin run and reads back in the right place);
 * 3. runs of equal (level, font), reordered by rule L2;
 * 4. each run handed to pdfkit WHOLE and in logical order (`features: []` stops pdfkit's per-word
 *    layout); fontkit shapes it and reverses the glyphs of right-to-left scripts itself. Reversing
 *    characters beforehand would break Arabic joining. Only runs of right-to-left neutrals (which
 *    fontkit keeps left-to-right) are reversed here, and brackets are mirrored in RTL runs.
 *
 * Paragraphs break greedily on spaces in logical order, then each line is reordered on its own
 * (UAX #9 reorders per line). Never use pdfkit's own wrapping for user or translated text.
 */
import bidiFactory from 'bidi-js';
import { type FontWeight, type LoadedFont, fontName, fontsOfWeight } from './fonts';

const bidi = bidiFactory();

/** Invisible bidi controls: they steer the algorithm and are never drawn. */
const BIDI_CONTROLS = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g;
const isBidiControl = (ch: string) => /^[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]$/.test(ch);
const LRI = '\u2066';
const PDI = '\u2069';

export type Direction = 'ltr' | 'rtl';

/** Characters no shipped font has. */
export class UnprintableTextError extends Error {
  readonly characters: string[];
  constructor(characters: string[]) {
    const list = characters.map((c) => `${c} (U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')})`).join(', ');
    super(`Diese Zeichen kann das Dokument nicht drucken: ${list}. Bitte schreiben Sie den Text ohne diese Zeichen.`);
    this.name = 'UnprintableTextError';
    this.characters = characters;
  }
}

const typeOf = (ch: string) => bidi.getBidiCharTypeName(ch);
const isStrong = (ch: string) => {
  const t = typeOf(ch);
  return t === 'L' || t === 'R' || t === 'AL';
};
const isRtlStrong = (ch: string) => {
  const t = typeOf(ch);
  return t === 'R' || t === 'AL';
};
const isMark = (ch: string) => /\p{M}/u.test(ch) || ch === '\u200c' || ch === '\u200d';
/** Format characters (ZWSP, soft hyphen, …) a font may lack: invisible, so dropped instead of failing. */
const isDroppableFormat = (ch: string) => /\p{Cf}/u.test(ch) && ch !== '\u200c' && ch !== '\u200d';

/** The direction of a text: that of its first strong character (left-to-right without one). */
export function directionOf(text: string): Direction {
  for (const ch of text) {
    const t = typeOf(ch);
    if (t === 'L') return 'ltr';
    if (t === 'R' || t === 'AL') return 'rtl';
  }
  return 'ltr';
}

/** A left-to-right piece (case number, date, Latin name) kept in one piece inside RTL text. */
export const isolateLtr = (text: string): string => `${LRI}${text}${PDI}`;

/**
 * Numbers with separators (2026-0042, 03.12.2026, 10:30) isolated as left-to-right. Inside Arabic
 * text the bidi algorithm would otherwise show "2026-0042" as "0042-2026".
 */
export const isolateNumbers = (text: string): string => text.replace(/\d+(?:[.\-/:]\d+)+/g, (m) => isolateLtr(m));

/** Text as it is laid out: line endings unified, tabs as spaces, NFC. */
const clean = (text: string): string =>
  text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ');

/** The characters of `text` that none of `fonts` has (invisible controls do not count). */
export function unprintableCharacters(text: string, fonts: LoadedFont[] = fontsOfWeight('regular')): string[] {
  const out = new Set<string>();
  for (const ch of clean(text)) {
    if (ch === '\n' || isBidiControl(ch) || isDroppableFormat(ch)) continue;
    const cp = ch.codePointAt(0) ?? 0;
    if (!fonts.some((f) => f.font.hasGlyphForCodePoint(cp))) out.add(ch);
  }
  return [...out];
}

/** Throws UnprintableTextError when a character of any text has no glyph in any font. */
export function assertPrintable(texts: string[], fonts: LoadedFont[] = fontsOfWeight('regular')): void {
  const missing = new Set<string>();
  for (const t of texts) for (const ch of unprintableCharacters(t, fonts)) missing.add(ch);
  if (missing.size > 0) throw new UnprintableTextError([...missing]);
}

/** Font index per UTF-16 index (see the module comment, step 2). */
function fontPerChar(text: string, fonts: LoadedFont[], levels: Uint8Array): number[] {
  const out = new Array<number>(text.length).fill(-1);
  const first = (cp: number) => {
    const i = fonts.findIndex((f) => f.font.hasGlyphForCodePoint(cp));
    return Math.max(i, 0);
  };
  const chars: { i: number; cp: number; ch: string }[] = [];
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i) ?? 0;
    const ch = String.fromCodePoint(cp);
    chars.push({ i, cp, ch });
    i += ch.length;
  }
  const set = (i: number, ch: string, font: number) => {
    for (let k = 0; k < ch.length; k++) out[i + k] = font;
  };
  for (const { i, cp, ch } of chars) if (isStrong(ch)) set(i, ch, first(cp));
  chars.forEach(({ i, cp, ch }, n) => {
    if ((out[i] ?? -1) >= 0) return;
    const previous = chars[n - 1];
    if (isMark(ch) && previous) {
      set(i, ch, out[previous.i] ?? 0);
      return;
    }
    const level = levels[i];
    const near = (step: number): number => {
      for (let m = n + step; m >= 0 && m < chars.length; m += step) {
        const c = chars[m] as (typeof chars)[number];
        if (isStrong(c.ch) && levels[c.i] === level) return out[c.i] ?? -1;
      }
      return -1;
    };
    const candidate = [near(-1), near(1)].find((f) => f >= 0 && fonts[f]?.font.hasGlyphForCodePoint(cp));
    set(i, ch, candidate ?? first(cp));
  });
  return out;
}

export interface VisualRun {
  /** The text to hand to pdfkit (logical order, except reversed RTL neutrals; brackets mirrored in RTL). */
  text: string;
  font: LoadedFont;
  level: number;
}

/** One line of logical text as runs in visual (left-to-right) order. */
export function visualRuns(line: string, fonts: LoadedFont[], baseDir: Direction | 'auto' = 'auto'): { dir: Direction; runs: VisualRun[] } {
  // Invisible format characters go, except the bidi controls the algorithm needs.
  const text = [...clean(line)].filter((ch) => !isDroppableFormat(ch) || isBidiControl(ch)).join('');
  const dir = baseDir === 'auto' ? directionOf(text) : baseDir;
  if (text.length === 0) return { dir, runs: [] };
  const { levels } = bidi.getEmbeddingLevels(text, dir);
  const fpc = fontPerChar(text, fonts, levels);
  const spans: { start: number; end: number; level: number; font: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = spans[spans.length - 1];
    const level = levels[i] ?? 0;
    const font = fpc[i] ?? 0;
    if (last && last.level === level && last.font === font) last.end = i + 1;
    else spans.push({ start: i, end: i + 1, level, font });
  }
  // Rule L2: from the highest level down to the lowest odd one, reverse every sequence at >= that level.
  const max = Math.max(...spans.map((r) => r.level));
  const minOdd = Math.min(...spans.map((r) => r.level).filter((l) => l % 2 === 1), Number.POSITIVE_INFINITY);
  for (let level = max; level >= minOdd && level > 0; level--) {
    for (let i = 0; i < spans.length; ) {
      if ((spans[i]?.level ?? 0) >= level) {
        let j = i;
        while (j < spans.length && (spans[j]?.level ?? 0) >= level) j++;
        spans.splice(i, j - i, ...spans.slice(i, j).reverse());
        i = j;
      } else i++;
    }
  }
  const runs: VisualRun[] = [];
  for (const span of spans) {
    let t = text.slice(span.start, span.end).replace(BIDI_CONTROLS, '');
    if (t.length === 0) continue;
    if (span.level % 2 === 1) {
      t = [...t].map((c) => bidi.getMirroredCharacter(c) ?? c).join('');
      // fontkit reverses only runs of an RTL script; a run of RTL-level neutrals is reversed here.
      if (![...t].some(isRtlStrong)) t = [...t].reverse().join('');
    }
    runs.push({ text: t, font: fonts[span.font] as LoadedFont, level: span.level });
  }
  return { dir, runs };
}

const widthCache = new Map<string, number>();
/** Advance width of a run at size 1 (fontkit directly: no document state, cached per process). */
function unitWidth(font: LoadedFont, text: string): number {
  const key = `${font.name}\u0000${text}`;
  let w = widthCache.get(key);
  if (w === undefined) {
    w = font.font.layout(text, []).advanceWidth / font.font.unitsPerEm;
    if (widthCache.size > 20_000) widthCache.clear();
    widthCache.set(key, w);
  }
  return w;
}

export interface TextStyle {
  size: number;
  weight?: FontWeight;
  /** Base direction; 'auto' (default) takes the first strong character. */
  dir?: Direction | 'auto';
  /** 'start' (default): left for left-to-right, right for right-to-left text. */
  align?: 'start' | 'left' | 'right' | 'center';
  /** Distance between baselines, as a factor of the size (default 1.4). */
  lineHeight?: number;
}

const fontsFor = (style: TextStyle) => fontsOfWeight(style.weight ?? 'regular');

/** The drawn width of one line. */
export function lineWidth(text: string, style: TextStyle): number {
  const { runs } = visualRuns(text, fontsFor(style), style.dir ?? 'auto');
  return runs.reduce((sum, r) => sum + unitWidth(r.font, r.text) * style.size, 0);
}

/** Baseline below the top of a line: Noto Sans's ascender (1.069 em), the same for every script. */
export const ascent = (size: number): number => size * 1.07;
export const lineAdvance = (style: TextStyle): number => style.size * (style.lineHeight ?? 1.4);

/** Draws one line with its baseline at `baselineY` inside [x, x + width]. */
export function drawLine(
  doc: PDFKit.PDFDocument,
  text: string,
  x: number,
  baselineY: number,
  width: number,
  style: TextStyle,
): { dir: Direction; width: number } {
  const fonts = fontsFor(style);
  const { dir, runs } = visualRuns(text, fonts, style.dir ?? 'auto');
  // Never a silent box: a character no font has stops the document (see renderDocument.ts for why).
  const missing = runs.flatMap((r) => [...r.text].filter((ch) => !r.font.font.hasGlyphForCodePoint(ch.codePointAt(0) ?? 0)));
  if (missing.length > 0) throw new UnprintableTextError([...new Set(missing)]);
  const widths = runs.map((r) => unitWidth(r.font, r.text) * style.size);
  const total = widths.reduce((a, b) => a + b, 0);
  const align = !style.align || style.align === 'start' ? (dir === 'rtl' ? 'right' : 'left') : style.align;
  let cx = align === 'right' ? x + width - total : align === 'center' ? x + (width - total) / 2 : x;
  runs.forEach((run, i) => {
    // features must be set (empty = the font's defaults) so pdfkit lays out the run whole.
    doc
      .font(run.font.name)
      .fontSize(style.size)
      .text(run.text, cx, baselineY, { lineBreak: false, features: [], baseline: 'alphabetic' } as PDFKit.Mixins.TextOptions);
    cx += widths[i] ?? 0;
  });
  return { dir, width: total };
}

/** Splits a word wider than the line into pieces that fit (marks stay with their base). */
function splitLongWord(word: string, width: number, style: TextStyle): string[] {
  const clusters = word.match(/\P{M}\p{M}*/gu) ?? [word];
  const pieces: string[] = [];
  let piece = '';
  for (const c of clusters) {
    if (piece && lineWidth(piece + c, style) > width) {
      pieces.push(piece);
      piece = c;
    } else piece += c;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/** The isolate initiators (LRI, RLI, FSI) still open after `text`, outermost first; `open` were open before it. */
function openIsolates(text: string, open: readonly string[]): string[] {
  const stack = [...open];
  for (const ch of text) {
    if (ch === '\u2066' || ch === '\u2067' || ch === '\u2068') stack.push(ch);
    else if (ch === PDI) stack.pop();
  }
  return stack;
}

/**
 * An isolate that a soft line break cuts in two ("…: ⁨Frau Kaya, Tel." | "02581 53-1234⁩.") is
 * closed at the end of the first line and opened again at the start of the next: each line is
 * ordered on its own (UAX #9 reorders per line), and the rest of a phone number or a name with
 * parentheses would otherwise be ordered by the right-to-left text around it.
 */
function carryIsolates(lines: string[]): string[] {
  let open: string[] = [];
  return lines.map((line) => {
    const reopened = open.join('');
    open = openIsolates(line, open);
    return `${reopened}${line}${PDI.repeat(open.length)}`;
  });
}

/** The lines a paragraph breaks into at `width` (logical order; '\n' forces a break). */
export function breakLines(text: string, width: number, style: TextStyle): string[] {
  const lines: string[] = [];
  for (const hard of clean(text).split('\n')) {
    const soft: string[] = [];
    let line = '';
    for (const word of hard.split(/ +/)) {
      const words = lineWidth(word, style) > width ? splitLongWord(word, width, style) : [word];
      for (const w of words) {
        const candidate = line ? `${line} ${w}` : w;
        if (line && lineWidth(candidate, style) > width) {
          soft.push(line);
          line = w;
        } else line = candidate;
      }
    }
    soft.push(line);
    lines.push(...carryIsolates(soft));
  }
  return lines;
}

/** Height a paragraph takes at `width`. */
export const paragraphHeight = (text: string, width: number, style: TextStyle): number => breakLines(text, width, style).length * lineAdvance(style);

/**
 * Draws a paragraph with its first line's top at `y`; returns the top of the next line. The base
 * direction is the paragraph's (so an Arabic paragraph is right-aligned even when a line starts
 * with a number). With `pageBreaks`, a line that does not fit starts a new page.
 */
export function drawParagraph(doc: PDFKit.PDFDocument, text: string, x: number, y: number, width: number, style: TextStyle & { pageBreaks?: boolean }): number {
  const dir = style.dir && style.dir !== 'auto' ? style.dir : directionOf(text);
  const lineStyle = { ...style, dir };
  const advance = lineAdvance(style);
  let top = y;
  for (const line of breakLines(text, width, lineStyle)) {
    if (style.pageBreaks && top + advance > doc.page.height - doc.page.margins.bottom) {
      doc.addPage();
      top = doc.page.margins.top;
    }
    if (line) drawLine(doc, line, x, top + ascent(style.size), width, lineStyle);
    top += advance;
  }
  return top;
}

/**
 * For the older printouts that flow with pdfkit's cursor: draws `text` at doc.x/doc.y within
 * `width`, moves doc.y below it (new pages as needed) and keeps doc.x. Uses the current size.
 */
export function flowText(
  doc: PDFKit.PDFDocument,
  text: string,
  options: { width: number; x?: number; weight?: FontWeight; align?: TextStyle['align']; lineGap?: number },
): void {
  const x = options.x ?? doc.x;
  const size = (doc as unknown as { _fontSize: number })._fontSize;
  const lineHeight = 1.362 + (options.lineGap ?? 0) / size; // Noto Sans: ascender + descender, as pdfkit's own lines
  doc.y = drawParagraph(doc, text, x, doc.y, options.width, { size, weight: options.weight, align: options.align, lineHeight, pageBreaks: true });
  doc.x = x;
}

/** Height flowText takes for `text` at the current size. */
export function flowHeight(doc: PDFKit.PDFDocument, text: string, options: { width: number; weight?: FontWeight; lineGap?: number }): number {
  const size = (doc as unknown as { _fontSize: number })._fontSize;
  const lineHeight = 1.362 + (options.lineGap ?? 0) / size;
  return paragraphHeight(text, options.width, { size, weight: options.weight, lineHeight });
}

/** Whether pdfkit's own text() would print `text` wrongly: right-to-left text or a script Noto Sans lacks. */
export function needsLayout(text: string): boolean {
  const latin = fontsOfWeight('regular')[0] as LoadedFont;
  for (const ch of text) {
    if (isRtlStrong(ch)) return true;
    if (ch === '\n' || isBidiControl(ch) || isDroppableFormat(ch)) continue;
    if (!latin.font.hasGlyphForCodePoint(ch.codePointAt(0) ?? 0)) return true;
  }
  return false;
}

const currentWeight = (doc: PDFKit.PDFDocument): FontWeight => (/Bold/.test((doc as unknown as { _font: { name: string } })._font.name) ? 'bold' : 'regular');

/**
 * doc.text() for the older printouts that flow with pdfkit's cursor, safe for any script: text that
 * Noto Sans prints left to right goes to pdfkit as before (same wrapping and spacing); other text
 * (Arabic, Georgian, …) is laid out here, at doc.x/doc.y or options.x/y, within options.width.
 */
export function writeText(doc: PDFKit.PDFDocument, text: string, options: PDFKit.Mixins.TextOptions & { width: number; x?: number; y?: number }): void {
  const { x, y, ...rest } = options;
  if (!needsLayout(text)) {
    if (x !== undefined) doc.text(text, x, y ?? doc.y, rest);
    else doc.text(text, rest);
    return;
  }
  const weight = currentWeight(doc);
  if (y !== undefined) doc.y = y;
  const align = rest.align === 'center' || rest.align === 'right' ? rest.align : rest.align === 'left' ? 'left' : undefined;
  flowText(doc, text, { width: options.width, x: x ?? doc.x, weight, align, lineGap: rest.lineGap });
  doc.font(fontName('NotoSans', weight));
}

/** doc.heightOfString() to match writeText. */
export function textHeight(doc: PDFKit.PDFDocument, text: string, options: PDFKit.Mixins.TextOptions & { width: number }): number {
  if (!needsLayout(text)) return doc.heightOfString(text, options);
  return flowHeight(doc, text, { width: options.width, weight: currentWeight(doc), lineGap: options.lineGap });
}
