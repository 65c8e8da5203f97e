/**
 * Drawing blocks for the district report's PDF (pdfkit, vector only): numbers that may read
 * "≥ 37", tables that break across pages and split wide column sets, and horizontal bar charts.
 *
 * The shipped Noto Sans has no "≥" (and a standard font like Symbol is not embedded, which PDF/A
 * forbids). The sign is drawn as ">" over a bar, with its text mapped to "≥", so it prints in
 * every viewer and is found when searching the text.
 */
import type PDFDocument from 'pdfkit';
import { SANS, SANS_BOLD } from '../pdf/newPdf';
import { encodeAs } from '../pdf/toUnicodePatch';

type Doc = InstanceType<typeof PDFDocument>;

export const INK = '#1a1a1a';
export const MUTED = '#555555';
export const RULE = '#c9d1d9';
export const BAR = '#2f6690';
export const BAR_PREVIOUS = '#a9bccb';
export const HEADER_FILL = '#e8eef3';
export const ZEBRA_FILL = '#f6f8fa';

/** Noto Sans's ascender: a value's baseline below its top, where pdfkit puts that of the labels beside it. */
const ASCENT = 1.069;

/** Width of a value as `drawValue` prints it. */
export function valueWidth(doc: Doc, text: string, size: number, bold = false): number {
  doc.font(bold ? SANS_BOLD : SANS).fontSize(size);
  if (!text.startsWith('≥')) return doc.widthOfString(text);
  return doc.widthOfString('>') + doc.widthOfString(text.slice(1));
}

/** A value ("37", "≥ 37", "•", "–") with its right edge at `right`, its top at `top`. */
export function drawValue(doc: Doc, text: string, right: number, top: number, options: { size: number; bold?: boolean; color?: string }): void {
  const { size, bold = false, color = INK } = options;
  const baseline = top + ASCENT * size;
  const width = valueWidth(doc, text, size, bold);
  let x = right - width;
  doc.fillColor(color);
  if (text.startsWith('≥')) {
    const sign = x;
    const font = bold ? SANS_BOLD : SANS;
    encodeAs('≥', () =>
      doc
        .font(font)
        .fontSize(size)
        .text('>', sign, baseline - 0.08 * size, { lineBreak: false, baseline: 'alphabetic' }),
    );
    const width = doc.widthOfString('>');
    doc
      .moveTo(sign + 0.12 * width, baseline + 0.04 * size)
      .lineTo(sign + 0.88 * width, baseline + 0.04 * size)
      .lineWidth(size * (bold ? 0.09 : 0.06))
      .strokeColor(color)
      .stroke();
    x += width;
    text = text.slice(1);
  }
  doc
    .font(bold ? SANS_BOLD : SANS)
    .fontSize(size)
    .text(text, x, baseline, { lineBreak: false, baseline: 'alphabetic' });
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

const PAD = 3;

/** How a table is laid out: its blocks of columns with their widths, and the heights of header and rows. */
interface TablePlan {
  size: number;
  labelWidth: number;
  blocks: { columns: number[]; widths: number[]; headerHeight: number }[];
  rowHeights: number[];
}

function planTable(layout: Layout, spec: TableSpec): TablePlan {
  const { doc, width } = layout;
  const size = spec.size ?? 9;
  const valueCount = spec.header.length - 1;
  const labelWidth = spec.labelWidth ?? (valueCount > 4 ? 130 : 170);
  const room = width - labelWidth;
  // Each column as wide as its longest header word (none is broken, e.g. "Gemeinschaftsunterkunft") and its widest value.
  const columnWidth = (c: number) => {
    doc.font(SANS_BOLD).fontSize(size - 0.5);
    const word = Math.max(0, ...spec.header[c]!.split(/\s+/).map((w) => doc.widthOfString(w)));
    const value = Math.max(0, ...spec.rows.map((row) => valueWidth(doc, row.cells[c] ?? '', size, true)));
    return Math.min(room, Math.max(spec.minColumnWidth ?? 44, word, value) + 2 * PAD + 2);
  };
  const blocks: TablePlan['blocks'] = [];
  let current: { columns: number[]; widths: number[] } = { columns: [], widths: [] };
  for (let c = 1; c <= valueCount; c++) {
    const w = columnWidth(c);
    if (current.columns.length > 0 && current.widths.reduce((a, b) => a + b, 0) + w > room) {
      blocks.push({ ...current, headerHeight: 0 });
      current = { columns: [], widths: [] };
    }
    current.columns.push(c);
    current.widths.push(w);
  }
  if (current.columns.length > 0) blocks.push({ ...current, headerHeight: 0 });
  for (const block of blocks) {
    // Spare room widens the block's columns a little (up to 90 each), so short tables do not look cramped.
    const spare = room - block.widths.reduce((a, b) => a + b, 0);
    const extra = Math.max(0, Math.min(spare / block.widths.length, 90 - Math.max(...block.widths)));
    block.widths = block.widths.map((w) => w + extra);
    doc.font(SANS_BOLD).fontSize(size - 0.5);
    const heights = [doc.heightOfString(spec.header[0]!, { width: labelWidth - 2 * PAD })];
    block.columns.forEach((c, i) => heights.push(doc.heightOfString(spec.header[c]!, { width: block.widths[i]! - 2 * PAD })));
    block.headerHeight = Math.max(...heights) + 2 * PAD;
  }
  const rowHeights = spec.rows.map(
    (row) =>
      doc
        .font(row.bold ? SANS_BOLD : SANS)
        .fontSize(size)
        .heightOfString(row.cells[0]!, { width: labelWidth - 2 * PAD }) +
      2 * PAD,
  );
  return { size, labelWidth, blocks, rowHeights };
}

/** The height the whole table needs without page breaks (to keep a short one on one page). */
export function tableHeight(layout: Layout, spec: TableSpec): number {
  const plan = planTable(layout, spec);
  const rows = plan.rowHeights.reduce((a, b) => a + b, 0);
  return plan.blocks.reduce((sum, block, i) => sum + block.headerHeight + rows + (i > 0 ? 24 : 0), 0);
}

/**
 * A table: header on a tinted band, right-aligned values, light zebra rows. Too many columns are
 * split into blocks that each repeat the row labels; a page break repeats the title and header.
 */
export function drawTable(layout: Layout, spec: TableSpec): void {
  const { doc, left, width } = layout;
  const { size, labelWidth, blocks, rowHeights } = planTable(layout, spec);
  const note = (text: string) => {
    doc.font(SANS).fontSize(size).fillColor(MUTED).text(`${spec.title} (${text})`, left, doc.y, { width });
    doc.moveDown(0.2);
  };

  blocks.forEach(({ columns, widths, headerHeight }, blockIndex) => {
    const tableWidth = labelWidth + widths.reduce((a, b) => a + b, 0);
    const rightOf = (i: number) => left + labelWidth + widths.slice(0, i + 1).reduce((a, b) => a + b, 0);
    const drawHeader = () => {
      const top = doc.y;
      doc.rect(left, top, tableWidth, headerHeight).fillColor(HEADER_FILL).fill();
      doc
        .font(SANS_BOLD)
        .fontSize(size - 0.5)
        .fillColor(INK);
      doc.text(spec.header[0]!, left + PAD, top + PAD, { width: labelWidth - 2 * PAD });
      columns.forEach((c, i) => {
        doc.text(spec.header[c]!, rightOf(i) - widths[i]! + PAD, top + PAD, { width: widths[i]! - 2 * PAD, align: 'right' });
      });
      doc.x = left;
      doc.y = top + headerHeight;
    };

    // The header stays with at least three rows (or all, if fewer).
    const start = headerHeight + rowHeights.slice(0, 3).reduce((a, b) => a + b, 0);
    if (blockIndex > 0) {
      ensureSpace(layout, start + 30);
      doc.moveDown(0.6);
      note('weitere Spalten');
    } else if (ensureSpace(layout, start)) {
      note('Fortsetzung');
    }
    drawHeader();
    spec.rows.forEach((row, r) => {
      const height = rowHeights[r]!;
      if (ensureSpace(layout, height)) {
        note('Fortsetzung');
        drawHeader();
      }
      const top = doc.y;
      if (r % 2 === 1) doc.rect(left, top, tableWidth, height).fillColor(ZEBRA_FILL).fill();
      if (row.bold)
        doc
          .moveTo(left, top)
          .lineTo(left + tableWidth, top)
          .lineWidth(0.6)
          .strokeColor(MUTED)
          .stroke();
      doc
        .font(row.bold ? SANS_BOLD : SANS)
        .fontSize(size)
        .fillColor(INK);
      doc.text(row.cells[0]!, left + PAD, top + PAD, { width: labelWidth - 2 * PAD });
      columns.forEach((c, i) => {
        drawValue(doc, row.cells[c] ?? '', rightOf(i) - PAD, top + PAD, { size, bold: row.bold ?? false });
      });
      doc.x = left;
      doc.y = top + height;
    });
    doc
      .moveTo(left, doc.y)
      .lineTo(left + tableWidth, doc.y)
      .lineWidth(0.5)
      .strokeColor(RULE)
      .stroke();
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

const CHART_LABEL_WIDTH = 175;
const CHART_VALUE_WIDTH = 52;
const CHART_LABEL_SIZE = 8.5;
const CHART_LEGEND_HEIGHT = 18;

/** Each bar's row height: its bars, or its label in up to two lines if that is taller. */
function rowHeights(doc: Doc, spec: ChartSpec): number[] {
  const bars = spec.previousLabel ? 22 : 15;
  doc.font(SANS).fontSize(CHART_LABEL_SIZE);
  return spec.bars.map((bar) => {
    const label = Math.min(doc.heightOfString(bar.label, { width: CHART_LABEL_WIDTH - 8 }), 2 * doc.currentLineHeight(true));
    return Math.max(bars, label + 4);
  });
}

/** Height the chart needs (to keep it on one page). */
export function chartHeight(doc: Doc, spec: ChartSpec): number {
  return CHART_LEGEND_HEIGHT + rowHeights(doc, spec).reduce((a, b) => a + b, 0) + 8;
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
  ensureSpace(layout, chartHeight(doc, spec));
  const heights = rowHeights(doc, spec);
  const top = doc.y;
  const barLeft = left + CHART_LABEL_WIDTH;
  const barSpace = width - CHART_LABEL_WIDTH - CHART_VALUE_WIDTH;
  const values = spec.bars.flatMap((b) => [b.value ?? 0, b.previous?.value ?? 0]);
  const max = Math.max(1, ...values);
  const scale = (v: number) => (v / max) * barSpace;

  // Legend
  doc.font(SANS).fontSize(8).fillColor(MUTED);
  let x = left;
  const legend = (color: string, text: string, dashed = false) => {
    swatch(doc, x, top + 1, color, dashed);
    doc.fillColor(MUTED).text(text, x + 18, top, { lineBreak: false });
    x += 18 + doc.widthOfString(text) + 14;
  };
  legend(BAR, spec.currentLabel);
  if (spec.previousLabel) legend(BAR_PREVIOUS, spec.previousLabel);
  if (spec.bars.some((b) => b.lowerBound || b.previous?.lowerBound)) legend(BAR, 'mindestens (Teile geheim gehalten)', true);

  let y = top + CHART_LEGEND_HEIGHT;
  const barHeight = spec.previousLabel ? 11 : 10;
  const drawOne = (value: number | null, lowerBound: boolean, text: string, barTop: number, height: number, color: string, size: number) => {
    const length = value === null ? 0 : scale(value);
    if (length > 0) doc.rect(barLeft, barTop, length, height).fillColor(color).fill();
    if (lowerBound) {
      doc
        .rect(barLeft + length, barTop, 16, height)
        .lineWidth(0.8)
        .dash(2, { space: 1.5 })
        .strokeColor(color === BAR ? BAR : MUTED)
        .stroke()
        .undash();
    }
    const textRight = barLeft + length + (lowerBound ? 18 : 0) + 4 + valueWidth(doc, text, size);
    drawValue(doc, text, Math.min(textRight, left + width), barTop + (height - size) / 2 + 0.5, { size, color: color === BAR ? INK : MUTED });
  };
  spec.bars.forEach((bar, index) => {
    const rowHeight = heights[index]!;
    doc.font(SANS).fontSize(CHART_LABEL_SIZE).fillColor(INK);
    doc.text(bar.label, left, y + 1, { width: CHART_LABEL_WIDTH - 8, height: 2 * doc.currentLineHeight(true), ellipsis: true });
    drawOne(bar.value, bar.lowerBound, bar.text, y, barHeight, BAR, CHART_LABEL_SIZE);
    if (spec.previousLabel) {
      const p = bar.previous;
      drawOne(p?.value ?? null, p?.lowerBound ?? false, p?.text ?? '–', y + barHeight + 1, 6, BAR_PREVIOUS, 7);
    }
    y += rowHeight;
  });
  doc
    .moveTo(barLeft, top + CHART_LEGEND_HEIGHT - 2)
    .lineTo(barLeft, y - 2)
    .lineWidth(0.5)
    .strokeColor(RULE)
    .stroke();
  doc.x = left;
  doc.y = y + 6;
}
