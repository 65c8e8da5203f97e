/**
 * Statistical disclosure control for the counts that leave the device.
 *
 * Primary suppression: a count between 1 and k−1 is never published.
 * Secondary suppression: a table is a set of lines (each row with its row total, each column
 * with its column total, the row totals and the column totals with the grand total). Further
 * entries are suppressed (the smallest non-zero inner cell of the line, else its total) until
 *  1. no line has exactly one suppressed entry (it would be its total minus the others);
 *  2. in no line with a published total do the suppressed entries add up to 1..k−1 (that sum is
 *     the total minus the published entries: a small count anybody can compute);
 *  3. no suppressed entry follows from all the table's equations together (linear algebra over
 *     the lines; an attacker with a spreadsheet solver finds no single value).
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
    ...columns.map((_, j) => ({
      members: rows.map((_, i): Position => ({ kind: 'cell', row: i, column: j })),
      sum: { kind: 'columnTotal', column: j } as Position,
    })),
    ...(withRowTotals ? [{ members: rows.map((_, i): Position => ({ kind: 'rowTotal', row: i })), sum: { kind: 'total' } as Position }] : []),
    { members: columns.map((_, j): Position => ({ kind: 'columnTotal', column: j })), sum: { kind: 'total' } as Position },
  ];

  const hidden = (p: Position) => suppressed.has(key(p));
  const hide = (p: Position) => suppressed.set(key(p), 'secondary');
  /** The entry of these lines to suppress next: the smallest non-zero inner cell, else a total, else any. */
  const partnerIn = (around: typeof lines): Position | undefined => {
    const members = around.flatMap((l) => l.members).filter((p) => !hidden(p));
    const smallest = members.filter((p) => value(p) > 0).sort((a, b) => value(a) - value(b))[0];
    return smallest ?? around.map((l) => l.sum).find((p) => !hidden(p)) ?? members[0];
  };

  for (let changed = true; changed; ) {
    changed = false;
    for (const line of lines) {
      const count = [...line.members, line.sum].filter(hidden).length;
      const hiddenSum = line.members.filter(hidden).reduce((a, p) => a + value(p), 0);
      const exposed = count === 1 || (!hidden(line.sum) && hiddenSum > 0 && hiddenSum < k);
      const next = exposed ? partnerIn([line]) : undefined;
      if (!next) continue; // a one-entry line: its only member and its total are the same number
      hide(next);
      changed = true;
    }
    if (changed) continue;
    const determined = determinedPosition(lines, hidden, key);
    const next = determined ? partnerIn(lines.filter((l) => [...l.members, l.sum].some((p) => key(p) === key(determined)))) : undefined;
    if (next) {
      hide(next);
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

/**
 * A suppressed entry whose value the lines' equations fix, if any. Unknowns are the suppressed
 * entries; an unknown is fixed when, in the reduced row echelon form, its pivot row has no other
 * unknown left (every solution of the equations gives it the same value).
 */
function determinedPosition(
  lines: { members: Position[]; sum: Position }[],
  hidden: (p: Position) => boolean,
  key: (p: Position) => string,
): Position | undefined {
  const unknowns = new Map<string, { position: Position; index: number }>();
  for (const p of lines.flatMap((l) => [...l.members, l.sum]))
    if (hidden(p) && !unknowns.has(key(p))) unknowns.set(key(p), { position: p, index: unknowns.size });
  if (unknowns.size === 0) return undefined;
  const width = unknowns.size;
  const matrix = lines
    .map((l) => {
      const row = new Array<number>(width).fill(0);
      for (const p of l.members) if (hidden(p)) row[unknowns.get(key(p))!.index]! += 1;
      if (hidden(l.sum)) row[unknowns.get(key(l.sum))!.index]! -= 1;
      return row;
    })
    .filter((row) => row.some((v) => v !== 0));
  const pivots = reducedRowEchelon(matrix, width);
  const byIndex = [...unknowns.values()];
  for (const [rowIndex, column] of pivots) {
    const row = matrix[rowIndex]!;
    if (row.every((v, j) => j === column || Math.abs(v) < 1e-9)) return byIndex[column]!.position;
  }
  return undefined;
}

/** Brings the matrix to reduced row echelon form in place; returns [row, pivot column] pairs. */
function reducedRowEchelon(m: number[][], width: number): [number, number][] {
  const pivots: [number, number][] = [];
  let r = 0;
  for (let c = 0; c < width && r < m.length; c++) {
    let best = r;
    for (let i = r + 1; i < m.length; i++) if (Math.abs(m[i]![c]!) > Math.abs(m[best]![c]!)) best = i;
    if (Math.abs(m[best]![c]!) < 1e-9) continue;
    [m[r], m[best]] = [m[best]!, m[r]!];
    const pivot = m[r]![c]!;
    for (let j = c; j < width; j++) m[r]![j]! /= pivot;
    for (let i = 0; i < m.length; i++) {
      if (i === r) continue;
      const f = m[i]![c]!;
      if (Math.abs(f) > 1e-12) for (let j = c; j < width; j++) m[i]![j]! -= f * m[r]![j]!;
    }
    pivots.push([r, c]);
    r++;
  }
  return pivots;
}
