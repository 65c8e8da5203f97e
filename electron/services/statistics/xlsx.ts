/**
 * The statistics as Excel workbooks (exceljs): a unit's anonymised export, and the district
 * report merged from several units. First a sheet "Angaben" (what, who, when, how to read the
 * signs), then one sheet per table. Numbers stay numbers; what may not be published reads "•",
 * a lower bound of the district reads "≥ 37" (text), and every sheet carries its legend.
 */
import ExcelJS from 'exceljs';
import { germanDay } from '../../contract/dayText';
import {
  AGGREGATION_TEXTS,
  DISTRICT_LEGEND,
  DISTRICT_SECTION_TITLES,
  districtCellText,
  legendText,
  periodTitle,
  quartersPhrase,
  type DistrictComparedCell,
  type DistrictCountTable,
  type DistrictMeasureTable,
  type DistrictReport,
  type DistrictUnit,
} from '../../contract/areas/district';
import { DISTRICT_AGGREGATION_VERSION, MASKED_FORMAT, supervisionBand } from '../../contract/districtAggregation';
import {
  STATISTICS_FORMAT,
  STATISTICS_FORMAT_VERSION,
  type CountTableDoc,
  type MeasureTableDoc,
  type StatisticsDocument,
} from '../../contract/statisticsDocument';

type Sheet = ExcelJS.Worksheet;
type Value = string | number | null;

const SUPPRESSED = '•';
const MISSING = '–';
const TITLE_FONT: Partial<ExcelJS.Font> = { bold: true, size: 13 };
const BOLD: Partial<ExcelJS.Font> = { bold: true };
const MUTED: Partial<ExcelJS.Font> = { italic: true, color: { argb: 'FF555555' } };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF3' } };

const SHEET_NAME_MAX = 31;
/** Words a shortened sheet name does not end on. */
const LINKING_WORDS = new Set(['am', 'an', 'im', 'in', 'der', 'die', 'das', 'des', 'den', 'dem', 'mit', 'ohne', 'und', 'zum', 'zur', 'bis', 'von', 'für']);

/** A long title made short and still telling: "Laufende Fälle am Ende des Zeitraums nach Wohngemeinde" → "Laufende Fälle – Wohngemeinde". */
function shortTitle(title: string): string {
  const plain = title.replace(/\s*\([^)]*\)/g, '').trim() || title;
  if (plain.length <= SHEET_NAME_MAX) return plain;
  const at = plain.lastIndexOf(' nach ');
  if (at > 0) {
    const what = plain.slice(0, at);
    const by = plain.slice(at + ' nach '.length);
    const room = SHEET_NAME_MAX - by.length - 3;
    const words: string[] = [];
    for (const word of what.split(' ')) {
      if ([...words, word].join(' ').length > room) break;
      words.push(word);
    }
    while (words.length > 1 && LINKING_WORDS.has(words.at(-1)!.toLowerCase())) words.pop();
    const first = what.split(' ')[0]!;
    const head = words.length > 0 ? words.join(' ') : room >= 6 ? `${first.slice(0, room - 1)}.` : '';
    if (head.length >= 3) return `${head} – ${by}`;
  }
  return `${plain.slice(0, SHEET_NAME_MAX - 1).trimEnd()}…`;
}

/** Sheet names Excel accepts: at most 31 characters, none of \\ / ? * [ ] :, unique regardless of case. */
export function sheetNamer(): (title: string) => string {
  const taken = new Set<string>();
  return (title) => {
    const clean =
      title
        .replace(/[\\/?*[\]:]/g, ' ')
        .replace(/\s+/g, ' ')
        .replace(/^'+|'+$/g, '')
        .trim() || 'Tabelle';
    const base = shortTitle(clean);
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()) || name.toLowerCase() === 'history'; n++) {
      const suffix = ` (${n})`;
      name = `${base.slice(0, SHEET_NAME_MAX - suffix.length).trimEnd()}${suffix}`;
    }
    taken.add(name.toLowerCase());
    return name;
  };
}

function newWorkbook(created: string): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'KIM Fallakte';
  workbook.lastModifiedBy = 'KIM Fallakte';
  // The day only: no time of day leaves the device.
  workbook.created = new Date(`${created}T00:00:00Z`);
  workbook.modified = workbook.created;
  return workbook;
}

/** A first column wide enough for its longest label (within reason). */
const labelColumn = (labels: readonly string[]) => Math.min(75, Math.max(30, ...labels.map((l) => l.length + 2)));

function addSheet(workbook: ExcelJS.Workbook, name: string, widths: number[]): Sheet {
  // Printed on A4 landscape, as wide as the page.
  const sheet = workbook.addWorksheet(name, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = widths.map((width) => ({ width }));
  return sheet;
}

interface RowOptions {
  bold?: boolean;
  /** A header row: tinted, wrapped, as tall as its longest label. */
  header?: boolean;
  /** Header labels over text columns stay left-aligned. */
  textColumns?: boolean;
  /** Columns (1-based) whose numbers show their sign, e.g. "+12". */
  signed?: number[];
}

/** A row of values; numbers get a thousands format, "•"/"≥"/"–" and a band's "unter 10" are right-aligned like numbers. */
function addValues(sheet: Sheet, values: Value[], options: RowOptions = {}): ExcelJS.Row {
  const row = sheet.addRow(values);
  let lines = 1;
  row.eachCell((cell, column) => {
    if (typeof cell.value === 'number') {
      const format = Number.isInteger(cell.value) ? '#,##0' : '#,##0.0';
      cell.numFmt = options.signed?.includes(column) ? `+${format};-${format};0` : format;
    }
    if (column > 1 && (typeof cell.value === 'number' || /^(•|–|≥ |unter \d)/.test(String(cell.value)))) cell.alignment = { horizontal: 'right' };
    if (options.bold || options.header) cell.font = BOLD;
    if (options.header) {
      cell.fill = HEADER_FILL;
      cell.alignment = { wrapText: true, vertical: 'top', horizontal: column > 1 && !options.textColumns ? 'right' : 'left' };
      const width = sheet.getColumn(column).width ?? 10;
      lines = Math.max(lines, Math.ceil((String(cell.value ?? '').length * 1.15) / width));
    }
  });
  if (lines > 1) row.height = 15 * lines;
  return row;
}

/** Total width (in characters) of the sheet's columns from `from` on, and the last column. */
function span(sheet: Sheet, from: number): { width: number; last: number } {
  const columns = sheet.columns ?? [];
  const last = Math.max(from, columns.length);
  let width = 0;
  for (let c = from; c <= last; c++) width += columns[c - 1]?.width ?? 10;
  return { width, last };
}

/** Writes a text that wraps over the cells from `from` to the sheet's last column, with a row tall enough for it. */
function wrapAcross(sheet: Sheet, row: ExcelJS.Row, from: number, text: string): void {
  const { width, last } = span(sheet, from);
  if (last > from) sheet.mergeCells(row.number, from, row.number, last);
  const cell = row.getCell(from);
  cell.alignment = { wrapText: true, vertical: 'top', horizontal: 'left' };
  const lines = Math.max(1, Math.ceil(text.length / width));
  if (lines > 1) row.height = 15 * lines;
}

function addText(sheet: Sheet, text: string, font?: Partial<ExcelJS.Font>): void {
  const row = sheet.addRow([text]);
  if (font) row.getCell(1).font = font;
  if (font !== TITLE_FONT && text.length > (sheet.columns?.[0]?.width ?? 10)) wrapAcross(sheet, row, 1, text);
}

/** Label/value lines of an "Angaben" sheet; the value spans the remaining columns. */
function addFacts(sheet: Sheet, facts: [string, Value][]): void {
  for (const [label, value] of facts) {
    const row = sheet.addRow([label, value]);
    row.getCell(1).font = BOLD;
    row.getCell(1).alignment = { vertical: 'top' };
    wrapAcross(sheet, row, 2, String(value ?? ''));
  }
}

const periodText = (p: { label: string; from: string; to: string }) => `${periodTitle(p.label)} (${germanDay(p.from)} bis ${germanDay(p.to)})`;

// ---------------------------------------------------------------- one unit's export

const suppressedLegend = (k: number) =>
  `„•“: nicht veröffentlicht. Die Zahl lag zwischen 1 und ${k - 1} oder wurde geheim gehalten, damit eine solche kleine Zahl nicht aus den Summen errechnet werden kann.`;
const measureLegend = (k: number) => `„•“: nicht veröffentlicht, weil der Median auf weniger als ${2 * k} Fällen beruht.`;
const timingText = (table: CountTableDoc) =>
  table.timing === 'stichtag' ? 'Stand am letzten Tag des Quartals' : 'Im Quartal (Halbjahre und Jahre sind die Summe ihrer Quartale)';
const perturbationText = (max: number) => `Cell-Key-Verfahren: Jede Zahl ist um höchstens ${max} verändert, dieselbe Zahl immer gleich.`;
const shown = (value: number | null): Value => value ?? SUPPRESSED;

function writeCountTable(sheet: Sheet, table: CountTableDoc, doc: StatisticsDocument): void {
  addText(sheet, table.title, TITLE_FONT);
  addText(sheet, `Gezählt: ${table.unitOfCount} · ${periodTitle(doc.period.label)} · ${timingText(table)} · ${doc.unit.name}`, MUTED);
  sheet.addRow([]);
  const withRowTotals = table.rowTotals !== null;
  if (table.columnTitle) addValues(sheet, [null, table.columnTitle], { bold: true });
  addValues(sheet, [table.rowTitle, ...table.columns.map((c) => c.label), ...(withRowTotals ? ['Summe'] : [])], { header: true });
  table.rows.forEach((line, i) => {
    addValues(sheet, [line.label, ...table.cells[i]!.map(shown), ...(withRowTotals ? [shown(table.rowTotals![i]!)] : [])]);
  });
  addValues(sheet, ['Summe', ...table.columnTotals.map(shown), ...(withRowTotals ? [shown(table.total)] : [])], { bold: true });
  sheet.addRow([]);
  addText(sheet, suppressedLegend(doc.threshold), MUTED);
  if (doc.perturbation) addText(sheet, perturbationText(doc.perturbation.maxDeviation), MUTED);
}

function writeMeasureTable(sheet: Sheet, table: MeasureTableDoc, doc: StatisticsDocument): void {
  addText(sheet, table.title, TITLE_FONT);
  addText(sheet, `${periodTitle(doc.period.label)} · ${doc.unit.name}`, MUTED);
  sheet.addRow([]);
  addValues(sheet, [table.rowTitle, 'Wert', 'Einheit'], { header: true });
  for (const row of table.rows) addValues(sheet, [row.label, shown(row.value), row.unitOfMeasure]);
  sheet.addRow([]);
  addText(sheet, measureLegend(doc.threshold), MUTED);
}

/** A unit's anonymised statistics export as a workbook. */
export async function documentToXlsx(doc: StatisticsDocument): Promise<Uint8Array> {
  const workbook = newWorkbook(doc.createdOn);
  const name = sheetNamer();
  const about = addSheet(workbook, name('Angaben'), [34, 100]);
  const sheetNames = doc.tables.map((t) => name(t.title));

  addText(about, 'Anonymisierte Statistik des Kommunalen Integrationsmanagements (Baustein 2)', TITLE_FONT);
  about.addRow([]);
  addFacts(about, [
    ['Stelle', doc.unit.name],
    ['Träger', doc.unit.traeger ?? MISSING],
    ['Kommune', doc.unit.municipality ?? MISSING],
    ['Kennung der Stelle', doc.unit.id],
    ['Zeitraum', periodText(doc.period)],
    [
      'Schwelle k',
      `${doc.threshold}: Zahlen von 1 bis ${doc.threshold - 1} werden nicht veröffentlicht; Mediane nur, wenn sie auf mindestens ${2 * doc.threshold} Fällen beruhen.`,
    ],
    ['Überlagerung', doc.perturbation ? perturbationText(doc.perturbation.maxDeviation) : 'keine'],
    ['App-Version', `KIM Fallakte ${doc.appVersion}`],
    ['Formatversion', `${STATISTICS_FORMAT}, Version ${doc.formatVersion}`],
    ['Veröffentlicht am', `${germanDay(doc.createdOn)}. Das Quartal ist damit festgeschrieben: jeder weitere Export liefert dieselben Zahlen.`],
    ...(doc.demo ? ([['Demodaten', 'Erstellt aus erfundenen Demodaten: nicht für die Statistik des Kreises.']] as [string, Value][]) : []),
    ['So lesen Sie „•“', suppressedLegend(doc.threshold)],
    ['Datenschutz', 'Nur Summen: keine Namen, keine Geburtsdaten, keine Freitexte, keine Kennungen von Personen oder Fällen.'],
  ]);
  about.addRow([]);
  addValues(about, ['Blatt', 'Tabelle'], { header: true, textColumns: true });
  doc.tables.forEach((table, i) => about.addRow([sheetNames[i]!, table.title]));

  doc.tables.forEach((table, i) => {
    const label = labelColumn([table.rowTitle, ...table.rows.map((r) => r.label)]);
    const sheet = addSheet(workbook, sheetNames[i]!, [label, ...Array(table.kind === 'counts' ? table.columns.length + 1 : 2).fill(14)]);
    if (table.kind === 'counts') writeCountTable(sheet, table, doc);
    else writeMeasureTable(sheet, table, doc);
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

// ---------------------------------------------------------------- the district report

/** Exact numbers as numbers; lower bounds ("≥ 37") and unknowns ("•") as text. */
const merged = (cell: DistrictComparedCell | { value: number | null; lowerBound: boolean }): Value =>
  cell.value !== null && !cell.lowerBound ? cell.value : districtCellText(cell);
const change = (cell: DistrictComparedCell): Value => (cell.change === null ? MISSING : cell.change);

export const districtTitle = (report: DistrictReport) =>
  report.districtName ? `Kommunales Integrationsmanagement – ${report.districtName}` : 'Kommunales Integrationsmanagement – Bericht aus den Stellen';

function writeDistrictCounts(sheet: Sheet, table: DistrictCountTable, report: DistrictReport): void {
  addText(sheet, table.title, TITLE_FONT);
  const sectionTitle = DISTRICT_SECTION_TITLES[table.section];
  addText(sheet, `${sectionTitle} · Gezählt: ${table.unitOfCount} · ${report.period.title} · ${report.units.length} Stellen`, MUTED);
  sheet.addRow([]);
  const withRowTotals = table.rowTotals !== null;
  if (table.columnTitle) addValues(sheet, [null, table.columnTitle], { bold: true });
  addValues(sheet, [table.rowTitle, ...table.columns.map((c) => c.label), ...(withRowTotals ? ['Summe'] : [])], { header: true });
  table.rows.forEach((line, i) => addValues(sheet, [line.label, ...table.cells[i]!.map(merged), ...(withRowTotals ? [merged(table.rowTotals![i]!)] : [])]));
  addValues(sheet, ['Summe', ...table.columnTotals.map(merged), ...(withRowTotals ? [merged(table.total)] : [])], { bold: true });

  if (report.previous) {
    const then = report.previous.period.title;
    sheet.addRow([]);
    addText(sheet, `Vergleich mit ${then}`, BOLD);
    addValues(sheet, [table.rowTitle, report.period.title, then, 'Veränderung'], { header: true });
    const signed = [4];
    const lineTotal = (i: number) => (table.rowTotals ? table.rowTotals[i]! : table.cells[i]![0]!);
    table.rows.forEach((line, i) => {
      const cell = lineTotal(i);
      addValues(sheet, [line.label, merged(cell), cell.previous ? merged(cell.previous) : MISSING, change(cell)], { signed });
    });
    addValues(sheet, ['Summe', merged(table.total), table.total.previous ? merged(table.total.previous) : MISSING, change(table.total)], {
      bold: true,
      signed,
    });
  }
  sheet.addRow([]);
  if (report.aggregation) addText(sheet, legendText(AGGREGATION_TEXTS.legendUnknown), MUTED);
  else {
    addText(sheet, legendText(DISTRICT_LEGEND.lowerBound), MUTED);
    addText(sheet, legendText(DISTRICT_LEGEND.unknown), MUTED);
  }
  if (report.previous) addText(sheet, legendText(DISTRICT_LEGEND.missing), MUTED);
}

/** Medians: one line per measure and unit, one column per quarter of the period (they cannot be added up, not even over quarters). */
function writeDistrictMeasures(sheet: Sheet, table: DistrictMeasureTable, report: DistrictReport): void {
  const { quarters } = report.period;
  addText(sheet, table.title, TITLE_FONT);
  addText(sheet, `${DISTRICT_SECTION_TITLES[table.section]} · ${report.period.title} · je Stelle und Quartal (Mediane lassen sich nicht addieren)`, MUTED);
  sheet.addRow([]);
  addValues(sheet, [table.rowTitle, 'Stelle', 'Einheit', ...quarters.map(periodTitle)], { header: true });
  for (const row of table.rows) {
    const value = new Map(row.values.map((v) => [`${v.unitId}|${v.quarter}`, v.value]));
    for (const unit of report.units) {
      const cells = quarters.map((q): Value => {
        const key = `${unit.id}|${q}`;
        return value.has(key) ? (value.get(key) ?? SUPPRESSED) : MISSING;
      });
      addValues(sheet, [row.label, unit.name, row.unitOfMeasure, ...cells]);
    }
  }
  sheet.addRow([]);
  addText(sheet, '„•“: nicht veröffentlicht, weil der Median bei dieser Stelle auf weniger als 2k Fällen beruht (k: ihre Schwelle).', MUTED);
  addText(sheet, legendText(DISTRICT_LEGEND.missing), MUTED);
}

/**
 * Each unit's total of each table beside the district's. From masked exports only the
 * supervision tables have them, in bands of the unit's k (supervisionBand): "≥ 30", or "unter 10"
 * below the first band; from protected tables every table, as the unit published it.
 */
function writePerUnit(sheet: Sheet, report: DistrictReport): void {
  const banded = report.aggregation !== null;
  const counts = report.tables.filter((t): t is DistrictCountTable => t.kind === 'counts' && (!banded || t.unitTotals.length > 0));
  addText(sheet, banded ? 'Summen je Stelle (in Stufen)' : 'Summen je Stelle', TITLE_FONT);
  addText(
    sheet,
    banded
      ? `${report.period.title} · die Gesamtsumme einiger Tabellen, wie jede Stelle sie angibt: nur in groben Stufen, nie genau`
      : `${report.period.title} · die Gesamtsumme jeder Tabelle, wie jede Stelle sie veröffentlicht hat`,
    MUTED,
  );
  sheet.addRow([]);
  addValues(sheet, ['Tabelle', 'Gezählt', ...report.units.map((u) => u.name), 'Kreis'], { header: true });
  for (const table of counts) {
    const byUnit = new Map(table.unitTotals.map((u) => [u.unitId, u]));
    const values = report.units.map((u): Value => {
      const entry = byUnit.get(u.id);
      if (!entry?.hasTable) return MISSING;
      if (banded && entry.total === null) return `unter ${supervisionBand(u.threshold)}`;
      return merged({ value: entry.total, lowerBound: entry.lowerBound });
    });
    addValues(sheet, [table.title, table.unitOfCount, ...values, merged(table.total)]);
  }
  sheet.addRow([]);
  if (banded) {
    addText(sheet, legendText(AGGREGATION_TEXTS.legendBand), MUTED);
    addText(sheet, legendText(AGGREGATION_TEXTS.legendUnknown), MUTED);
    addText(sheet, legendText(DISTRICT_LEGEND.missing), MUTED);
    return;
  }
  addText(
    sheet,
    '„•“: von der Stelle nicht veröffentlicht (zu kleine Zahl). „≥ n“: mindestens n, weil ein Teil geheim gehalten wurde oder ein Quartal fehlt.',
    MUTED,
  );
  addText(sheet, legendText(DISTRICT_LEGEND.missing), MUTED);
  addText(sheet, legendText(DISTRICT_LEGEND.lowerBound), MUTED);
}

function unitRows(sheet: Sheet, units: readonly DistrictUnit[]): void {
  addValues(sheet, ['Stelle', 'Träger', 'Kommune', 'Schwelle k', 'Überlagerung', 'Quartale (veröffentlicht am)', 'Es fehlt', 'Dateien'], {
    header: true,
    textColumns: true,
  });
  for (const u of units) {
    addValues(sheet, [
      u.name,
      u.traeger ?? MISSING,
      u.municipality ?? MISSING,
      u.threshold,
      u.perturbation === null ? 'keine' : `höchstens ${u.perturbation}`,
      u.deliveries.map((d) => `${periodTitle(d.quarter)} (${germanDay(d.createdOn)})`).join(', '),
      u.missingQuarters.length > 0 ? u.missingQuarters.map(periodTitle).join(', ') : MISSING,
      u.fileName,
    ]);
  }
}

/** The merged district report as a workbook: "Angaben", one sheet per table, and the totals per unit. */
export async function districtReportToXlsx(report: DistrictReport): Promise<Uint8Array> {
  const workbook = newWorkbook(report.createdOn);
  const name = sheetNamer();
  const about = addSheet(workbook, name('Angaben'), [36, 40, 18, 12, 16, 30, 16, 30]);
  const perUnitName = name('Summen je Stelle');
  const sheetNames = report.tables.map((t) => name(t.title));

  addText(about, districtTitle(report), TITLE_FONT);
  addText(about, 'Zusammengeführte anonymisierte Statistik der Case-Management-Stellen (Baustein 2)', MUTED);
  about.addRow([]);
  addFacts(about, [
    ['Zeitraum', periodText(report.period)],
    ['Stellen', `${report.units.length} (Liste unten)`],
    ['Vergleichszeitraum', report.previous ? `${periodText(report.previous.period)}, ${report.previous.units.length} Stellen` : 'keiner'],
    ...(report.aggregation
      ? ([
          [AGGREGATION_TEXTS.title, `${AGGREGATION_TEXTS.protection(report.aggregation)} ${AGGREGATION_TEXTS.hidden(report.aggregation)}`],
          ['Bezirksliste', AGGREGATION_TEXTS.rosters(report.aggregation)],
          ['So lesen Sie „•“', legendText(AGGREGATION_TEXTS.legendUnknown)],
          ['So lesen Sie „≥“', legendText(AGGREGATION_TEXTS.legendBand)],
        ] as [string, Value][])
      : ([
          ['So lesen Sie „≥“', legendText(DISTRICT_LEGEND.lowerBound)],
          ['So lesen Sie „•“', legendText(DISTRICT_LEGEND.unknown)],
        ] as [string, Value][])),
    ['So lesen Sie „–“', legendText(DISTRICT_LEGEND.missing)],
    ...(report.period.quarters.length > 1
      ? ([
          [
            'Zusammengesetzt aus',
            `${quartersPhrase(report.period.quarters)}: Zahlen im Zeitraum als Summe der Quartale, Stichtagszahlen vom Ende des letzten Quartals.`,
          ],
        ] as [string, Value][])
      : []),
    ['Mediane', 'Sie lassen sich nicht zu einer Kreiszahl addieren und stehen deshalb je Stelle und Quartal da.'],
    ['App-Version', `KIM Fallakte ${report.appVersion}`],
    [
      'Formatversion der Exporte',
      report.aggregation ? `${MASKED_FORMAT}, Version ${DISTRICT_AGGREGATION_VERSION}` : `${STATISTICS_FORMAT}, Version ${STATISTICS_FORMAT_VERSION}`,
    ],
    ['Erstellt am', germanDay(report.createdOn)],
  ]);
  for (const note of report.notes) addFacts(about, [['Hinweis', note]]);
  about.addRow([]);
  addText(about, `Stellen im ${report.period.title}`, BOLD);
  unitRows(about, report.units);
  if (report.previous) {
    about.addRow([]);
    addText(about, `Stellen im Vergleichszeitraum (${report.previous.period.title})`, BOLD);
    unitRows(about, report.previous.units);
  }
  about.addRow([]);
  addValues(about, ['Blatt', 'Tabelle'], { header: true, textColumns: true });
  about.addRow([perUnitName, report.aggregation ? 'Summen je Stelle (in Stufen)' : 'Summen je Stelle']);
  report.tables.forEach((table, i) => about.addRow([sheetNames[i]!, table.title]));

  const titles = report.tables.filter((t) => t.kind === 'counts' && (!report.aggregation || t.unitTotals.length > 0)).map((t) => t.title);
  writePerUnit(addSheet(workbook, perUnitName, [labelColumn(titles), 16, ...report.units.map(() => 18), 14]), report);
  report.tables.forEach((table, i) => {
    const columns = table.kind === 'counts' ? Math.max(table.columns.length + 1, 4) : report.units.length + 1;
    const label = labelColumn([table.rowTitle, ...table.rows.map((r) => r.label)]);
    const sheet = addSheet(workbook, sheetNames[i]!, [label, ...Array(columns).fill(table.kind === 'counts' ? 14 : 18)]);
    if (table.kind === 'counts') writeDistrictCounts(sheet, table, report);
    else writeDistrictMeasures(sheet, table, report);
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
