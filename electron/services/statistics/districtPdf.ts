/**
 * The district report as a PDF for the committees (pdfkit with the shipped Noto fonts, vector charts): a title
 * page (district, period, units, how to read "≥" and "•"), then each section on its own pages
 * with a bar chart and the table of every count table, the comparison with the previous period,
 * and the medians per unit and quarter. A half-year or year names the quarters it is built from
 * and which quarters each unit delivered.
 */
import { newPdf, SANS, SANS_BOLD } from '../pdf/newPdf';
import { germanDay } from '../../contract/dayText';
import { changeText, measureText } from '../../contract/numberText';
import {
  AGGREGATION_TEXTS,
  DISTRICT_LEGEND,
  DISTRICT_SECTION_TITLES,
  districtCellText,
  periodTitle,
  quartersPhrase,
  type DistrictCell,
  type DistrictComparedCell,
  type DistrictCountTable,
  type DistrictMeasureTable,
  type DistrictReport,
} from '../../contract/areas/district';
import { STATISTICS_SECTIONS } from '../../contract/statisticsDocument';
import { writeText } from '../pdf/textLayout';
import {
  chartHeight,
  drawBarChart,
  drawTable,
  drawValue,
  ensureSpace,
  INK,
  MUTED,
  RULE,
  tableHeight,
  type Layout,
  type TableRow,
  type TableSpec,
} from '../district/pdfDrawing';
import { districtTitle } from './xlsx';

const MARGIN = 50;
const FOOTER_SPACE = 24;
/** Bar charts for tables with at most this many rows; longer ones are only tables. */
const CHART_MAX_ROWS = 24;

const changeOf = (cell: DistrictComparedCell) => (cell.change === null ? '–' : changeText(cell.change));
const previousText = (cell: DistrictComparedCell) => (cell.previous ? districtCellText(cell.previous) : '–');
const measureOf = (value: number | null | undefined, unit: string) => (value === undefined ? '–' : value === null ? '•' : measureText(value, unit));

function newDocument(report: DistrictReport) {
  const { doc, done } = newPdf({
    title: `${districtTitle(report)}, ${report.period.title}`,
    created: new Date(`${report.createdOn}T00:00:00Z`),
    margins: { top: MARGIN, bottom: MARGIN + FOOTER_SPACE, left: MARGIN, right: MARGIN },
  });
  const layout: Layout = { doc, left: MARGIN, width: doc.page.width - 2 * MARGIN, bottom: () => doc.page.height - doc.page.margins.bottom };
  return { doc, done, layout };
}

function heading(layout: Layout, text: string, size: number, space = 0.4): void {
  const { doc } = layout;
  writeText(doc.font(SANS_BOLD).fontSize(size).fillColor(INK), text, { x: layout.left, y: doc.y, width: layout.width });
  doc.moveDown(space);
}

function paragraph(layout: Layout, text: string, options: { size?: number; color?: string; indent?: number } = {}): void {
  const { doc } = layout;
  const indent = options.indent ?? 0;
  doc
    .font(SANS)
    .fontSize(options.size ?? 10)
    .fillColor(options.color ?? INK);
  doc.text(text, layout.left + indent, doc.y, { width: layout.width - indent, lineGap: 1.5 });
  doc.x = layout.left;
}

/** A sample value ("≥ 37") on the left, its explanation beside it. */
function legendLine(layout: Layout, sample: string, text: string): void {
  const { doc } = layout;
  const top = doc.y;
  drawValue(doc, sample, layout.left + 52, top, { size: 11, bold: true });
  doc
    .font(SANS)
    .fontSize(10)
    .fillColor(INK)
    .text(text, layout.left + 66, top, { width: layout.width - 66, lineGap: 1.5 });
  doc.x = layout.left;
  doc.moveDown(0.5);
}

function titlePage(layout: Layout, report: DistrictReport): void {
  const { doc } = layout;
  paragraph(layout, 'Kommunales Integrationsmanagement NRW · Individuelles Case Management (Baustein 2)', { size: 10, color: MUTED });
  doc.moveDown(0.8);
  heading(layout, report.districtName ?? 'Bericht aus den Case-Management-Stellen', 26, 0.2);
  heading(layout, `Statistik ${report.period.title}`, 16, 0.2);
  paragraph(layout, `Zeitraum: ${germanDay(report.period.from)} bis ${germanDay(report.period.to)}`, { size: 11 });
  if (report.period.quarters.length > 1) paragraph(layout, `Zusammengesetzt aus ${quartersPhrase(report.period.quarters)}`, { size: 11 });
  if (report.previous) paragraph(layout, `Verglichen mit: ${report.previous.period.title}`, { size: 11 });
  paragraph(layout, `Erstellt am ${germanDay(report.createdOn)} mit der KIM Fallakte ${report.appVersion}`, { size: 11, color: MUTED });
  if (report.aggregation) {
    // A report from masked exports: exact district sums, protected once here; say how, before any number.
    doc.moveDown(0.6);
    heading(layout, AGGREGATION_TEXTS.title, 13);
    paragraph(layout, `${AGGREGATION_TEXTS.protection(report.aggregation)} ${AGGREGATION_TEXTS.hidden(report.aggregation)}`, { size: 10 });
    paragraph(layout, AGGREGATION_TEXTS.rosters(report.aggregation), { size: 9, color: MUTED });
  }
  doc.moveDown(1.2);

  const glance = firstTablePerSection(report);
  if (glance.length > 0) {
    heading(layout, 'Auf einen Blick', 13);
    drawTable(layout, {
      header: ['', report.period.title, ...(report.previous ? [report.previous.period.title, 'Veränderung'] : [])],
      rows: glance.map((t) => ({
        cells: [
          `${DISTRICT_SECTION_TITLES[t.section]}: ${t.title}`,
          districtCellText(t.total),
          ...(report.previous ? [previousText(t.total), changeOf(t.total)] : []),
        ],
      })),
      labelWidth: 260,
      minColumnWidth: 70,
      size: 9.5,
      title: 'Auf einen Blick',
    });
    doc.moveDown(1);
  }

  heading(layout, `Beteiligte Stellen (${report.units.length})`, 13);
  const multi = report.period.quarters.length > 1;
  for (const unit of report.units) {
    const where = [unit.traeger, unit.municipality].filter((s): s is string => s !== null).join(', ');
    paragraph(layout, `•  ${unit.name}${where ? ` (${where})` : ''}`, { size: 10, indent: 4 });
    if (multi) paragraph(layout, deliveryText(unit), { size: 9, indent: 16, color: unit.missingQuarters.length > 0 ? INK : MUTED });
  }
  doc.moveDown(1);

  ensureSpace(layout, 170);
  heading(layout, 'So lesen Sie diesen Bericht', 13);
  const legend = report.aggregation
    ? [AGGREGATION_TEXTS.legendUnknown, DISTRICT_LEGEND.missing]
    : [DISTRICT_LEGEND.lowerBound, DISTRICT_LEGEND.unknown, DISTRICT_LEGEND.missing];
  for (const entry of legend) legendLine(layout, entry.sign, entry.meaning);
  paragraph(
    layout,
    'Der Bericht enthält nur Summen. Namen, Geburtsdaten, Freitexte und Kennungen von Personen oder Fällen verlassen die Geräte der Case Manager:innen nicht. Mediane lassen sich nicht addieren; sie stehen je Stelle und Quartal da.',
    { size: 10, color: MUTED },
  );
  if (report.notes.length > 0) {
    doc.moveDown(0.8);
    heading(layout, 'Hinweise', 13);
    for (const note of report.notes) {
      paragraph(layout, `•  ${note}`, { size: 10, indent: 4 });
      doc.moveDown(0.3);
    }
  }
}

/** "geliefert: 1. Quartal 2026, 2. Quartal 2026" or "geliefert: 1. Quartal 2026 · fehlt: 2. Quartal 2026 (Summen sind Untergrenzen)". */
function deliveryText(unit: DistrictReport['units'][number]): string {
  const delivered = `geliefert: ${unit.deliveries.length > 0 ? unit.deliveries.map((d) => periodTitle(d.quarter)).join(', ') : 'nichts'}`;
  if (unit.missingQuarters.length === 0) return delivered;
  return `${delivered} · fehlt: ${unit.missingQuarters.map(periodTitle).join(', ')} (ihre Summen sind Untergrenzen)`;
}

/** How a table's numbers were taken over the period, for the line under its title. */
function timingText(table: DistrictCountTable, report: DistrictReport): string {
  if (table.timing === 'stichtag') return `Stand am ${germanDay(report.period.to)} (Stichtag)`;
  return report.period.quarters.length > 1 ? `Summe der Quartale (${report.period.title})` : `im ${report.period.title}`;
}

function firstTablePerSection(report: DistrictReport): DistrictCountTable[] {
  return STATISTICS_SECTIONS.flatMap((section) => {
    const table = report.tables.find((t): t is DistrictCountTable => t.kind === 'counts' && t.section === section);
    return table ? [table] : [];
  });
}

const bar = (label: string, cell: DistrictComparedCell) => ({
  label,
  value: cell.value,
  lowerBound: cell.lowerBound,
  text: districtCellText(cell),
  previous: cell.previous ? { ...cell.previous, text: districtCellText(cell.previous) } : null,
});

function countTableBlock(layout: Layout, table: DistrictCountTable, report: DistrictReport): void {
  const { doc } = layout;
  const lineTotals: DistrictComparedCell[] = table.rowTotals ?? table.cells.map((row) => row[0]!);
  const chart =
    table.rows.length >= 2 && table.rows.length <= CHART_MAX_ROWS && lineTotals.some((c) => (c.value ?? 0) > 0 || (c.previous?.value ?? 0) > 0)
      ? {
          bars: table.rows.map((row, i) => bar(row.label, lineTotals[i]!)),
          currentLabel: report.period.title,
          previousLabel: report.previous?.period.title ?? null,
        }
      : null;
  const spec = countTableSpec(table, report);
  // A block that fits on a page is kept together; a longer one keeps heading, chart and the start of its table.
  const headingHeight = doc.font(SANS_BOLD).fontSize(12.5).heightOfString(table.title, { width: layout.width }) + 26;
  const chartPart = chart ? chartHeight(doc, chart) + 8 : 0;
  const whole = headingHeight + chartPart + tableHeight(layout, spec);
  ensureSpace(layout, whole <= layout.bottom() - MARGIN ? whole : headingHeight + chartPart + 90);
  heading(layout, table.title, 12.5, 0.1);
  paragraph(layout, `Gezählt: ${table.unitOfCount} · ${timingText(table, report)}${table.columnTitle ? ` · Spalten: ${table.columnTitle}` : ''}`, {
    size: 9,
    color: MUTED,
  });
  doc.moveDown(0.5);
  if (chart) {
    drawBarChart(layout, chart);
    doc.moveDown(0.3);
  }
  drawTable(layout, spec);
  doc.moveDown(1.4);
}

/** The table of merged counts: cells, row totals, and the comparison of the row totals. */
function countTableSpec(table: DistrictCountTable, report: DistrictReport): TableSpec {
  const lineTotals: DistrictComparedCell[] = table.rowTotals ?? table.cells.map((row) => row[0]!);
  const withRowTotals = table.rowTotals !== null;
  const comparing = report.previous !== null;
  const value = (cell: DistrictCell) => districtCellText(cell);
  const rows: TableRow[] = table.rows.map((row, i) => ({
    cells: [
      row.label,
      ...table.cells[i]!.map(value),
      ...(withRowTotals ? [value(lineTotals[i]!)] : []),
      ...(comparing ? [previousText(lineTotals[i]!), changeOf(lineTotals[i]!)] : []),
    ],
  }));
  rows.push({
    cells: [
      'Summe',
      ...table.columnTotals.map(value),
      ...(withRowTotals ? [value(table.total)] : []),
      ...(comparing ? [previousText(table.total), changeOf(table.total)] : []),
    ],
    bold: true,
  });
  return {
    header: [
      table.rowTitle,
      ...table.columns.map((c) => c.label),
      ...(withRowTotals ? ['Summe'] : []),
      ...(comparing ? [`${withRowTotals ? 'Summe ' : ''}${report.previous!.period.title}`, 'Veränderung'] : []),
    ],
    rows,
    title: table.title,
  };
}

/**
 * Medians one row per unit under each measure, one column per quarter of the period: they are
 * never merged, neither over units nor over quarters.
 */
function measureTableBlock(layout: Layout, table: DistrictMeasureTable, report: DistrictReport): void {
  const { doc } = layout;
  const { quarters } = report.period;
  const rows: TableRow[] = table.rows.flatMap((row) => [
    { cells: [`${row.label} (${row.unitOfMeasure})`, ...quarters.map(() => '')], bold: true },
    ...report.units.map((unit) => ({
      cells: [
        `   ${unit.name}`,
        ...quarters.map((quarter) => measureOf(row.values.find((v) => v.unitId === unit.id && v.quarter === quarter)?.value, row.unitOfMeasure)),
      ],
    })),
  ]);
  const spec: TableSpec = {
    header: [`${table.rowTitle} / Stelle`, ...quarters.map(periodTitle)],
    rows,
    labelWidth: quarters.length > 2 ? 190 : 260,
    minColumnWidth: 70,
    title: table.title,
  };
  const whole = 70 + tableHeight(layout, spec);
  ensureSpace(layout, whole <= layout.bottom() - MARGIN ? whole : 170);
  heading(layout, table.title, 12.5, 0.1);
  paragraph(
    layout,
    'Je Stelle und Quartal, weil sich Mediane weder über Stellen noch über Quartale zusammenfassen lassen. „•“: bei dieser Stelle zu wenige Fälle, um den Wert zu veröffentlichen; „–“: keine Angabe (zum Beispiel kein Export dieses Quartals).',
    { size: 9, color: MUTED },
  );
  doc.moveDown(0.5);
  drawTable(layout, spec);
  doc.moveDown(1.4);
}

function footers(layout: Layout, report: DistrictReport): void {
  const { doc } = layout;
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = doc.page.height - MARGIN + 4;
    doc
      .moveTo(MARGIN, y - 6)
      .lineTo(doc.page.width - MARGIN, y - 6)
      .lineWidth(0.5)
      .strokeColor(RULE)
      .stroke();
    doc.font(SANS).fontSize(8.5).fillColor(MUTED);
    doc.text(`${report.districtName ?? 'KIM-Statistik'} · ${report.period.title} · Seite ${i - range.start + 1} von ${range.count}`, MARGIN, y, {
      width: layout.width,
      align: 'center',
      lineBreak: false,
    });
    doc.page.margins.bottom = bottom;
  }
}

/** The merged district report as a committee-ready PDF. */
export function districtReportToPdf(report: DistrictReport): Promise<Uint8Array> {
  const { doc, done, layout } = newDocument(report);
  titlePage(layout, report);
  let first = true;
  for (const section of STATISTICS_SECTIONS) {
    const tables = report.tables.filter((t) => t.section === section);
    if (tables.length === 0) continue;
    // A section begins on a new page, unless most of the page is still free.
    if (first || doc.y > doc.page.height / 2) doc.addPage();
    else doc.moveDown(1);
    first = false;
    heading(layout, DISTRICT_SECTION_TITLES[section], 18, 0.6);
    for (const table of tables) {
      if (table.kind === 'counts') countTableBlock(layout, table, report);
      else measureTableBlock(layout, table, report);
    }
  }
  footers(layout, report);
  doc.end();
  return done;
}
