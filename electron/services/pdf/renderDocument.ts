/**
 * Any DocumentModel (electron/services/documents/model.ts) as an archivable PDF (PDF/A-2b, every
 * font embedded, every script printed). How a document reads:
 *
 * - Bilingual text: the German text first, the client's text right below it, in the client's
 *   direction (right-to-left text right-aligned), in the same size in a dark blue with a thin rule
 *   at its start edge: visibly the translation, equally readable.
 * - Numbers with separators (case numbers, dates) inside right-to-left text are isolated, so
 *   "2026-0042" does not turn into "0042-2026".
 * - A heading stays with what follows; a table row, a field row, a list item and the whole block
 *   of signatures never split across pages (a table repeats its header on the next page).
 * - The footer of every page: "Fall 2026-0042 · Seite 1 von 2" (without the case for papers about
 *   no single case).
 *
 * A character no shipped font has (e.g. 中, or an emoji) makes the renderer throw
 * UnprintableTextError naming the characters, before anything is drawn. Why not a placeholder:
 * these papers carry names and are signed; a box or "?" in a name prints a wrong name silently
 * into a legal document. The error tells the user which characters to change (the message is
 * German and can be shown as it is).
 */
import type { Bilingual, Block, DocumentModel } from '../documents/model';
import { today } from '../context';
import { newPdf } from './newPdf';
import {
  type Direction,
  type TextStyle,
  assertPrintable,
  directionOf,
  drawLine,
  drawParagraph,
  isolateNumbers,
  lineAdvance,
  paragraphHeight,
} from './textLayout';

export { UnprintableTextError } from './textLayout';

const MARGIN = 56;
const FOOTER_SPACE = 28;
const INK = '#1a1a1a';
const MUTED = '#555555';
/** The client's language: dark blue, distinct from the German black and as readable. */
const CLIENT = '#16406b';
const RULE = '#9db4cc';
const LINE = '#888888';
/** Room above a signature line to sign in. */
const SIGN_GAP = 44;

/** Languages written right to left (BCP 47 primary subtags the app may use). */
const RTL_LANGUAGES = new Set(['ar', 'fa', 'prs', 'ps', 'ckb', 'ur', 'he', 'yi', 'sd', 'ug']);

export function languageDirection(language: string | null): Direction | null {
  if (!language) return null;
  return RTL_LANGUAGES.has(language.toLowerCase().split('-')[0] ?? '') ? 'rtl' : 'ltr';
}

const germanDate = (date: Date): string => {
  const [y, m, d] = today(date).split('-');
  return `${d}.${m}.${y}`;
};

export function footerText(caseNumber: string | null, page: number, pages: number, printout?: string): string {
  return [caseNumber ? `Fall ${caseNumber}` : null, printout ? `Ausdruck ${printout}` : null, `Seite ${page} von ${pages}`].filter(Boolean).join(' · ');
}

/** Every text of the model, to check before drawing. */
function textsOf(model: DocumentModel): string[] {
  const bi = (b: Bilingual) => [b.de, b.client ?? ''];
  const out = [...bi(model.title), model.caseNumber ?? ''];
  for (const block of model.blocks) {
    switch (block.kind) {
      case 'heading':
      case 'paragraph':
        out.push(...bi(block.text));
        break;
      case 'list':
        for (const item of block.items) out.push(...bi(item));
        break;
      case 'fields':
        for (const row of block.rows) out.push(...bi(row.label), row.value);
        break;
      case 'table':
        for (const c of block.columns) out.push(...bi(c));
        for (const row of block.rows) out.push(...row);
        break;
      case 'signatures':
        for (const line of block.lines) out.push(...bi(line.label), line.name ?? '');
        break;
    }
  }
  return out;
}

export async function renderDocument(model: DocumentModel): Promise<Uint8Array> {
  assertPrintable(textsOf(model));
  const clientDir = languageDirection(model.clientLanguage);
  const { doc, done } = newPdf({
    title: model.title.client ? `${model.title.de} – ${model.title.client}` : model.title.de,
    created: model.created,
    margins: { top: MARGIN, bottom: MARGIN + FOOTER_SPACE, left: MARGIN, right: MARGIN },
  });
  const left = MARGIN;
  const width = doc.page.width - 2 * MARGIN;
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  let y = MARGIN;

  const newPage = () => {
    doc.addPage();
    y = MARGIN;
  };
  /** Starts a new page unless `height` fits below y (a block taller than a page starts at the top). */
  const keep = (height: number) => {
    if (y + height > bottom() && y > MARGIN) newPage();
  };

  /** The client's text as printed: its own direction, numbers isolated inside right-to-left text. */
  const clientText = (text: string): { text: string; dir: Direction } => {
    const dir = clientDir ?? directionOf(text);
    return { text: dir === 'rtl' ? isolateNumbers(text) : text, dir };
  };

  /** Height of a bilingual text at width w. */
  const biHeight = (b: Bilingual, w: number, style: TextStyle, gap = 2): number => {
    let h = paragraphHeight(b.de, w, style);
    if (b.client) {
      const c = clientText(b.client);
      h += gap + paragraphHeight(c.text, w - 8, { ...style, dir: c.dir });
    }
    return h;
  };

  /** Where the client's text starts: indented from its start edge, where the rule marks it as the translation. */
  const translationX = (dir: 'ltr' | 'rtl', x: number): number => (dir === 'rtl' ? x : x + 8);
  /** The thin rule at the start edge of the client's text, from `top` to `bottom`. */
  const translationRule = (dir: 'ltr' | 'rtl', x: number, w: number, top: number, bottom: number, style: TextStyle): void => {
    const ruleX = dir === 'rtl' ? x + w - 2 : x + 2;
    doc
      .moveTo(ruleX, top + 2)
      .lineTo(ruleX, bottom - style.size * 0.25)
      .lineWidth(1.2)
      .strokeColor(RULE)
      .stroke();
  };

  /** Draws German then client text at (x, top) within w; returns the next top. */
  const drawBi = (b: Bilingual, x: number, top: number, w: number, style: TextStyle, color = INK, gap = 2): number => {
    doc.fillColor(color);
    let next = drawParagraph(doc, b.de, x, top, w, { ...style, dir: 'ltr' });
    if (b.client) {
      const c = clientText(b.client);
      const start = next + gap;
      doc.fillColor(CLIENT);
      next = drawParagraph(doc, c.text, translationX(c.dir, x), start, w - 8, { ...style, dir: c.dir });
      translationRule(c.dir, x, w, start, next, style);
      doc.fillColor(INK);
    }
    return next;
  };

  // Title
  const titleStyle: TextStyle = { size: 20, weight: 'bold', lineHeight: 1.3 };
  y = drawBi(model.title, left, y, width, titleStyle, INK, 2);
  doc.fillColor(MUTED);
  y = drawParagraph(doc, `Erstellt am ${germanDate(model.created)}`, left, y + 4, width, { size: 10 }) + 10;
  doc.fillColor(INK);

  const body: TextStyle = { size: 11, lineHeight: 1.45 };
  const headingStyle: TextStyle = { size: 14, weight: 'bold', lineHeight: 1.35 };
  const small: TextStyle = { size: 9.5, lineHeight: 1.4 };

  const blocks = model.blocks;
  blocks.forEach((block, index) => {
    switch (block.kind) {
      case 'heading': {
        // A heading stays with the start of what follows; a short paragraph right after it (a note
        // such as the life area of a goal, the sentence above the signature lines) brings the start
        // of the block after it along, so the heading is not left with its note alone.
        const next = blocks[index + 1];
        const after = blocks[index + 2];
        const shortNote = next?.kind === 'paragraph' && biHeight(next.text, width, body) <= 3 * lineAdvance(body);
        const follow = next
          ? shortNote && after && after.kind !== 'heading'
            ? biHeight(next.text, width, body) + 6 + Math.min(firstPartHeight(after), 240)
            : Math.min(firstPartHeight(next), 120)
          : 0;
        keep(10 + biHeight(block.text, width, headingStyle) + follow);
        y += 10;
        y = drawBi(block.text, left, y, width, headingStyle) + 4;
        break;
      }
      case 'paragraph': {
        const h = biHeight(block.text, width, body);
        // Short paragraphs stay whole; long ones may break between lines.
        if (h < 160) keep(h);
        y = drawBiFlowing(block.text, left, width, body, block.muted ? MUTED : INK) + 6;
        break;
      }
      case 'list': {
        for (const item of block.items) {
          keep(biHeight(item, width - 16, body));
          doc.fillColor(INK);
          drawLine(doc, '•', left + 3, y + body.size * 1.07, 10, { size: body.size });
          y = drawBi(item, left + 16, y, width - 16, body) + 3;
        }
        y += 4;
        break;
      }
      case 'fields': {
        const labelWidth = width * 0.34;
        const valueX = left + labelWidth + 12;
        const valueWidth = width - labelWidth - 12;
        for (const row of block.rows) {
          const h = Math.max(biHeight(row.label, labelWidth, { ...body, size: 10 }), paragraphHeight(row.value || '–', valueWidth, body));
          keep(h + 4);
          drawBi(row.label, left, y, labelWidth, { ...body, size: 10 }, MUTED);
          doc.fillColor(INK);
          drawParagraph(doc, row.value || '–', valueX, y, valueWidth, body);
          y += h + 4;
        }
        y += 6;
        break;
      }
      case 'table':
        drawTable(block);
        break;
      case 'signatures':
        drawSignatures(block);
        break;
    }
  });

  /** Height of what must stay with a heading before it: the first row, item or line of the block. */
  function firstPartHeight(block: Block): number {
    switch (block.kind) {
      case 'heading':
        return biHeight(block.text, width, headingStyle);
      case 'paragraph':
        return Math.min(biHeight(block.text, width, body), 3 * lineAdvance(body));
      case 'list':
        return block.items[0] ? biHeight(block.items[0], width - 16, body) : 0;
      case 'fields':
        return 30;
      case 'table':
        return 60;
      case 'signatures':
        return signaturesHeight(block);
    }
  }

  /** A long bilingual paragraph, line by line with page breaks. */
  function drawBiFlowing(b: Bilingual, x: number, w: number, style: TextStyle, color: string): number {
    doc.fillColor(color);
    y = drawParagraph(doc, b.de, x, y, w, { ...style, dir: 'ltr', pageBreaks: true });
    if (b.client) {
      const c = clientText(b.client);
      keep(Math.min(paragraphHeight(c.text, w - 8, { ...style, dir: c.dir }), 2 * lineAdvance(style)) + 2);
      const start = y + 2;
      doc.fillColor(CLIENT);
      const startPage = currentPage();
      y = drawParagraph(doc, c.text, translationX(c.dir, x), start, w - 8, { ...style, dir: c.dir, pageBreaks: true });
      if (currentPage() === startPage) translationRule(c.dir, x, w, start, y, style);
    }
    doc.fillColor(INK);
    return y;
  }

  function currentPage(): number {
    const range = doc.bufferedPageRange();
    return range.start + range.count;
  }

  function drawTable(block: Extract<Block, { kind: 'table' }>): void {
    const n = block.columns.length;
    const rel = block.widths && block.widths.length === n ? block.widths : block.columns.map(() => 1);
    const sum = rel.reduce((a, b) => a + b, 0);
    const pad = 4;
    const colWidths = rel.map((r) => (width * r) / sum);
    const colX = colWidths.map((_, i) => left + colWidths.slice(0, i).reduce((a, b) => a + b, 0));
    const cellStyle: TextStyle = { size: 9.5, lineHeight: 1.4 };
    const headStyle: TextStyle = { size: 9.5, weight: 'bold', lineHeight: 1.35 };
    const headHeight = Math.max(...block.columns.map((c, i) => biHeight(c, (colWidths[i] ?? 0) - 2 * pad, headStyle, 1))) + 2 * pad;
    const rowHeight = (row: string[]) =>
      Math.max(...block.columns.map((_, i) => paragraphHeight(row[i] || ' ', (colWidths[i] ?? 0) - 2 * pad, cellStyle))) + 2 * pad;
    const drawHead = () => {
      doc.rect(left, y, width, headHeight).fillColor('#eef3f7').fill();
      block.columns.forEach((c, i) => {
        drawBi(c, (colX[i] ?? left) + pad, y + pad, (colWidths[i] ?? 0) - 2 * pad, headStyle, INK, 1);
      });
      y += headHeight;
      rule(y);
    };
    const rule = (at: number) => {
      doc
        .moveTo(left, at)
        .lineTo(left + width, at)
        .lineWidth(0.5)
        .strokeColor(LINE)
        .stroke();
    };
    keep(headHeight + (block.rows[0] ? rowHeight(block.rows[0]) : 0));
    y += 4;
    drawHead();
    for (const row of block.rows) {
      const h = rowHeight(row);
      if (y + h > bottom()) {
        newPage();
        drawHead();
      }
      doc.fillColor(INK);
      block.columns.forEach((_, i) => {
        drawParagraph(doc, row[i] ?? '', (colX[i] ?? left) + pad, y + pad, (colWidths[i] ?? 0) - 2 * pad, cellStyle);
      });
      y += h;
      rule(y);
    }
    y += 10;
  }

  function signatureHeight(line: { label: Bilingual; name?: string }, w: number): number {
    return SIGN_GAP + 4 + biHeight(line.label, w, small, 1) + (line.name ? paragraphHeight(line.name, w, body) : 0) + 8;
  }
  /** Signatures in two columns, rows as tall as their taller line. */
  function signaturesHeight(block: Extract<Block, { kind: 'signatures' }>): number {
    const w = width / 2 - 12;
    let h = 0;
    for (let i = 0; i < block.lines.length; i += 2) {
      const pair = block.lines.slice(i, i + 2);
      h += Math.max(...pair.map((l) => signatureHeight(l, w)));
    }
    return h;
  }
  function drawSignatures(block: Extract<Block, { kind: 'signatures' }>): void {
    const w = width / 2 - 12;
    keep(signaturesHeight(block) + 8);
    y += 8;
    for (let i = 0; i < block.lines.length; i += 2) {
      const pair = block.lines.slice(i, i + 2);
      const rowHeight = Math.max(...pair.map((l) => signatureHeight(l, w)));
      pair.forEach((line, k) => {
        const x = left + k * (w + 24);
        const lineY = y + SIGN_GAP;
        doc
          .moveTo(x, lineY)
          .lineTo(x + w, lineY)
          .lineWidth(0.8)
          .strokeColor(INK)
          .stroke();
        let next = drawBi(line.label, x, lineY + 4, w, small, MUTED, 1);
        if (line.name) {
          doc.fillColor(INK);
          next = drawParagraph(doc, line.name, x, next, w, body);
        }
      });
      y += rowHeight;
    }
  }

  // Footer on every page
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const keepBottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.fillColor(MUTED);
    drawLine(doc, footerText(model.caseNumber, i - range.start + 1, range.count, model.printout), left, doc.page.height - MARGIN + 4, width, {
      size: 9,
      align: 'center',
      dir: 'ltr',
    });
    doc.page.margins.bottom = keepBottom;
  }
  doc.end();
  return done;
}
