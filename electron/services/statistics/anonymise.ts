/**
 * Turns the raw indicator tables into what leaves the device: counts protected by primary and
 * secondary suppression (suppression.ts, partners in the unit's keyed order) and, if switched on,
 * perturbed by the cell-key method; hours published only where their count of contacts is, and
 * moved by that count's deviation; medians only where they rest on at least 2k cases, whole and
 * perturbed. Also counts what was withheld, for the preview (never exported).
 *
 * Linked totals: tables of one document that count the same population by different dimensions
 * (the new cases by municipality and by gender, …) show the same grand total. Were it hidden in
 * one and published in another, the published one would undo the protection of the first; so a
 * shared total hidden anywhere is hidden everywhere, and every table of the group is protected
 * again with it forced hidden, until nothing changes.
 */
import type { CountTableDoc, MeasureTableDoc, StatisticsTableDoc } from '../../contract/statisticsDocument';
import { addKeys, deviation, perturbMeasure } from './cellKey';
import { keyedOrder, protectTable, publishIfEnough, type Cell, type Position, type ProtectedTable } from './suppression';
import type { RawCountTable, RawHoursTable, RawMeasureTable, RawTable } from './tally';

export interface Anonymised {
  table: StatisticsTableDoc;
  /** Entries hidden because they are 1..k−1 (for an hours table: those of its contacts' table). */
  small: number;
  /** Entries hidden to protect others (secondary suppression, linked totals included). */
  protecting: number;
  /** Medians withheld (a basis below 2k). */
  measures: number;
}

export interface AnonymiseOptions {
  k: number;
  perturb: boolean;
  /** The unit's cell-key secret; the order of secondary suppression is drawn from it even without perturbation. */
  secret: string;
}

/**
 * The link group of a table: tables of one group count the same records once each, so they share
 * the grand total, and with `sharesColumns` (the same columns) their column totals too. The cases
 * by target group are no member: a case may belong to several groups.
 */
/** `group` names the group, else the pattern's first capture does. */
const LINKS: { pattern: RegExp; group?: string; sharesColumns: boolean }[] = [
  { pattern: /^(faelle-(?:neu|laufend|abgeschlossen))-(?!zielgruppe$)[a-z0-9-]+$/, sharesColumns: false },
  // The closures by reason count the same closed cases (indicators/network.ts).
  { pattern: /^abschluss-grund$/, group: 'faelle-abgeschlossen', sharesColumns: false },
  { pattern: /^(kontakte)-(?:art-ort|sprache)$/, sharesColumns: false },
  { pattern: /^(kurzberatung)-(?:thema|sprache)$/, sharesColumns: true },
];

export function linkOf(tableId: string): { group: string; sharesColumns: boolean } | null {
  for (const { pattern, group, sharesColumns } of LINKS) {
    const match = pattern.exec(tableId);
    if (match) return { group: group ?? match[1]!, sharesColumns };
  }
  return null;
}

const sumKeys = (keys: number[]) => keys.reduce(addKeys, 0);
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** A table's values laid out like a ProtectedTable. */
interface Layout {
  cells: number[][];
  rowTotals: number[] | null;
  columnTotals: number[];
  total: number;
}

function layout(grid: number[][], columns: number, add: (values: number[]) => number): Layout {
  return {
    cells: grid,
    rowTotals: columns > 1 ? grid.map(add) : null,
    columnTotals: Array.from({ length: columns }, (_, j) => add(grid.map((row) => row[j]!))),
    total: add(grid.flat()),
  };
}

function mapLayout<T>(
  mask: ProtectedTable,
  at: (cell: Cell, pick: (l: Layout) => number) => T,
): { cells: T[][]; rowTotals: T[] | null; columnTotals: T[]; total: T } {
  return {
    cells: mask.cells.map((row, i) => row.map((cell, j) => at(cell, (l) => l.cells[i]![j]!))),
    rowTotals: mask.rowTotals?.map((cell, i) => at(cell, (l) => l.rowTotals![i]!)) ?? null,
    columnTotals: mask.columnTotals.map((cell, j) => at(cell, (l) => l.columnTotals[j]!)),
    total: at(mask.total, (l) => l.total),
  };
}

function toDoc(
  raw: RawCountTable | RawHoursTable,
  unitOfCount: string,
  values: { cells: (number | null)[][]; rowTotals: (number | null)[] | null; columnTotals: (number | null)[]; total: number | null },
): CountTableDoc {
  return {
    kind: 'counts',
    id: raw.id,
    section: raw.section,
    title: raw.title,
    unitOfCount,
    timing: raw.timing,
    rowTitle: raw.rowTitle,
    columnTitle: raw.columnTitle,
    rows: raw.rows,
    columns: raw.columns,
    ...values,
  };
}

const entries = (t: ProtectedTable): Cell[] => [...t.cells.flat(), ...(t.rowTotals ?? []), ...t.columnTotals, t.total];
const tallyOf = (t: ProtectedTable) => ({
  small: entries(t).filter((c) => c.suppressed === 'primary').length,
  protecting: entries(t).filter((c) => c.suppressed === 'secondary').length,
});

const isHidden = (t: ProtectedTable, p: Position): boolean =>
  (p.kind === 'total'
    ? t.total
    : p.kind === 'columnTotal'
      ? t.columnTotals[p.column]!
      : p.kind === 'rowTotal'
        ? t.rowTotals![p.row]!
        : t.cells[p.row]![p.column]!
  ).suppressed !== false;

/** Protects every count table; linked totals hidden in one table of their group are hidden in all. */
export function protectAll(counts: readonly RawCountTable[], k: number, secret: string): Map<string, ProtectedTable> {
  const forced = new Map<string, Position[]>();
  const protect = (raw: RawCountTable) => {
    const table = { rows: raw.rows.map((r) => r.key), columns: raw.columns.map((c) => c.key), cells: raw.counts };
    return protectTable(table, k, { order: keyedOrder(secret, raw.id, table), forced: forced.get(raw.id) ?? [] });
  };
  const result = new Map(counts.map((raw) => [raw.id, protect(raw)]));

  const groups = new Map<string, { tables: RawCountTable[]; sharesColumns: boolean }>();
  for (const raw of counts) {
    const link = linkOf(raw.id);
    if (!link) continue;
    const group = groups.get(link.group) ?? { tables: [], sharesColumns: link.sharesColumns };
    group.tables.push(raw);
    groups.set(link.group, group);
  }
  const shared = new Map<string, Position[]>();
  for (const [name, { tables, sharesColumns }] of groups) {
    // The link is a claim about the indicators; a table that breaks it is a programming error, not data.
    const totals = tables.map((t) => layout(t.counts, t.columns.length, sum));
    const columnKeys = tables[0]!.columns.map((c) => c.key).join('|');
    if (new Set(totals.map((t) => t.total)).size > 1) throw new Error(`${name}: linked tables with different totals`);
    if (
      sharesColumns &&
      tables.some((t, i) => t.columns.map((c) => c.key).join('|') !== columnKeys || totals[i]!.columnTotals.join() !== totals[0]!.columnTotals.join())
    )
      throw new Error(`${name}: linked tables with different columns`);
    shared.set(name, [{ kind: 'total' }, ...(sharesColumns ? tables[0]!.columns.map((_, j): Position => ({ kind: 'columnTotal', column: j })) : [])]);
  }

  for (let changed = true; changed; ) {
    changed = false;
    for (const [name, { tables }] of groups) {
      const dirty = new Set<RawCountTable>();
      for (const p of shared.get(name)!) {
        if (!tables.some((t) => isHidden(result.get(t.id)!, p))) continue;
        for (const t of tables) {
          if (isHidden(result.get(t.id)!, p)) continue;
          forced.set(t.id, [...(forced.get(t.id) ?? []), p]);
          dirty.add(t);
        }
      }
      for (const t of dirty) result.set(t.id, protect(t));
      if (dirty.size > 0) changed = true;
    }
  }
  return result;
}

/** Counts: true where published, moved by the deviation of the cell's key when perturbation is on. */
function anonymiseCounts(raw: RawCountTable, mask: ProtectedTable, k: number, perturb: boolean): Anonymised {
  const keys = layout(raw.keys, raw.columns.length, sumKeys);
  const table = toDoc(
    raw,
    raw.unitOfCount,
    mapLayout(mask, (cell, pick) => (cell.suppressed !== false ? null : perturb ? cell.value + deviation(pick(keys), cell.value, k) : cell.value)),
  );
  return { table, ...tallyOf(mask), measures: 0 };
}

/**
 * Whole hours, hidden wherever the contacts' table hides its count, and moved by the deviation of
 * that count's cell (never below 0): so the hours cannot be set against the true count behind a
 * perturbed one, and the same contacts give the same hours in every quarter they are shown.
 */
function anonymiseHours(raw: RawHoursTable, counts: RawCountTable, mask: ProtectedTable, k: number, perturb: boolean): Anonymised {
  const minutes = layout(raw.minutes, raw.columns.length, sum);
  const keys = layout(counts.keys, counts.columns.length, sumKeys);
  const table = toDoc(
    raw,
    'Stunden',
    mapLayout(mask, (cell, pick) => {
      if (cell.suppressed !== false) return null;
      const hours = Math.round(pick(minutes) / 60);
      return perturb ? Math.max(0, hours + deviation(pick(keys), cell.value, k)) : hours;
    }),
  );
  return { table, ...tallyOf(mask), measures: 0 };
}

/** Medians on a basis of at least 2k, in whole units, perturbed with the key of the records they rest on. */
function anonymiseMeasures(raw: RawMeasureTable, k: number, perturb: boolean): Anonymised {
  const rows = raw.rows.map(({ key, label, unitOfMeasure, value, basis, keys }) => {
    const shown = value === null ? null : publishIfEnough(Math.round(value), basis, k);
    return { key, label, unitOfMeasure, value: shown === null || !perturb ? shown : perturbMeasure(keys, shown) };
  });
  const table: MeasureTableDoc = { kind: 'measures', id: raw.id, section: raw.section, title: raw.title, rowTitle: raw.rowTitle, rows };
  return { table, small: 0, protecting: 0, measures: rows.filter((r, i) => r.value === null && raw.rows[i]!.value !== null).length };
}

/** All tables in order; hours follow the suppression and the deviations of their contacts' table. */
export function anonymiseAll(raws: readonly RawTable[], { k, perturb, secret }: AnonymiseOptions): Anonymised[] {
  const counts = raws.filter((r): r is RawCountTable => r.kind === 'counts');
  const masks = protectAll(counts, k, secret);
  return raws.map((raw) => {
    if (raw.kind === 'counts') return anonymiseCounts(raw, masks.get(raw.id)!, k, perturb);
    if (raw.kind === 'hours') {
      const source = counts.find((c) => c.id === raw.countsOf);
      if (!source) throw new Error(`${raw.id}: no count table ${raw.countsOf}`);
      return anonymiseHours(raw, source, masks.get(source.id)!, k, perturb);
    }
    return anonymiseMeasures(raw, k, perturb);
  });
}
