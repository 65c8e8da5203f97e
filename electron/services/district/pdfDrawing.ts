/**
 * Drawing blocks for the district report's PDF (pdfkit, vector only): numbers that may read
 * "≥ 37", tables that break across pages and split wide column sets, and horizontal bar charts.
 *
 * The built-in Helvetica only knows the WinAnsi characters, which lack "≥". The sign is taken
 * from the built-in Symbol font instead, embedded with its own encoding (pdfkit would declare
 * WinAnsi for it), so it prints in every viewer and is found when searching the text.
 */
import type PDFDocument from 'pdfkit';
import { pdfText } from '../assessment/pdfText';

type Doc = InstanceType<typeof PDFDocument>;

export const INK = '#1a1a1a';
export const MUTED = '#555555';
export const RULE = '#c9d1d9';
export const BAR = '#2f6690';
export const BAR_PREVIOUS = '#a9bccb';
export const HEADER_FILL = '#e8eef3';
export const ZEBRA_FILL = '#f6f8fa';

const HELVETICA_ASCENT = 0.718;
const GREATER_EQUAL = '\u00b3'; // the Symbol font's code for "≥"
const GREATER_EQUAL_WIDTH = 0.549;

interface SymbolFont {
  dictionary: { data: Record<string, unknown>; end(): void };
  embed(): void;
}

/** Makes the Symbol font of this document keep its built-in encoding; call once after creating it. */
export function prepareSymbolFont(doc: Doc): void {
  doc.font('Symbol');
  const font = (doc as unknown as { _font: SymbolFont })._font;
  font.embed = function embed(this: SymbolFont) {
    this.dictionary.data = { Type: 'Font', BaseFont: 'Symbol', Subtype: 'Type1' };
    this.dictionary.end();
  };
  doc.font('Helvetica');
}

/** Width of a value as `drawValue` prints it. */
export function valueWidth(doc: Doc, text: string, size: number, bold = false): number {
  doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(size);
  if (!text.startsWith('≥')) return doc.widthOfString(pdfText(text));
  return GREATER_EQUAL_WIDTH * size + doc.widthOfString(pdfText(text.slice(1)));
}

/** A value ("37", "≥ 37", "•", "–") with its right edge at `right`, its top at `top`. */
export function drawValue(doc: Doc, text: string, right: number, top: number, options: { size: number; bold?: boolean; color?: string }): void {
  const { size, bold = false, color = INK } = options;
  const baseline = top + HELVETICA_ASCENT * size;
  const width = valueWidth(doc, text, size, bold);
  let x = right - width;
  doc.fillColor(color);
  if (text.startsWith('≥')) {
    doc.font('Symbol').fontSize(size).text(GREATER_EQUAL, x, baseline, { lineBreak: false, baseline: 'alphabetic' });
    x += GREATER_EQUAL_WIDTH * size;
    text = text.slice(1);
  }
  doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(size).text(pdfText(text), x, baseline, { lineBreak: false, baseline: 'alphabetic' });
}

export interface Layout {
  doc: Doc;
  left: number;
  width: number;
  /** Called after a page break (e.g. to repeat a heading). */
  bottom(): number;
}

/** Starts a new page unless `height` still fits; true when it did. */
export function ensureSpace(layout: Layout, height: number): boolean {
  if (layout.doc.y + height <= layout.bottom()) return false;
  layout.doc.addPage();
  return true;
}

export interface TableRow {
  /** The first entry is the row's label, the others values. */
  cells: string[];
  bold?: boolean;
}

export interface TableSpec {
  header: string[];
  rows: TableRow[];
  labelWidth?: number;
  minColumnWidth?: number;
  size?: number;
  /** The table's title, repeated above its continuation on a new page or a further block of columns. */
  title: string;
}

/**
 * A table: header on a tinted band, right-aligned values, light zebra rows. Too many columns are
 * split into blocks that each repeat the row labels; a page break repeats the header.
 */
export function drawTable(layout: Layout, spec: TableSpec): void {
  const { doc, left, width } = layout;
  const size = spec.size ?? 9;
  const labelWidth = spec.labelWidth ?? 170;
  const minColumn = spec.minColumnWidth ?? 54;
  const valueCount = spec.header.length - 1;
  const perBlock = Math.max(1, Math.floor((width - labelWidth) / minColumn));
  const blocks: number[][] = [];
  for (let start = 0; start < valueCount; start += perBlock) {
    blocks.push(Array.from({ length: Math.min(perBlock, valueCount - start) }, (_, i) => start + i + 1));
  }
  const pad = 3;

  blocks.forEach((columns, blockIndex) => {
    const columnWidth = Math.min(90, (width - labelWidth) / columns.length);
    const tableWidth = labelWidth + columnWidth * columns.length;
    const headerHeight = () => {
      doc.font('Helvetica-Bold').fontSize(size - 0.5);
      const heights = [spec.header[0]!, ...columns.map((c) => spec.header[c]!)].map((text, i) =>
        doc.heightOfString(pdfText(text), { width: (i === 0 ? labelWidth : columnWidth) - 2 * pad }),
      );
      return Math.max(...heights) + 2 * pad;
    };
    const drawHeader = () => {
      const top = doc.y;
      const height = headerHeight();
      doc.rect(left, top, tableWidth, height).fillColor(HEADER_FILL).fill();
      doc.font('Helvetica-Bold').fontSize(size - 0.5).fillColor(INK);
      doc.text(pdfText(spec.header[0]!), left + pad, top + pad, { width: labelWidth - 2 * pad });
      columns.forEach((c, i) => {
        doc.text(pdfText(spec.header[c]!), left + labelWidth + i * columnWidth + pad, top + pad, { width: columnWidth - 2 * pad, align: 'right' });
      });
      doc.x = left;
      doc.y = top + height;
    };
    const rowHeight = (row: TableRow) =>
      doc.font(row.bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(size).heightOfString(pdfText(row.cells[0]!), { width: labelWidth - 2 * pad }) + 2 * pad;

    if (blockIndex > 0) {
      ensureSpace(layout, headerHeight() + 40);
      doc.moveDown(0.6).font('Helvetica').fontSize(size).fillColor(MUTED).text(pdfText(`${spec.title} (weitere Spalten)`), left, doc.y, { width });
      doc.moveDown(0.2);
    }
    ensureSpace(layout, headerHeight() + (spec.rows[0] ? rowHeight(spec.rows[0]) : 0));
    drawHeader();
    spec.rows.forEach((row, r) => {
      const height = rowHeight(row);
      if (ensureSpace(layout, height)) {
        doc.font('Helvetica').fontSize(size).fillColor(MUTED).text(pdfText(`${spec.title} (Fortsetzung)`), left, doc.y, { width });
        doc.moveDown(0.2);
        drawHeader();
      }
      const top = doc.y;
      if (r % 2 === 1) doc.rect(left, top, tableWidth, height).fillColor(ZEBRA_FILL).fill();
      if (row.bold) doc.moveTo(left, top).lineTo(left + tableWidth, top).lineWidth(0.6).strokeColor(MUTED).stroke();
      doc.font(row.bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(size).fillColor(INK);
      doc.text(pdfText(row.cells[0]!), left + pad, top + pad, { width: labelWidth - 2 * pad });
      columns.forEach((c, i) => {
        drawValue(doc, row.cells[c] ?? '', left + labelWidth + (i + 1) * columnWidth - pad, top + pad, { size, bold: row.bold ?? false });
      });
      doc.x = left;
      doc.y = top + height;
    });
    doc.moveTo(left, doc.y).lineTo(left + tableWidth, doc.y).lineWidth(0.5).strokeColor(RULE).stroke();
  });
}

export interface Bar {
  label: string;
  value: number | null;
  lowerBound: boolean;
  text: string;
  previous: { value: number | null; lowerBound: boolean; text: string } | null;
}

export interface ChartSpec {
  bars: Bar[];
  currentLabel: string;
  /** Set when the chart compares with a previous period. */
  previousLabel: string | null;
}

const CHART_LABEL_WIDTH = 150;
const CHART_VALUE_WIDTH = 52;

/** Height the chart needs (to keep it on one page). */
export function chartHeight(spec: ChartSpec): number {
  return 22 + spec.bars.length * (spec.previousLabel ? 22 : 15) + 8;
}

function swatch(doc: Doc, x: number, y: number, color: string, dashed: boolean): void {
  if (dashed) doc.rect(x, y, 14, 8).lineWidth(0.8).dash(2, { space: 1.5 }).strokeColor(BAR).stroke().undash();
  else doc.rect(x, y, 14, 8).fillColor(color).fill();
}

/**
 * Horizontal bars, one per row. A lower bound is a solid bar up to the known part with a dashed
 * open end, an unknown value has no bar; with a comparison each row has a thin pale bar for the
 * previous period below its own.
 */
export function drawBarChart(layout: Layout, spec: ChartSpec): void {
  const { doc, left, width } = layout;
  ensureSpace(layout, chartHeight(spec));
  const top = doc.y;
  const barLeft = left + CHART_LABEL_WIDTH;
  const barSpace = width - CHART_LABEL_WIDTH - CHART_VALUE_WIDTH;
  const values = spec.bars.flatMap((b) => [b.value ?? 0, b.previous?.value ?? 0]);
  const max = Math.max(1, ...values);
  const scale = (v: number) => (v / max) * barSpace;

  // Legend
  doc.font('Helvetica').fontSize(8).fillColor(MUTED);
  let x = left;
  const legend = (color: string, text: string, dashed = false) => {
    swatch(doc, x, top + 1, color, dashed);
    doc.fillColor(MUTED).text(pdfText(text), x + 18, top, { lineBreak: false });
    x += 18 + doc.widthOfString(pdfText(text)) + 14;
  };
  legend(BAR, spec.currentLabel);
  if (spec.previousLabel) legend(BAR_PREVIOUS, spec.previousLabel);
  if (spec.bars.some((b) => b.lowerBound || b.previous?.lowerBound)) legend(BAR, 'mindestens (Teile geheim gehalten)', true);

  let y = top + 18;
  const barHeight = spec.previousLabel ? 11 : 10;
  for (const bar of spec.bars) {
    doc.font('Helvetica').fontSize(8.5).fillColor(INK);
    const label = pdfText(bar.label);
    doc.text(label, left, y + 1, { width: CHART_LABEL_WIDTH - 8, height: 11, ellipsis: true, lineBreak: false });
    const drawOne = (value: number | null, lowerBound: boolean, text: string, barTop: number, height: number, color: string, size: number) => {
      const length = value === null ? 0 : scale(value);
      if (length > 0) doc.rect(barLeft, barTop, length, height).fillColor(color).fill();
      if (lowerBound) {
        doc.rect(barLeft + length, barTop, Math.min(16, barSpace - length + 10), height).lineWidth(0.8).dash(2, { space: 1.5 }).strokeColor(color === BAR ? BAR : MUTED).stroke().undash();
      }
      const textRight = barLeft + length + (lowerBound ? 18 : 0) + 4 + valueWidth(doc, text, size);
      drawValue(doc, text, Math.min(textRight, left + width), barTop + (height - size) / 2 + 0.5, { size, color: color === BAR ? INK : MUTED });
    };
    drawOne(bar.value, bar.lowerBound, bar.text, y, barHeight, BAR, 8.5);
    if (spec.previousLabel) {
      const p = bar.previous;
      drawOne(p?.value ?? null, p?.lowerBound ?? false, p?.text ?? '–', y + barHeight + 1, 6, BAR_PREVIOUS, 7);
    }
    y += spec.previousLabel ? 22 : 15;
  }
  doc.moveTo(barLeft, top + 16).lineTo(barLeft, y - 2).lineWidth(0.5).strokeColor(RULE).stroke();
  doc.x = left;
  doc.y = y + 6;
}
