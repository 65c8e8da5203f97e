/**
 * The district view's core: reading the units' anonymised exports (format 2: one document per
 * unit and closed quarter) and merging them into district tables for a quarter, a half-year or a
 * year. No store, no case data: plain functions on the documents.
 *
 * A period longer than a quarter is built from quarters: for each unit, a table counted over the
 * quarter ('zeitraum') is summed over its quarters, a table of the state on the quarter's last
 * day ('stichtag') is taken from the period's last quarter. Then the units are summed.
 *
 * A sum adds up what the units published. Where a unit kept a count secret (primary or secondary
 * suppression), its part is unknown but not negative, so the sum is a lower bound ("≥ 37");
 * where every part that is not zero was kept secret the sum is unknown ("•"). A unit's
 * suppressed total counts with what its published inner cells add up to (also a lower bound). A
 * row or column a unit does not list counts as 0 for that unit; a table a unit's export lacks,
 * and a quarter a unit did not deliver, make every sum they touch a lower bound (the unit's
 * delivered quarters still count: a planner learns more from "≥ 412" than from leaving the unit
 * out, and the report names the missing quarter). Medians cannot be merged, not even over
 * quarters: they are listed per unit and quarter.
 */
import { createHash } from 'node:crypto';
import {
  districtPeriodOf,
  periodContaining,
  periodTitle,
  quartersPhrase,
  type DistrictCell,
  type DistrictComparedCell,
  type DistrictCountTable,
  type DistrictFileProblem,
  type DistrictLine,
  type DistrictMeasureTable,
  type DistrictPeriod,
  type DistrictReport,
  type DistrictTable,
  type DistrictUnit,
} from '../../contract/areas/district';
import {
  STATISTICS_FORMAT,
  STATISTICS_FORMAT_VERSION,
  STATISTICS_SECTIONS,
  statisticsDocument,
  type CountTableDoc,
  type CountTiming,
  type MeasureTableDoc,
  type PeriodKind,
  type StatisticsDocument,
} from '../../contract/statisticsDocument';
import { germanDay } from '../../contract/dayText';
import { describeSchemaIssues } from '../district/schemaProblems';
import packageJson from '../../../package.json' with { type: 'json' };

export { periodTitle };

export interface ExportFile {
  name: string;
  text: string;
}

export interface ParsedExport {
  /** The file's name, for messages and the list of units. */
  name: string;
  document: StatisticsDocument;
}

export interface ParsedExports {
  documents: ParsedExport[];
  problems: { file: string; message: string }[];
  /** The period the documents are merged for; null when no document could be read. */
  period: DistrictPeriod | null;
}

// ---------------------------------------------------------------- periods and dates

/** The most frequent of the labels (ties: the latest). */
function mostFrequent(labels: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
  let best: string | undefined;
  for (const [label, n] of counts) if (best === undefined || n > counts.get(best)! || (n === counts.get(best)! && label > best)) best = label;
  return best;
}

/**
 * The period the files are for, when the district did not choose one: a single quarter; or the
 * half-year or year whose quarters are exactly the files' quarters (Q1 and Q2 → 1. Halbjahr);
 * else the quarter most files share (the others are refused, and the message says how to
 * combine quarters).
 */
export function inferPeriod(quarters: readonly string[]): string | undefined {
  const distinct = [...new Set(quarters)].sort();
  if (distinct.length <= 1) return distinct[0];
  for (const kind of ['halbjahr', 'jahr'] as const) {
    const label = periodContaining(distinct[0]!, kind);
    const wanted = districtPeriodOf(label).quarters;
    if (wanted.length === distinct.length && wanted.every((q, i) => q === distinct[i])) return label;
  }
  return mostFrequent(quarters);
}

// ---------------------------------------------------------------- reading the files

const FORMAT_ONE =
  'Diese Datei hat das Format 1 einer früheren Version der KIM Fallakte. Die Statistik wurde seitdem neu gestaltet, damit aus den Exporten einer Stelle keine geschützten Zahlen mehr zu erschließen sind: Stellen veröffentlichen jetzt abgeschlossene Quartale, und Halbjahre und Jahre entstehen erst hier aus diesen Quartalen. Zeiträume des Formats 1 lassen sich mit Quartalen nicht verrechnen. Bitten Sie die Stelle, ihre Quartale mit einer aktuellen Version der KIM Fallakte zu exportieren.';
const DEMO =
  'Diese Datei wurde aus einer Fallakte mit Demodaten erstellt. Demodaten dürfen nicht in die Statistik des Kreises. Bitte verwenden Sie den Export aus der Fallakte mit den echten Fällen der Stelle.';

function readOne(file: ExportFile): { document: StatisticsDocument } | { problem: string } {
  const text = file.text.replace(/^\uFEFF/, '');
  if (text.trim() === '') return { problem: 'Die Datei ist leer.' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return {
      problem:
        'Die Datei ist keine lesbare JSON-Datei (vielleicht beschädigt, abgeschnitten oder eine andere Art von Datei). Bitte exportieren Sie die Statistik noch einmal als JSON.',
    };
  }
  const record = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : null;
  if (record?.format !== STATISTICS_FORMAT) {
    return {
      problem: 'Diese Datei ist kein Statistik-Export der KIM Fallakte. Bitte wählen Sie die JSON-Datei, die beim Export der Statistik entstanden ist.',
    };
  }
  const version = record.formatVersion;
  if (version === 1) return { problem: FORMAT_ONE };
  if (version !== STATISTICS_FORMAT_VERSION) {
    const newer = typeof version === 'number' && version > STATISTICS_FORMAT_VERSION;
    return {
      problem: newer
        ? `Dieser Export hat das Format ${version} einer neueren Version der KIM Fallakte. Diese Version liest nur Format ${STATISTICS_FORMAT_VERSION}. Bitte installieren Sie die neue Version.`
        : `Dieser Export hat ein veraltetes oder unbekanntes Format. Diese Version liest nur Format ${STATISTICS_FORMAT_VERSION}. Bitte lassen Sie den Export mit einer aktuellen Version der KIM Fallakte neu erstellen.`,
    };
  }
  // Refused before the schema is checked: a demo export is never a unit's statistic, however well formed.
  if (record.demo === true) return { problem: DEMO };
  const parsed = statisticsDocument.safeParse(raw);
  if (!parsed.success) {
    const { lines, more } = describeSchemaIssues(raw, parsed.error.issues);
    const rest = more > 0 ? ` (und ${more} weitere)` : '';
    return {
      problem: `Der Export entspricht nicht dem Format der Statistik und wird nicht übernommen. Abweichungen: ${lines.join('; ')}${rest}. Bitte lassen Sie den Export neu erstellen, ohne die Datei von Hand zu ändern.`,
    };
  }
  return { document: parsed.data };
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** How the period of a set of files is fixed. */
export interface PeriodChoice {
  /** Chosen by the district: '2026-Q3', '2026-H1' or '2026'. */
  period?: string;
  /** For the comparison: a period of this kind, the one most files fall into. */
  kind?: PeriodKind;
}

function periodFor(read: readonly ParsedExport[], choice: PeriodChoice): string | undefined {
  if (choice.period) return choice.period;
  const quarters = read.map((r) => r.document.period.label);
  const { kind } = choice;
  return kind ? mostFrequent(quarters.map((q) => periodContaining(q, kind))) : inferPeriod(quarters);
}

/**
 * Validates the files of one period: each must be a readable format 2 export, not made from demo
 * data; no export may come twice (the same file, or the same unit and quarter again); all must
 * belong to one period (chosen, or see inferPeriod). Every problem is a German sentence about
 * one file.
 */
export function parseExports(files: readonly ExportFile[], choice: PeriodChoice = {}): ParsedExports {
  const problems: ParsedExports['problems'] = [];
  const read: ParsedExport[] = [];
  const seenText = new Map<string, string>();
  for (const file of files) {
    const hash = sha256(file.text);
    const same = seenText.get(hash);
    if (same !== undefined) {
      problems.push({
        file: file.name,
        message: `Diese Datei ist inhaltsgleich mit „${same}“ und wurde schon hinzugefügt. Bitte entfernen Sie eine der beiden.`,
      });
      continue;
    }
    seenText.set(hash, file.name);
    const result = readOne(file);
    if ('problem' in result) problems.push({ file: file.name, message: result.problem });
    else read.push({ name: file.name, document: result.document });
  }

  const label = periodFor(read, choice);
  const period = label === undefined ? null : districtPeriodOf(label);
  const documents: ParsedExport[] = [];
  const byUnitQuarter = new Map<string, ParsedExport>();
  for (const entry of read) {
    const { document } = entry;
    const quarter = document.period.label;
    if (!period!.quarters.includes(quarter)) {
      problems.push({ file: entry.name, message: outsideMessage(quarter, period!, choice) });
      continue;
    }
    const key = `${document.unit.id}|${quarter}`;
    const earlier = byUnitQuarter.get(key);
    if (earlier) {
      problems.push({
        file: entry.name,
        message: `Von der Stelle „${document.unit.name}“ gibt es für das ${periodTitle(quarter)} schon den Export „${earlier.name}“ (erstellt am ${germanDay(earlier.document.createdOn)}; dieser am ${germanDay(document.createdOn)}). Ein Quartal wird nur einmal gezählt. Bitte verwenden Sie nur einen Export je Stelle und Quartal.`,
      });
      continue;
    }
    byUnitQuarter.set(key, entry);
    documents.push(entry);
  }
  return { documents, problems, period: documents.length > 0 ? period : null };
}

export function outsideMessage(quarter: string, period: DistrictPeriod, choice: PeriodChoice): string {
  const own = `Dieser Export gilt für das ${periodTitle(quarter)}`;
  if (choice.period) return `${own}, gewählt ist ${period.title}. Bitte entfernen Sie die Datei oder wählen Sie einen Zeitraum, zu dem sie gehört.`;
  if (choice.kind)
    return `${own}, die übrigen Exporte zum Vergleich gehören zu ${period.title}. Zum Vergleich dient ein Zeitraum derselben Art; bitte entfernen Sie die Datei.`;
  return `${own}, die übrigen für ${period.title}. Es werden nur Exporte eines Zeitraums zusammengeführt. Um Quartale zu einem Halbjahr oder Jahr zusammenzufassen, geben Sie die Exporte aller Quartale dieses Zeitraums an oder wählen Sie den Zeitraum aus.`;
}

/** The previous period must be of the same kind as the current one and end before it begins. */
export function checkPrevious(
  current: Pick<ParsedExports, 'period'>,
  previous: Pick<ParsedExports, 'period'> & { documents: readonly { name: string }[] },
): { file: string; message: string }[] {
  const now = current.period;
  const then = previous.period;
  if (!now || !then) return [];
  if (then.kind !== now.kind) {
    return previous.documents.map(({ name }) => ({
      file: name,
      message: `Zum Vergleich braucht es einen Zeitraum derselben Art: ${then.title} lässt sich nicht mit ${now.title} vergleichen.`,
    }));
  }
  if (then.to >= now.from) {
    return previous.documents.map(({ name }) => ({
      file: name,
      message: `Der Vergleichszeitraum ${then.title} liegt nicht vor ${now.title}. Bitte wählen Sie Exporte eines früheren Zeitraums.`,
    }));
  }
  return [];
}

/** The problems of the current and the previous files together, each with its role. */
export function fileProblems(current: ParsedExports, previous: ParsedExports | null): DistrictFileProblem[] {
  return [
    ...current.problems.map((p) => ({ ...p, role: 'current' as const })),
    ...(previous?.problems ?? []).map((p) => ({ ...p, role: 'previous' as const })),
    ...(previous ? checkPrevious(current, previous) : []).map((p) => ({ ...p, role: 'previous' as const })),
  ];
}

// ---------------------------------------------------------------- merging

/** One unit's share of a merged number: what it published, and whether part of it was kept secret. */
interface Part {
  known: number;
  secret: boolean;
}
const EXACT_ZERO: Part = { known: 0, secret: false };
const UNKNOWN: Part = { known: 0, secret: true };

export function combine(parts: readonly Part[]): DistrictCell {
  let known = 0;
  let secret = false;
  for (const part of parts) {
    known += part.known;
    secret ||= part.secret;
  }
  return { value: secret && known === 0 ? null : known, lowerBound: secret };
}

const published = (values: readonly (number | null)[]) => values.reduce<number>((sum, v) => sum + (v ?? 0), 0);
const exactOrAtLeast = (value: number | null, atLeast: () => number): Part =>
  value === null ? { known: atLeast(), secret: true } : { known: value, secret: false };

/** A unit's table with its rows and columns found by key. */
interface Indexed {
  table: CountTableDoc;
  row: Map<string, number>;
  column: Map<string, number>;
}
const indexed = (table: CountTableDoc): Indexed => ({
  table,
  row: new Map(table.rows.map((r, i) => [r.key, i])),
  column: new Map(table.columns.map((c, j) => [c.key, j])),
});

function union(lists: readonly (readonly DistrictLine[])[]): DistrictLine[] {
  const seen = new Map<string, DistrictLine>();
  for (const list of lists) for (const { key, label } of list) if (!seen.has(key)) seen.set(key, { key, label });
  return [...seen.values()];
}

function cellPart(unit: Indexed | undefined, rowKey: string, columnKey: string): Part {
  if (!unit) return UNKNOWN;
  const i = unit.row.get(rowKey);
  const j = unit.column.get(columnKey);
  if (i === undefined || j === undefined) return EXACT_ZERO;
  const value = unit.table.cells[i]![j]!;
  return value === null ? UNKNOWN : { known: value, secret: false };
}

function rowTotalPart(unit: Indexed | undefined, rowKey: string): Part {
  if (!unit) return UNKNOWN;
  const i = unit.row.get(rowKey);
  if (i === undefined) return EXACT_ZERO;
  const cells = unit.table.cells[i]!;
  return exactOrAtLeast(unit.table.rowTotals ? unit.table.rowTotals[i]! : cells[0]!, () => published(cells));
}

function columnTotalPart(unit: Indexed | undefined, columnKey: string): Part {
  if (!unit) return UNKNOWN;
  const j = unit.column.get(columnKey);
  if (j === undefined) return EXACT_ZERO;
  return exactOrAtLeast(unit.table.columnTotals[j]!, () => published(unit.table.cells.map((row) => row[j]!)));
}

function totalPart(unit: Indexed | undefined): Part {
  if (!unit) return UNKNOWN;
  const { table } = unit;
  return exactOrAtLeast(table.total, () => Math.max(published(table.columnTotals), published(table.rowTotals ?? []), published(table.cells.flat())));
}

/** One unit's exports of the period, by quarter. */
interface UnitExports {
  id: string;
  byQuarter: Map<string, ParsedExport>;
}

function unitsOf(docs: readonly ParsedExport[]): UnitExports[] {
  const units = new Map<string, UnitExports>();
  for (const entry of docs) {
    const id = entry.document.unit.id;
    const unit = units.get(id) ?? { id, byQuarter: new Map() };
    unit.byQuarter.set(entry.document.period.label, entry);
    units.set(id, unit);
  }
  return [...units.values()];
}

/** Parts of one quarter's export: what each quarter adds to a unit's number. */
const plus = (a: Part, b: Part): Part => ({ known: a.known + b.known, secret: a.secret || b.secret });

/** The merged table before a comparison: plain cells. */
export interface MergedCounts {
  head: Omit<DistrictCountTable, 'cells' | 'rowTotals' | 'columnTotals' | 'total' | 'unitTotals'>;
  cells: DistrictCell[][];
  rowTotals: DistrictCell[] | null;
  columnTotals: DistrictCell[];
  total: DistrictCell;
  unitTotals: DistrictCountTable['unitTotals'];
}

/** The quarters whose exports make a table's number: all of the period's, or its last for a 'stichtag' table. */
const quartersFor = (timing: CountTiming, period: DistrictPeriod) => (timing === 'stichtag' ? period.quarters.slice(-1) : period.quarters);

function mergeCounts(units: readonly UnitExports[], period: DistrictPeriod, id: string, present: readonly CountTableDoc[]): MergedCounts {
  const first = present[0]!;
  const quarters = quartersFor(first.timing, period);
  // Per unit, per quarter: its indexed table, or undefined when the quarter or the table is missing (unknown, ≥ 0).
  const grid = units.map((unit) =>
    quarters.map((q) => {
      const table = unit.byQuarter.get(q)?.document.tables.find((t) => t.id === id);
      return table?.kind === 'counts' ? indexed(table) : undefined;
    }),
  );
  const rows = union(present.map((t) => t.rows));
  const columns = union(present.map((t) => t.columns));
  const unitPart = (index: number, part: (table: Indexed | undefined) => Part) => grid[index]!.map(part).reduce(plus, EXACT_ZERO);
  const merged = (part: (table: Indexed | undefined) => Part) => combine(units.map((_, index) => unitPart(index, part)));
  return {
    head: {
      kind: 'counts',
      id: first.id,
      section: first.section,
      title: first.title,
      unitOfCount: first.unitOfCount,
      timing: first.timing,
      rowTitle: first.rowTitle,
      columnTitle: first.columnTitle,
      rows,
      columns,
    },
    cells: rows.map((r) => columns.map((c) => merged((u) => cellPart(u, r.key, c.key)))),
    rowTotals: columns.length > 1 ? rows.map((r) => merged((u) => rowTotalPart(u, r.key))) : null,
    columnTotals: columns.map((c) => merged((u) => columnTotalPart(u, c.key))),
    total: merged(totalPart),
    unitTotals: units.map((unit, index) => {
      const own = combine([unitPart(index, totalPart)]);
      return { unitId: unit.id, total: own.value, lowerBound: own.lowerBound, hasTable: grid[index]!.some((t) => t !== undefined) };
    }),
  };
}

function mergeMeasures(units: readonly UnitExports[], period: DistrictPeriod, present: readonly MeasureTableDoc[]): DistrictMeasureTable {
  const first = present[0]!;
  const rows = new Map<string, DistrictMeasureTable['rows'][number]>();
  for (const quarter of period.quarters) {
    for (const unit of units) {
      const table = unit.byQuarter.get(quarter)?.document.tables.find((t) => t.id === first.id);
      if (table?.kind !== 'measures') continue;
      for (const row of table.rows) {
        const entry = rows.get(row.key) ?? { key: row.key, label: row.label, unitOfMeasure: row.unitOfMeasure, values: [] };
        entry.values.push({ unitId: unit.id, quarter, value: row.value });
        rows.set(row.key, entry);
      }
    }
  }
  // Listed unit by unit, each unit's quarters in order.
  const unitOrder = new Map(units.map((u, i) => [u.id, i]));
  for (const row of rows.values()) {
    row.values.sort((a, b) => unitOrder.get(a.unitId)! - unitOrder.get(b.unitId)! || a.quarter.localeCompare(b.quarter));
  }
  return { kind: 'measures', id: first.id, section: first.section, title: first.title, rowTitle: first.rowTitle, rows: [...rows.values()] };
}

interface MergedSet {
  period: DistrictPeriod;
  counts: Map<string, MergedCounts>;
  measures: Map<string, DistrictMeasureTable>;
  /** Ids in the order they first appear. */
  order: string[];
  /** Per unit name, the tables its exports lack: title and the quarters where it is missing. */
  missing: Map<string, { title: string; quarters: string[] }[]>;
  /** Tables that are counts in one export and measures in another, or counted at different times (left out). */
  conflicting: string[];
}

function mergeSet(docs: readonly ParsedExport[], period: DistrictPeriod): MergedSet {
  const units = unitsOf(docs);
  const set: MergedSet = { period, counts: new Map(), measures: new Map(), order: [], missing: new Map(), conflicting: [] };
  const byId = new Map<string, (CountTableDoc | MeasureTableDoc)[]>();
  for (const { document } of docs) for (const table of document.tables) byId.set(table.id, [...(byId.get(table.id) ?? []), table]);
  for (const [id, tables] of byId) {
    const kinds = new Set(tables.map((t) => (t.kind === 'counts' ? `counts:${t.timing}` : 'measures')));
    if (kinds.size > 1) {
      set.conflicting.push(tables[0]!.title);
      continue;
    }
    set.order.push(id);
    const first = tables[0]!;
    if (first.kind === 'measures') {
      set.measures.set(id, mergeMeasures(units, period, tables as MeasureTableDoc[]));
      continue;
    }
    set.counts.set(id, mergeCounts(units, period, id, tables as CountTableDoc[]));
    // A table missing from a delivered quarter that counts; a quarter not delivered is named once per unit instead.
    for (const unit of units) {
      const lacking = quartersFor(first.timing, period).filter((q) => {
        const doc = unit.byQuarter.get(q);
        return doc !== undefined && !doc.document.tables.some((t) => t.id === id);
      });
      if (lacking.length === 0) continue;
      const name = latestOf(unit).document.unit.name;
      set.missing.set(name, [...(set.missing.get(name) ?? []), { title: first.title, quarters: lacking }]);
    }
  }
  return set;
}

/** The unit's export of its latest quarter (its name and settings as they are now). */
const latestOf = (unit: UnitExports) => [...unit.byQuarter.entries()].sort(([a], [b]) => a.localeCompare(b)).at(-1)![1];

function compared(now: DistrictCell, then: DistrictCell | null): DistrictComparedCell {
  const exact = (c: DistrictCell | null): c is { value: number; lowerBound: false } => c !== null && c.value !== null && !c.lowerBound;
  return { ...now, previous: then, change: exact(now) && exact(then) ? now.value - then.value : null };
}

export function withComparison(table: MergedCounts, before: MergedCounts | undefined): DistrictCountTable {
  const rowAt = new Map(before?.head.rows.map((r, i) => [r.key, i]) ?? []);
  const columnAt = new Map(before?.head.columns.map((c, j) => [c.key, j]) ?? []);
  const { rows, columns } = table.head;
  const previousCell = (rowKey: string, columnKey: string) => {
    const i = rowAt.get(rowKey);
    const j = columnAt.get(columnKey);
    return i === undefined || j === undefined ? null : before!.cells[i]![j]!;
  };
  const previousRowTotal = (rowKey: string) => {
    const i = rowAt.get(rowKey);
    if (i === undefined || !before) return null;
    return before.rowTotals ? before.rowTotals[i]! : before.head.columns.length === 1 ? before.cells[i]![0]! : null;
  };
  return {
    ...table.head,
    cells: table.cells.map((line, i) => line.map((cell, j) => compared(cell, previousCell(rows[i]!.key, columns[j]!.key)))),
    rowTotals: table.rowTotals?.map((cell, i) => compared(cell, previousRowTotal(rows[i]!.key))) ?? null,
    columnTotals: table.columnTotals.map((cell, j) => {
      const at = columnAt.get(columns[j]!.key);
      return compared(cell, at === undefined ? null : before!.columnTotals[at]!);
    }),
    total: compared(table.total, before?.total ?? null),
    unitTotals: table.unitTotals,
  };
}

function unitOf(unit: UnitExports, period: DistrictPeriod): DistrictUnit {
  const exports = [...unit.byQuarter.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, entry]) => entry);
  const { document } = exports.at(-1)!;
  const deviations = exports.flatMap((e) => (e.document.perturbation ? [e.document.perturbation.maxDeviation] : []));
  return {
    id: unit.id,
    name: document.unit.name,
    traeger: document.unit.traeger,
    municipality: document.unit.municipality,
    deliveries: exports.map((e) => ({ quarter: e.document.period.label, fileName: e.name, createdOn: e.document.createdOn })),
    missingQuarters: period.quarters.filter((q) => !unit.byQuarter.has(q)),
    fileName: exports.map((e) => e.name).join(', '),
    createdOn: exports
      .map((e) => e.document.createdOn)
      .sort()
      .at(-1)!,
    appVersion: document.appVersion,
    threshold: Math.max(...exports.map((e) => e.document.threshold)),
    perturbation: deviations.length > 0 ? Math.max(...deviations) : null,
  };
}

const listing = (names: readonly string[]) => names.map((n) => `„${n}“`).join(', ');
const quarterList = (quarters: readonly string[]) => quarters.map((q) => `das ${periodTitle(q)}`).join(' und ');

function notesFor(units: readonly DistrictUnit[], set: MergedSet, previous: readonly DistrictUnit[] | null): string[] {
  const notes: string[] = [];
  const { period } = set;
  if (period.quarters.length > 1) {
    const lastQuarter = period.quarters.at(-1)!;
    const last = `${lastQuarter.slice(6)}. Quartals ${lastQuarter.slice(0, 4)}`;
    notes.push(
      `${period.title} ist aus ${quartersPhrase(period.quarters)} zusammengesetzt: Zahlen über einen Zeitraum (zum Beispiel neue Fälle oder Kontakte) sind über die Quartale addiert; Zahlen zu einem Stichtag (zum Beispiel laufende Fälle) gelten für das Ende des ${last} (${germanDay(period.to)}). Mediane lassen sich nicht zusammenfassen und stehen je Stelle und Quartal da.`,
    );
  }
  for (const unit of units) {
    if (unit.missingQuarters.length === 0) continue;
    const lastMissing = unit.missingQuarters.includes(period.quarters.at(-1)!);
    notes.push(
      `Von „${unit.name}“ fehlt der Export für ${quarterList(unit.missingQuarters)}. Alle Summen, zu denen die Stelle beiträgt, sind deshalb nur Untergrenzen oder nicht bekannt${lastMissing && period.quarters.length > 1 ? '; ihre Zahlen zum Stichtag fehlen ganz' : ''}. Vollständig wird der Bericht, wenn die Stelle den Export nachliefert.`,
    );
  }
  const thresholds = new Map<number, string[]>();
  for (const unit of units) thresholds.set(unit.threshold, [...(thresholds.get(unit.threshold) ?? []), unit.name]);
  if (thresholds.size > 1) {
    const parts = [...thresholds].sort(([a], [b]) => a - b).map(([k, names]) => `k = ${k} bei ${listing(names)}`);
    notes.push(
      `Die Stellen halten unterschiedlich kleine Zahlen geheim (${parts.join('; ')}). Die Summen sind trotzdem richtig zusammengezählt; wo Anteile geheim gehalten wurden, sind sie Untergrenzen.`,
    );
  }
  const perturbed = units.filter((u) => u.perturbation !== null);
  if (perturbed.length > 0) {
    const most = Math.max(...perturbed.map((u) => u.perturbation!));
    notes.push(
      `Die Zahlen von ${listing(perturbed.map((u) => u.name))} sind zum Schutz der Personen leicht verändert (Cell-Key-Verfahren, je veröffentlichter Zahl um höchstens ${most}). Summen über mehrere Stellen${period.quarters.length > 1 ? ' und Quartale' : ''} können deshalb um einige Fälle von der genauen Zahl abweichen.`,
    );
  }
  const multi = period.quarters.length > 1;
  for (const [name, lacking] of set.missing) {
    const titles = lacking.map((m) => (multi ? `„${m.title}“ (${m.quarters.map(periodTitle).join(', ')})` : `„${m.title}“`));
    notes.push(
      `Im Export von „${name}“ fehlen ${titles.length === 1 ? 'die Tabelle' : `${titles.length} Tabellen:`} ${titles.join(', ')}. Die Summen dort sind Untergrenzen.`,
    );
  }
  if (set.conflicting.length > 0) {
    notes.push(`Nicht zusammengeführt, weil die Exporte sie unterschiedlich aufbauen: ${listing(set.conflicting)}.`);
  }
  if (previous) {
    const ids = new Set(previous.map((u) => u.id));
    const nowIds = new Set(units.map((u) => u.id));
    const added = units.filter((u) => !ids.has(u.id)).map((u) => u.name);
    const gone = previous.filter((u) => !nowIds.has(u.id)).map((u) => u.name);
    if (added.length > 0 || gone.length > 0) {
      const parts = [
        ...(added.length > 0 ? [`nur jetzt dabei: ${listing(added)}`] : []),
        ...(gone.length > 0 ? [`nur im Vergleichszeitraum dabei: ${listing(gone)}`] : []),
      ];
      notes.push(`Im Vergleich nehmen nicht dieselben Stellen teil (${parts.join('; ')}). Veränderungen sind deshalb nur eingeschränkt vergleichbar.`);
    }
    const incomplete = previous.filter((u) => u.missingQuarters.length > 0).map((u) => u.name);
    if (incomplete.length > 0) {
      notes.push(`Im Vergleichszeitraum fehlen Quartale von ${listing(incomplete)}; die Zahlen dort sind Untergrenzen.`);
    }
  }
  return notes;
}

export interface MergeOptions {
  districtName?: string | null;
  /** The day of the report (default: today, local time). */
  createdOn?: string;
  /** The report's period ('2026-H1'); default: as parseExports infers it from the documents. */
  period?: string;
  /** The comparison's period; default: the period of the same kind most of the previous documents fall into. */
  previousPeriod?: string;
}

const localDay = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/**
 * Merges the exports of one period (already checked by parseExports: every document is a
 * quarter of the period, no unit and quarter twice) into the district report, compared with the
 * exports of a previous period if given.
 */
export function mergeDistrict(docs: readonly ParsedExport[], previous: readonly ParsedExport[] = [], options: MergeOptions = {}): DistrictReport {
  if (docs.length === 0) throw new Error('mergeDistrict needs at least one export');
  const period = districtPeriodOf(options.period ?? periodFor(docs, {})!);
  const set = mergeSet(docs, period);
  const units = unitsOf(docs).map((u) => unitOf(u, period));
  const previousPeriod = previous.length > 0 ? districtPeriodOf(options.previousPeriod ?? periodFor(previous, { kind: period.kind })!) : null;
  const before = previousPeriod ? mergeSet(previous, previousPeriod) : null;
  const previousUnits = previousPeriod ? unitsOf(previous).map((u) => unitOf(u, previousPeriod)) : null;

  const tables: DistrictTable[] = set.order.map((id) => {
    const counts = set.counts.get(id);
    return counts ? withComparison(counts, before?.counts.get(id)) : set.measures.get(id)!;
  });
  const sectionIndex = (t: DistrictTable) => STATISTICS_SECTIONS.indexOf(t.section);
  tables.sort((a, b) => sectionIndex(a) - sectionIndex(b));

  return {
    districtName: options.districtName ?? null,
    aggregation: null,
    period,
    units,
    previous: previousPeriod && previousUnits ? { period: previousPeriod, units: previousUnits } : null,
    tables,
    notes: notesFor(units, set, previousUnits),
    createdOn: options.createdOn ?? localDay(new Date()),
    appVersion: packageJson.version,
  };
}
