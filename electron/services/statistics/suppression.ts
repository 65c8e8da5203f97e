/**
 * Statistical disclosure control for the counts that leave the device.
 *
 * Primary suppression: a count between 1 and k−1 is never published.
 * Secondary suppression: a table is a set of lines (each row with its row total, each column
 * with its column total, the row totals and the column totals with the grand total). Further
 * entries are suppressed until
 *  1. no line has exactly one suppressed entry (it would be its total minus the others);
 *  2. in no line with a published total do the suppressed entries add up to 1..k−1 (that sum is
 *     the total minus the published entries: a small count anybody can compute);
 *  3. no suppressed entry follows from all the table's equations together (linear algebra over
 *     the lines; an attacker with a spreadsheet solver finds no single value).
 *
 * Which entry is hidden next is taken in an order drawn from the unit's secret (keyedOrder:
 * HMAC-SHA256 of the secret, the table id and the position), not by value: with "the smallest
 * cell first" an attacker who knows the algorithm re-runs it over every table consistent with
 * what is published, and the tables that would not have given this pattern fall away, which
 * narrowed hidden cells down to one value. Among the candidates of an exposed line the non-zero
 * inner cells come first (hiding a zero protects nothing), then its total, then anything.
 */
import { createHmac } from 'node:crypto';

export const MIN_K = 3;
export const DEFAULT_K = 5;

export interface CountTable {
  /** Row keys: the keyed order reads them, so the same line keeps its place in every quarter. */
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

export type Position =
  | { kind: 'cell'; row: number; column: number }
  | { kind: 'rowTotal'; row: number }
  | { kind: 'columnTotal'; column: number }
  | { kind: 'total' };

/**
 * The rank of a position among the candidates for secondary suppression: the lowest goes first;
 * ties keep the order of the lines (row by row, then the totals).
 */
export type PartnerOrder = (p: Position) => number;

export interface ProtectOptions {
  /** Default: reading order (value-blind, but predictable); the statistic passes keyedOrder. */
  order?: PartnerOrder;
  /** Entries hidden from the start, e.g. a total another table of the document shares and hides. */
  forced?: readonly Position[];
}

/** A stable name of a position: by the line keys, so it is the same in every quarter. */
export function positionName(table: Pick<CountTable, 'rows' | 'columns'>, p: Position): string {
  switch (p.kind) {
    case 'cell':
      return `cell:${table.rows[p.row]}:${table.columns[p.column]}`;
    case 'rowTotal':
      return `rowTotal:${table.rows[p.row]}`;
    case 'columnTotal':
      return `columnTotal:${table.columns[p.column]}`;
    case 'total':
      return 'total';
  }
}

/**
 * The order of the statistic: 32 bits of HMAC-SHA256(secret, table id and position name). It
 * looks random to anyone without the secret and does not depend on any count, so the pattern of
 * secondary suppression tells nothing about the values behind it.
 */
export function keyedOrder(secret: string, tableId: string, table: Pick<CountTable, 'rows' | 'columns'>): PartnerOrder {
  const ranks = new Map<string, number>();
  return (p) => {
    const name = positionName(table, p);
    let rank = ranks.get(name);
    if (rank === undefined) {
      rank = createHmac('sha256', secret).update(`suppression\u0000${tableId}\u0000${name}`).digest().readUInt32BE(0);
      ranks.set(name, rank);
    }
    return rank;
  };
}

/**
 * The former order, smallest value first. Not used by the statistic: it leaks values to an
 * attacker who re-runs the algorithm. Kept for the attack suite, which shows the difference.
 */
export function valueOrder(table: CountTable): PartnerOrder {
  const rowTotals = table.cells.map((row) => row.reduce((a, b) => a + b, 0));
  const columnTotals = table.columns.map((_, j) => table.cells.reduce((a, row) => a + (row[j] ?? 0), 0));
  return (p) =>
    p.kind === 'cell'
      ? table.cells[p.row]![p.column]!
      : p.kind === 'rowTotal'
        ? rowTotals[p.row]!
        : p.kind === 'columnTotal'
          ? columnTotals[p.column]!
          : rowTotals.reduce((a, b) => a + b, 0);
}

/** Every position in the same rank: the stable sort keeps the order of the lines. */
export const readingOrder: PartnerOrder = () => 0;

export function protectTable(table: CountTable, k: number, options: ProtectOptions = {}): ProtectedTable {
  const order = options.order ?? readingOrder;
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
  for (const p of options.forced ?? []) if (!suppressed.has(key(p))) suppressed.set(key(p), 'secondary');

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
  const inOrder = (candidates: Position[]) =>
    candidates
      .map((p, index) => ({ p, index, rank: order(p) }))
      .sort((a, b) => a.rank - b.rank || a.index - b.index)
      .map((c) => c.p);
  /** The entry of these lines to suppress next: the first non-zero inner cell in the order, else a total, else any. */
  const partnerIn = (around: typeof lines): Position | undefined => {
    const members = around.flatMap((l) => l.members).filter((p) => !hidden(p));
    const first = inOrder(members.filter((p) => value(p) > 0))[0];
    return first ?? inOrder(around.map((l) => l.sum).filter((p) => !hidden(p)))[0] ?? inOrder(members)[0];
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

/** A median is published only where it rests on at least 2k cases (a median of few cases is nearly one person's value). */
export function publishIfEnough(value: number, basedOn: number, k: number): number | null {
  return basedOn >= 2 * k ? value : null;
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
