/** Hand-made published documents for the attacker's own tests: tables written as they would be published. */
import type { PublishedCountTable, PublishedDocument } from './model';

type Value = number | null;

/** A one-column table: each row's cell is its total. */
export function oneColumn(
  id: string,
  title: string,
  rows: Record<string, Value>,
  total: Value,
  timing: PublishedCountTable['timing'] = 'zeitraum',
): PublishedCountTable {
  return {
    kind: 'counts',
    id,
    title,
    unitOfCount: 'Fälle',
    timing,
    columnTitle: null,
    rows: Object.keys(rows).map((key) => ({ key })),
    columns: [{ key: 'anzahl' }],
    cells: Object.values(rows).map((v) => [v]),
    rowTotals: null,
    columnTotals: [total],
    total,
  };
}

/** A table with columns: each row is its cells followed by its row total. */
export function grid(
  id: string,
  title: string,
  columns: string[],
  rows: Record<string, Value[]>,
  columnTotals: Value[],
  total: Value,
  unitOfCount = 'Fälle',
): PublishedCountTable {
  return {
    kind: 'counts',
    id,
    title,
    unitOfCount,
    timing: 'zeitraum',
    columnTitle: 'Spalte',
    rows: Object.keys(rows).map((key) => ({ key })),
    columns: columns.map((key) => ({ key })),
    cells: Object.values(rows).map((r) => r.slice(0, columns.length)),
    rowTotals: Object.values(rows).map((r) => r[columns.length]!),
    columnTotals,
    total,
  };
}

const QUARTER_DAYS: Record<string, [string, string]> = {
  Q1: ['01-01', '03-31'],
  Q2: ['04-01', '06-30'],
  Q3: ['07-01', '09-30'],
  Q4: ['10-01', '12-31'],
  H1: ['01-01', '06-30'],
  H2: ['07-01', '12-31'],
};

/** The period of a label: '2026-Q3', '2026-H1' or '2026'. */
export function periodOf(label: string): PublishedDocument['period'] {
  const [year, part] = label.split('-') as [string, string | undefined];
  const [from, to] = part ? QUARTER_DAYS[part]! : ['01-01', '12-31'];
  return { label, from: `${year}-${from}`, to: `${year}-${to}` };
}

export function documentOf(label: string, tables: PublishedCountTable[], options: { k?: number; maxDeviation?: number } = {}): PublishedDocument {
  return {
    period: periodOf(label),
    threshold: options.k ?? 5,
    perturbation: options.maxDeviation ? { maxDeviation: options.maxDeviation } : null,
    tables,
  };
}
