/**
 * Statistical disclosure control for the counts that leave the device.
 *
 * Primary suppression: a count between 1 and k−1 is never published.
 * Secondary suppression: a table is a set of lines (each row with its row total, each column
 * with its column total, the row totals and the column totals with the grand total). A line with
 * exactly one suppressed entry would give that entry away by subtraction, so another entry of the
 * line is suppressed too (the smallest non-zero inner cell, else the line's total), until no line
 * has exactly one.
 */

export const MIN_K = 3;
export const DEFAULT_K = 5;

export interface CountTable {
  rows: string[];
  columns: string[];
  /** rows × columns. */
  cells: number[][];
}

export type Cell = { value: number; suppressed: false } | { value: null; suppressed: 'primary' | 'secondary' };

export interface ProtectedTable {
  rows: string[];
  columns: string[];
  cells: Cell[][];
  /** Present when the table has more than one column. */
  rowTotals: Cell[] | null;
  columnTotals: Cell[];
  total: Cell;
}

type Position = { kind: 'cell'; row: number; column: number } | { kind: 'rowTotal'; row: number } | { kind: 'columnTotal'; column: number } | { kind: 'total' };

export function protectTable(table: CountTable, k: number): ProtectedTable {
  if (!Number.isInteger(k) || k < MIN_K) throw new Error(`k must be an integer ≥ ${MIN_K}`);
  const { rows, columns, cells } = table;
  const withRowTotals = columns.length > 1;
  const rowTotals = cells.map((row) => row.reduce((a, b) => a + b, 0));
  const columnTotals = columns.map((_, j) => cells.reduce((a, row) => a + (row[j] ?? 0), 0));
  const total = rowTotals.reduce((a, b) => a + b, 0);

  const value = (p: Position): number =>
    p.kind === 'cell' ? cells[p.row]![p.column]! : p.kind === 'rowTotal' ? rowTotals[p.row]! : p.kind === 'columnTotal' ? columnTotals[p.column]! : total;
  const key = (p: Position) => JSON.stringify(p);
  const suppressed = new Map<string, 'primary' | 'secondary'>();

  const positions: Position[] = [
    ...rows.flatMap((_, i) => columns.map((_, j): Position => ({ kind: 'cell', row: i, column: j }))),
    ...(withRowTotals ? rows.map((_, i): Position => ({ kind: 'rowTotal', row: i })) : []),
    ...columns.map((_, j): Position => ({ kind: 'columnTotal', column: j })),
    { kind: 'total' },
  ];
  for (const p of positions) {
    const v = value(p);
    if (v >= 1 && v < k) suppressed.set(key(p), 'primary');
  }

  // Each line: its inner entries, and the total they add up to.
  const lines: { members: Position[]; sum: Position }[] = [
    ...(withRowTotals
      ? rows.map((_, i) => ({ members: columns.map((_, j): Position => ({ kind: 'cell', row: i, column: j })), sum: { kind: 'rowTotal', row: i } as Position }))
      : []),
    ...columns.map((_, j) => ({ members: rows.map((_, i): Position => ({ kind: 'cell', row: i, column: j })), sum: { kind: 'columnTotal', column: j } as Position })),
    ...(withRowTotals ? [{ members: rows.map((_, i): Position => ({ kind: 'rowTotal', row: i })), sum: { kind: 'total' } as Position }] : []),
    { members: columns.map((_, j): Position => ({ kind: 'columnTotal', column: j })), sum: { kind: 'total' } as Position },
  ];

  for (let changed = true; changed; ) {
    changed = false;
    for (const line of lines) {
      const entries = [...line.members, line.sum];
      if (entries.filter((p) => suppressed.has(key(p))).length !== 1) continue;
      const candidates = line.members.filter((p) => !suppressed.has(key(p)) && value(p) > 0).sort((a, b) => value(a) - value(b));
      const next = candidates[0] ?? (suppressed.has(key(line.sum)) ? line.members.find((p) => !suppressed.has(key(p))) : line.sum);
      if (!next) continue; // a one-entry line: its only member and its total are the same number
      suppressed.set(key(next), 'secondary');
      changed = true;
    }
  }

  const cell = (p: Position): Cell => {
    const why = suppressed.get(key(p));
    return why ? { value: null, suppressed: why } : { value: value(p), suppressed: false };
  };
  return {
    rows,
    columns,
    cells: rows.map((_, i) => columns.map((_, j) => cell({ kind: 'cell', row: i, column: j }))),
    rowTotals: withRowTotals ? rows.map((_, i) => cell({ kind: 'rowTotal', row: i })) : null,
    columnTotals: columns.map((_, j) => cell({ kind: 'columnTotal', column: j })),
    total: cell({ kind: 'total' }),
  };
}

/** A median or share is published only where it rests on at least k cases. */
export function publishIfEnough(value: number, basedOn: number, k: number): number | null {
  return basedOn >= k ? value : null;
}
