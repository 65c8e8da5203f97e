/**
 * Turns the raw indicator tables into what leaves the device: counts protected by primary and
 * secondary suppression (suppression.ts) and, if switched on, perturbed by the cell-key method;
 * hours published only where their count of contacts is; medians and shares only where they rest
 * on at least k cases. Also counts what was suppressed, for the preview (never exported).
 */
import type { CountTableDoc, MeasureTableDoc, StatisticsTableDoc } from '../../contract/statisticsDocument';
import { addKeys, deviation } from './cellKey';
import { protectTable, publishIfEnough, type Cell, type ProtectedTable } from './suppression';
import type { RawCountTable, RawHoursTable, RawMeasureTable, RawTable } from './tally';

export interface Anonymised {
  table: StatisticsTableDoc;
  /** Cells (counts, totals, measures) not published. */
  suppressed: number;
}

const sumKeys = (keys: number[]) => keys.reduce(addKeys, 0);

/** Keys of every position of the table, laid out like a ProtectedTable. */
function keyLayout(raw: RawCountTable) {
  const withRowTotals = raw.columns.length > 1;
  return {
    cells: raw.keys,
    rowTotals: withRowTotals ? raw.keys.map(sumKeys) : null,
    columnTotals: raw.columns.map((_, j) => sumKeys(raw.keys.map((row) => row[j]!))),
    total: sumKeys(raw.keys.flat()),
  };
}

const published = (cell: Cell, k: number, key: number | null): number | null =>
  cell.suppressed !== false ? null : key === null ? cell.value : cell.value + deviation(key, cell.value, k);

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

const countSuppressed = (t: ProtectedTable) =>
  [...t.cells.flat(), ...(t.rowTotals ?? []), ...t.columnTotals, t.total].filter((c) => c.suppressed !== false).length;

export function anonymiseCounts(raw: RawCountTable, k: number, perturb: boolean): Anonymised & { protectedTable: ProtectedTable } {
  const protectedTable = protectTable({ rows: raw.rows.map((r) => r.key), columns: raw.columns.map((c) => c.key), cells: raw.counts }, k);
  const keys = keyLayout(raw);
  const key = (value: number) => (perturb ? value : null);
  const table = toDoc(raw, raw.unitOfCount, {
    cells: protectedTable.cells.map((row, i) => row.map((cell, j) => published(cell, k, key(keys.cells[i]![j]!)))),
    rowTotals: protectedTable.rowTotals?.map((cell, i) => published(cell, k, key(keys.rowTotals![i]!))) ?? null,
    columnTotals: protectedTable.columnTotals.map((cell, j) => published(cell, k, key(keys.columnTotals[j]!))),
    total: published(protectedTable.total, k, key(keys.total)),
  });
  return { table, suppressed: countSuppressed(protectedTable), protectedTable };
}

const hours = (minutes: number) => Math.round(minutes / 60);

/** Whole hours, hidden wherever the contacts' table hides its count. */
export function anonymiseHours(raw: RawHoursTable, mask: ProtectedTable): Anonymised {
  const show = (cell: Cell, minutes: number) => (cell.suppressed === false ? hours(minutes) : null);
  const rowMinutes = raw.minutes.map((row) => row.reduce((a, b) => a + b, 0));
  const columnMinutes = raw.columns.map((_, j) => raw.minutes.reduce((a, row) => a + row[j]!, 0));
  const table = toDoc(raw, 'Stunden', {
    cells: mask.cells.map((row, i) => row.map((cell, j) => show(cell, raw.minutes[i]![j]!))),
    rowTotals: mask.rowTotals?.map((cell, i) => show(cell, rowMinutes[i]!)) ?? null,
    columnTotals: mask.columnTotals.map((cell, j) => show(cell, columnMinutes[j]!)),
    total: show(
      mask.total,
      rowMinutes.reduce((a, b) => a + b, 0),
    ),
  });
  return { table, suppressed: countSuppressed(mask) };
}

export function anonymiseMeasures(raw: RawMeasureTable, k: number): Anonymised {
  const rows = raw.rows.map(({ key, label, unitOfMeasure, value, basis }) => ({
    key,
    label,
    unitOfMeasure,
    value: value === null ? null : publishIfEnough(value, basis, k),
  }));
  const table: MeasureTableDoc = { kind: 'measures', id: raw.id, section: raw.section, title: raw.title, rowTitle: raw.rowTitle, rows };
  return { table, suppressed: rows.filter((r, i) => r.value === null && raw.rows[i]!.value !== null).length };
}

/** All tables in order; hours follow the suppression of their contacts' table. */
export function anonymiseAll(raws: readonly RawTable[], k: number, perturb: boolean): Anonymised[] {
  const masks = new Map<string, ProtectedTable>();
  return raws.map((raw) => {
    if (raw.kind === 'counts') {
      const { table, suppressed, protectedTable } = anonymiseCounts(raw, k, perturb);
      masks.set(raw.id, protectedTable);
      return { table, suppressed };
    }
    if (raw.kind === 'hours') {
      const mask = masks.get(raw.countsOf);
      if (!mask) throw new Error(`${raw.id}: the table ${raw.countsOf} must come first`);
      return anonymiseHours(raw, mask);
    }
    return anonymiseMeasures(raw, k);
  });
}
