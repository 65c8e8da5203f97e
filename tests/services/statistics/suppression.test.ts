import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  keyedOrder,
  protectTable,
  publishIfEnough,
  valueOrder,
  type Cell,
  type Position,
  type ProtectedTable,
} from '../../../electron/services/statistics/suppression';
import { determinedEntries, smallHiddenSums, type PublishedTable } from './attack';

const tableArb = fc
  .record({ rows: fc.integer({ min: 1, max: 7 }), columns: fc.integer({ min: 1, max: 6 }), k: fc.integer({ min: 3, max: 10 }) })
  .chain(({ rows, columns, k }) =>
    fc.record({
      k: fc.constant(k),
      secret: fc.string({ minLength: 1, maxLength: 12 }),
      cells: fc.array(fc.array(fc.oneof(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 60 })), { minLength: columns, maxLength: columns }), {
        minLength: rows,
        maxLength: rows,
      }),
    }),
  );

const named = (cells: number[][]) => ({
  rows: cells.map((_, i) => `Zeile ${i + 1}`),
  columns: (cells[0] ?? []).map((_, j) => `Spalte ${j + 1}`),
  cells,
});

/** Every line of the published table: its inner entries and its total. */
function lines(t: ProtectedTable): Cell[][] {
  const result: Cell[][] = t.columns.map((_, j) => [...t.cells.map((row) => row[j]!), t.columnTotals[j]!]);
  if (t.rowTotals) {
    result.push(...t.cells.map((row, i) => [...row, t.rowTotals![i]!]));
    result.push([...t.rowTotals, t.total]);
  }
  result.push([...t.columnTotals, t.total]);
  return result;
}

/** The table as published: values, null where suppressed. */
const published = (t: ProtectedTable): PublishedTable => ({
  cells: t.cells.map((row) => row.map((c) => c.value)),
  rowTotals: t.rowTotals?.map((c) => c.value) ?? null,
  columnTotals: t.columnTotals.map((c) => c.value),
  total: t.total.value,
});

/** The true value behind an entry id of attack.ts (c<i>.<j>, R<i>, C<j>, t). */
const truthOf =
  (cells: number[][]) =>
  (id: string): number => {
    if (id === 't') return cells.flat().reduce((a, b) => a + b, 0);
    if (id.startsWith('R')) return cells[Number(id.slice(1))]!.reduce((a, b) => a + b, 0);
    if (id.startsWith('C')) return cells.reduce((a, row) => a + row[Number(id.slice(1))]!, 0);
    const [i, j] = id.slice(1).split('.').map(Number) as [number, number];
    return cells[i]![j]!;
  };

const allCells = (t: ProtectedTable): Cell[] => [...t.cells.flat(), ...(t.rowTotals ?? []), ...t.columnTotals, t.total];

/** Protected as the statistic does: partners in the order keyed by the unit's secret. */
const keyed = (cells: number[][], k: number, secret: string, forced: Position[] = []) => {
  const table = named(cells);
  return protectTable(table, k, { order: keyedOrder(secret, 'tabelle', table), forced });
};

/** Which entries are hidden, as a string of the table's shape ('x' hidden, '.' published). */
const pattern = (t: ProtectedTable) =>
  [
    t.cells.map((row) => row.map((c) => (c.suppressed ? 'x' : '.')).join('')).join('/'),
    ...[t.rowTotals ?? [], t.columnTotals, [t.total]].map((l) => l.map((c) => (c.suppressed ? 'x' : '.')).join('')),
  ].join(' ');

describe('suppression', () => {
  it('never publishes a count between 1 and k−1 (property)', () => {
    fc.assert(
      fc.property(tableArb, ({ cells, k, secret }) => {
        const published = allCells(keyed(cells, k, secret)).filter((c) => !c.suppressed);
        return published.every((c) => c.value === 0 || c.value! >= k);
      }),
      { numRuns: 500 },
    );
  });

  it('leaves no line with exactly one suppressed entry, so none can be recovered by subtraction (property)', () => {
    fc.assert(
      fc.property(tableArb, ({ cells, k, secret }) => {
        const t = keyed(cells, k, secret);
        return lines(t).every((line) => line.filter((c) => c.suppressed !== false).length !== 1);
      }),
      { numRuns: 500 },
    );
  });

  it('leaves no suppressed entry that the equations of all lines together fix to one value (property)', () => {
    fc.assert(
      fc.property(tableArb, ({ cells, k, secret }) => determinedEntries(published(keyed(cells, k, secret))).length === 0),
      { numRuns: 1000 },
    );
  });

  it('leaves no line whose suppressed entries add up to a computable count between 1 and k−1 (property)', () => {
    fc.assert(
      fc.property(tableArb, ({ cells, k, secret }) => smallHiddenSums(published(keyed(cells, k, secret)), k, truthOf(cells)).length === 0),
      { numRuns: 1000 },
    );
  });

  it('publishes true values only (property)', () => {
    fc.assert(
      fc.property(tableArb, ({ cells, k, secret }) => {
        const t = keyed(cells, k, secret);
        const inner = t.cells.every((row, i) => row.every((c, j) => c.suppressed || c.value === cells[i]![j]));
        const total = cells.flat().reduce((a, b) => a + b, 0);
        return inner && (t.total.suppressed !== false || t.total.value === total);
      }),
      { numRuns: 300 },
    );
  });

  it('a one-column table with one small count hides a second non-zero cell, whichever the order', () => {
    const table = { rows: ['Kreisstadt', 'Nordheim', 'Südwalde', 'Ostbach'], columns: ['Fälle'], cells: [[12], [2], [9], [0]] };
    for (const order of [valueOrder(table), keyedOrder('a', 'faelle', table), keyedOrder('b', 'faelle', table)]) {
      const t = protectTable(table, 5, { order });
      expect(t.cells[1]![0]).toEqual({ value: null, suppressed: 'primary' });
      expect(t.cells.map((r) => r[0]!.suppressed).filter((s) => s === 'secondary')).toHaveLength(1);
      expect(t.cells[3]![0]).toEqual({ value: 0, suppressed: false }); // hiding a zero protects nothing
      expect(t.total).toEqual({ value: 23, suppressed: false });
      expect(t.rowTotals).toBeNull();
    }
    // The former order hides the smallest (Südwalde, 9): the pattern told an attacker 9 < 12.
    expect(protectTable(table, 5, { order: valueOrder(table) }).cells[2]![0]!.suppressed).toBe('secondary');
  });

  it('in a two-way table hides a partner cell in the row and in the column', () => {
    const t = protectTable(
      {
        rows: ['A', 'B'],
        columns: ['weiblich', 'männlich'],
        cells: [
          [1, 20],
          [30, 40],
        ],
      },
      5,
    );
    expect(t.cells[0]![0]).toEqual({ value: null, suppressed: 'primary' });
    expect(t.cells[0]![1]!.suppressed).toBe('secondary');
    expect(t.cells[1]![0]!.suppressed).toBe('secondary');
    expect(t.cells[1]![1]!.suppressed).toBe('secondary');
  });

  it('hides more when the hidden cells of a line would add up to a small count', () => {
    // 3 and 3 at k = 8: hidden alone they would add up to 62 − 56 = 6.
    const t = protectTable({ rows: ['A', 'B', 'C'], columns: ['Fälle'], cells: [[3], [56], [3]] }, 8);
    expect(t.cells.map((r) => r[0]!.suppressed)).toEqual(['primary', 'secondary', 'primary']);
    expect(t.total).toEqual({ value: 62, suppressed: false });
  });

  it('hides more when the rows and columns together would give a hidden cell away', () => {
    const cells = [
      [1, 49, 23, 0],
      [0, 28, 0, 58],
      [56, 2, 0, 2],
    ];
    const t = keyed(cells, 6, 'geheim');
    expect(determinedEntries(published(t))).toEqual([]);
    expect(t.cells[0]![0]!.suppressed).toBe('primary');
  });

  it('refuses a threshold below 3', () => {
    expect(() => protectTable(named([[1]]), 2)).toThrow();
  });

  it('publishes a median only when it rests on at least 2k cases', () => {
    expect(publishIfEnough(42, 9, 5)).toBeNull();
    expect(publishIfEnough(42, 10, 5)).toBe(42);
  });
});

/**
 * Two tables of the same shape with small counts at the same places (and the same small values)
 * but different values elsewhere: in the keyed order their partners are the same, so the pattern
 * tells nothing about the values; the former order ("smallest first") gives them away.
 */
const samePatternArb = fc
  .record({
    rows: fc.integer({ min: 1, max: 6 }),
    columns: fc.integer({ min: 1, max: 5 }),
    k: fc.integer({ min: 3, max: 8 }),
    secret: fc.string({ minLength: 1 }),
  })
  .chain(({ rows, columns, k, secret }) => {
    const grid = <T>(arb: fc.Arbitrary<T>) => fc.array(fc.array(arb, { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows });
    return fc.record({
      k: fc.constant(k),
      secret: fc.constant(secret),
      small: grid(fc.option(fc.integer({ min: 1, max: k - 1 }), { freq: 3 })),
      a: grid(fc.integer({ min: k, max: 80 })),
      b: grid(fc.integer({ min: k, max: 80 })),
    });
  })
  .map(({ k, secret, small, a, b }) => ({
    k,
    secret,
    a: small.map((row, i) => row.map((v, j) => v ?? a[i]![j]!)),
    b: small.map((row, i) => row.map((v, j) => v ?? b[i]![j]!)),
  }));

describe('the order of secondary suppression', () => {
  it('keyed by the secret, does not depend on the values: the same small cells get their partners at the same places (property)', () => {
    fc.assert(
      fc.property(samePatternArb, ({ k, secret, a, b }) => pattern(keyed(a, k, secret)) === pattern(keyed(b, k, secret))),
      { numRuns: 500 },
    );
  });

  it('by value (the former order) does: the attacker learns which hidden cell is the smaller', () => {
    const a = [
      [2, 30, 40],
      [50, 60, 70],
    ];
    const b = [
      [2, 40, 30],
      [60, 50, 70],
    ];
    const byValue = (cells: number[][]) => protectTable(named(cells), 5, { order: valueOrder(named(cells)) });
    expect(pattern(byValue(a))).not.toBe(pattern(byValue(b)));
    expect(pattern(keyed(a, 5, 'geheim'))).toBe(pattern(keyed(b, 5, 'geheim')));
  });

  it("differs between secrets, so one unit's pattern does not predict another's", () => {
    const cells = [
      [2, 30, 40, 25, 33],
      [50, 60, 70, 41, 29],
      [45, 38, 61, 52, 47],
    ];
    const patterns = new Set(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((secret) => pattern(keyed(cells, 5, secret))));
    expect(patterns.size).toBeGreaterThan(1);
  });

  it('keeps the three rules with forced entries hidden, and hides every forced entry (property)', () => {
    const forcedArb = tableArb.chain((t) =>
      fc.record({
        t: fc.constant(t),
        forced: fc.subarray<Position>([
          { kind: 'total' },
          ...(t.cells[0] ?? []).map((_, j): Position => ({ kind: 'columnTotal', column: j })),
          ...t.cells.flatMap((row, i) => row.map((_, j): Position => ({ kind: 'cell', row: i, column: j }))),
        ]),
      }),
    );
    fc.assert(
      fc.property(forcedArb, ({ t: { cells, k, secret }, forced }) => {
        const p = keyed(cells, k, secret, forced);
        const at = (f: Position) =>
          f.kind === 'total'
            ? p.total
            : f.kind === 'columnTotal'
              ? p.columnTotals[f.column]!
              : f.kind === 'cell'
                ? p.cells[f.row]![f.column]!
                : p.rowTotals![f.row]!;
        return (
          forced.every((f) => at(f).suppressed !== false) &&
          lines(p).every((line) => line.filter((c) => c.suppressed !== false).length !== 1) &&
          determinedEntries(published(p)).length === 0 &&
          smallHiddenSums(published(p), k, truthOf(cells)).length === 0
        );
      }),
      { numRuns: 500 },
    );
  });
});
