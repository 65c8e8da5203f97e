/**
 * The district view's core: reading the units' anonymised exports and merging them into district
 * tables. No store, no case data: plain functions on the documents.
 *
 * A district sum adds up what the units published. Where a unit kept a count secret (primary or
 * secondary suppression), its part is unknown but not negative, so the sum is a lower bound
 * ("≥ 37"); where every part that is not zero was kept secret the sum is unknown ("•"). A
 * unit's suppressed total counts with what its published inner cells add up to (also a lower
 * bound). A row or column a unit does not list counts as 0 for that unit; a table a unit's export
 * lacks makes every sum of that table a lower bound. Medians and shares cannot be merged: they
 * are listed per unit.
 */
import { createHash } from 'node:crypto';
import type {
  DistrictCell,
  DistrictComparedCell,
  DistrictCountTable,
  DistrictFileProblem,
  DistrictLine,
  DistrictMeasureTable,
  DistrictPeriod,
  DistrictReport,
  DistrictTable,
  DistrictUnit,
} from '../../contract/areas/district';
import {
  STATISTICS_FORMAT,
  STATISTICS_FORMAT_VERSION,
  STATISTICS_SECTIONS,
  statisticsDocument,
  type CountTableDoc,
  type MeasureTableDoc,
  type StatisticsDocument,
} from '../../contract/statisticsDocument';
import { describeSchemaIssues } from '../district/schemaProblems';
import packageJson from '../../../package.json' with { type: 'json' };

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
}

// ---------------------------------------------------------------- periods and dates

const germanDay = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

/** "3. Quartal 2026", "1. Halbjahr 2026", "Jahr 2026". */
export function periodTitle(label: string): string {
  const [year, part] = label.split('-');
  if (part?.startsWith('Q')) return `${part.slice(1)}. Quartal ${year}`;
  if (part?.startsWith('H')) return `${part.slice(1)}. Halbjahr ${year}`;
  return `Jahr ${year}`;
}

function districtPeriod(doc: StatisticsDocument): DistrictPeriod {
  const { label, kind, from, to } = doc.period;
  return { label, kind, from, to, title: periodTitle(label) };
}

// ---------------------------------------------------------------- reading the files

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
  if (version !== STATISTICS_FORMAT_VERSION) {
    const newer = typeof version === 'number' && version > STATISTICS_FORMAT_VERSION;
    return {
      problem: newer
        ? `Dieser Export hat das Format ${version} einer neueren Version der KIM Fallakte. Diese Version liest nur Format ${STATISTICS_FORMAT_VERSION}. Bitte installieren Sie die neue Version.`
        : `Dieser Export hat ein veraltetes oder unbekanntes Format. Diese Version liest nur Format ${STATISTICS_FORMAT_VERSION}. Bitte lassen Sie den Export mit einer aktuellen Version der KIM Fallakte neu erstellen.`,
    };
  }
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

/**
 * Validates the files of one period: each must be a readable export of our format, no export may
 * come twice (the same file, or the same unit and period again), and all must share one period
 * (the one most files have). Every problem is a German sentence about one file.
 */
export function parseExports(files: readonly ExportFile[]): ParsedExports {
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

  // The period most files share (the first one on a tie) is the one being merged.
  const counts = new Map<string, number>();
  for (const { document } of read) counts.set(document.period.label, (counts.get(document.period.label) ?? 0) + 1);
  let period: string | undefined;
  for (const [label, n] of counts) if (period === undefined || n > counts.get(period)!) period = label;

  const documents: ParsedExport[] = [];
  const byUnit = new Map<string, ParsedExport>();
  for (const entry of read) {
    const { document } = entry;
    if (document.period.label !== period) {
      problems.push({
        file: entry.name,
        message: `Dieser Export gilt für ${periodTitle(document.period.label)}, die übrigen für ${periodTitle(period!)}. Es werden nur Exporte desselben Zeitraums zusammengeführt.`,
      });
      continue;
    }
    const earlier = byUnit.get(document.unit.id);
    if (earlier) {
      problems.push({
        file: entry.name,
        message: `Von der Stelle „${document.unit.name}“ gibt es für ${periodTitle(period)} schon den Export „${earlier.name}“ (erstellt am ${germanDay(earlier.document.createdOn)}; dieser am ${germanDay(document.createdOn)}). Bitte verwenden Sie nur einen Export je Stelle, in der Regel den neuesten.`,
      });
      continue;
    }
    byUnit.set(document.unit.id, entry);
    documents.push(entry);
  }
  return { documents, problems };
}

/** The previous period's exports must be of the same kind of period and end before the current one begins. */
export function checkPrevious(current: readonly ParsedExport[], previous: readonly ParsedExport[]): { file: string; message: string }[] {
  const now = current[0]?.document.period;
  if (!now) return [];
  return previous.flatMap(({ name, document: { period } }) => {
    if (period.kind !== now.kind) {
      return [
        {
          file: name,
          message: `Zum Vergleich braucht es einen Zeitraum derselben Art: ${periodTitle(period.label)} lässt sich nicht mit ${periodTitle(now.label)} vergleichen.`,
        },
      ];
    }
    if (period.to >= now.from) {
      return [
        {
          file: name,
          message: `Der Vergleichszeitraum ${periodTitle(period.label)} liegt nicht vor ${periodTitle(now.label)}. Bitte wählen Sie Exporte eines früheren Zeitraums.`,
        },
      ];
    }
    return [];
  });
}

/** The problems of the current and the previous files together, each with its role. */
export function fileProblems(current: ParsedExports, previous: ParsedExports | null): DistrictFileProblem[] {
  return [
    ...current.problems.map((p) => ({ ...p, role: 'current' as const })),
    ...(previous?.problems ?? []).map((p) => ({ ...p, role: 'previous' as const })),
    ...(previous ? checkPrevious(current.documents, previous.documents) : []).map((p) => ({ ...p, role: 'previous' as const })),
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

/** The merged table before a comparison: plain cells. */
interface MergedCounts {
  head: Omit<DistrictCountTable, 'cells' | 'rowTotals' | 'columnTotals' | 'total' | 'unitTotals'>;
  cells: DistrictCell[][];
  rowTotals: DistrictCell[] | null;
  columnTotals: DistrictCell[];
  total: DistrictCell;
  unitTotals: DistrictCountTable['unitTotals'];
}

function mergeCounts(units: readonly ParsedExport[], tables: readonly (CountTableDoc | undefined)[]): MergedCounts {
  const present = tables.filter((t): t is CountTableDoc => t !== undefined);
  const first = present[0]!;
  const byUnit = tables.map((t) => (t ? indexed(t) : undefined));
  const rows = union(present.map((t) => t.rows));
  const columns = union(present.map((t) => t.columns));
  const merged = (part: (unit: Indexed | undefined) => Part) => combine(byUnit.map(part));
  return {
    head: {
      kind: 'counts',
      id: first.id,
      section: first.section,
      title: first.title,
      unitOfCount: first.unitOfCount,
      rowTitle: first.rowTitle,
      columnTitle: first.columnTitle,
      rows,
      columns,
    },
    cells: rows.map((r) => columns.map((c) => merged((u) => cellPart(u, r.key, c.key)))),
    rowTotals: columns.length > 1 ? rows.map((r) => merged((u) => rowTotalPart(u, r.key))) : null,
    columnTotals: columns.map((c) => merged((u) => columnTotalPart(u, c.key))),
    total: merged(totalPart),
    unitTotals: units.map((unit, index) => ({ unitId: unit.document.unit.id, total: tables[index]?.total ?? null, hasTable: tables[index] !== undefined })),
  };
}

function mergeMeasures(units: readonly ParsedExport[], tables: readonly (MeasureTableDoc | undefined)[]): DistrictMeasureTable {
  const present = tables.filter((t): t is MeasureTableDoc => t !== undefined);
  const first = present[0]!;
  const rows = new Map<string, DistrictMeasureTable['rows'][number]>();
  tables.forEach((table, index) => {
    for (const row of table?.rows ?? []) {
      const entry = rows.get(row.key) ?? { key: row.key, label: row.label, unitOfMeasure: row.unitOfMeasure, values: [] };
      entry.values.push({ unitId: units[index]!.document.unit.id, value: row.value });
      rows.set(row.key, entry);
    }
  });
  return { kind: 'measures', id: first.id, section: first.section, title: first.title, rowTitle: first.rowTitle, rows: [...rows.values()] };
}

/** Table ids in the order they first appear, with each unit's table of that id (or undefined). */
function tablesById(units: readonly ParsedExport[]): Map<string, (CountTableDoc | MeasureTableDoc | undefined)[]> {
  const ids = new Map<string, (CountTableDoc | MeasureTableDoc | undefined)[]>();
  units.forEach(({ document }, index) => {
    for (const table of document.tables) {
      const list = ids.get(table.id) ?? units.map(() => undefined);
      list[index] = table;
      ids.set(table.id, list);
    }
  });
  return ids;
}

interface MergedSet {
  counts: Map<string, MergedCounts>;
  measures: Map<string, DistrictMeasureTable>;
  /** Ids in the order they first appear. */
  order: string[];
  /** Per unit name, the titles of tables its export lacks. */
  missing: Map<string, string[]>;
  /** Table ids that are counts in one export and measures in another (left out). */
  conflicting: string[];
}

function mergeSet(units: readonly ParsedExport[]): MergedSet {
  const set: MergedSet = { counts: new Map(), measures: new Map(), order: [], missing: new Map(), conflicting: [] };
  for (const [id, tables] of tablesById(units)) {
    const kinds = new Set(tables.filter((t) => t !== undefined).map((t) => t.kind));
    if (kinds.size > 1) {
      set.conflicting.push(tables.find((t) => t !== undefined)!.title);
      continue;
    }
    set.order.push(id);
    if (kinds.has('counts')) set.counts.set(id, mergeCounts(units, tables as (CountTableDoc | undefined)[]));
    else set.measures.set(id, mergeMeasures(units, tables as (MeasureTableDoc | undefined)[]));
    const title = tables.find((t) => t !== undefined)!.title;
    tables.forEach((t, index) => {
      if (t !== undefined || kinds.has('measures')) return;
      const name = units[index]!.document.unit.name;
      set.missing.set(name, [...(set.missing.get(name) ?? []), title]);
    });
  }
  return set;
}

function compared(now: DistrictCell, then: DistrictCell | null): DistrictComparedCell {
  const exact = (c: DistrictCell | null): c is { value: number; lowerBound: false } => c !== null && c.value !== null && !c.lowerBound;
  return { ...now, previous: then, change: exact(now) && exact(then) ? now.value - then.value : null };
}

function withComparison(table: MergedCounts, before: MergedCounts | undefined): DistrictCountTable {
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

function unitOf({ name, document }: ParsedExport): DistrictUnit {
  return {
    id: document.unit.id,
    name: document.unit.name,
    traeger: document.unit.traeger,
    municipality: document.unit.municipality,
    fileName: name,
    createdOn: document.createdOn,
    appVersion: document.appVersion,
    threshold: document.threshold,
    perturbation: document.perturbation?.maxDeviation ?? null,
  };
}

const listing = (names: readonly string[]) => names.map((n) => `„${n}“`).join(', ');

function notesFor(units: readonly DistrictUnit[], set: MergedSet, previous: readonly DistrictUnit[] | null): string[] {
  const notes: string[] = [];
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
      `Die Zahlen von ${listing(perturbed.map((u) => u.name))} sind zum Schutz der Personen leicht verändert (Cell-Key-Verfahren, je Zahl um höchstens ${most}). Summen können deshalb um einige Fälle von der genauen Zahl abweichen.`,
    );
  }
  for (const [name, titles] of set.missing) {
    notes.push(
      `Im Export von „${name}“ fehlen ${titles.length === 1 ? 'die Tabelle' : `${titles.length} Tabellen:`} ${listing(titles)}. Die Summen dort sind Untergrenzen.`,
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
  }
  return notes;
}

export interface MergeOptions {
  districtName?: string | null;
  /** The day of the report (default: today, local time). */
  createdOn?: string;
}

const localDay = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/**
 * Merges the exports of one period (already checked by parseExports) into the district report,
 * compared with the exports of a previous period if given.
 */
export function mergeDistrict(docs: readonly ParsedExport[], previous: readonly ParsedExport[] = [], options: MergeOptions = {}): DistrictReport {
  if (docs.length === 0) throw new Error('mergeDistrict needs at least one export');
  const units = docs.map(unitOf);
  const set = mergeSet(docs);
  const before = previous.length > 0 ? mergeSet(previous) : null;
  const previousUnits = previous.length > 0 ? previous.map(unitOf) : null;

  const tables: DistrictTable[] = set.order.map((id) => {
    const counts = set.counts.get(id);
    return counts ? withComparison(counts, before?.counts.get(id)) : set.measures.get(id)!;
  });
  const sectionIndex = (t: DistrictTable) => STATISTICS_SECTIONS.indexOf(t.section);
  tables.sort((a, b) => sectionIndex(a) - sectionIndex(b));

  return {
    districtName: options.districtName ?? null,
    period: districtPeriod(docs[0]!.document),
    units,
    previous: previousUnits ? { period: districtPeriod(previous[0]!.document), units: previousUnits } : null,
    tables,
    notes: notesFor(units, set, previousUnits),
    createdOn: options.createdOn ?? localDay(new Date()),
    appVersion: packageJson.version,
  };
}
