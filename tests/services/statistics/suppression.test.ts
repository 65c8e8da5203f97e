import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { protectTable, publishIfEnough, type Cell, type ProtectedTable } from '../../../electron/services/statistics/suppression';
import { determinedEntries, smallHiddenSums, type PublishedTable } from './attack';

const tableArb = fc
  .record({ rows: fc.integer({ min: 1, max: 7 }), columns: fc.integer({ min: 1, max: 6 }), k: fc.integer({ min: 3, max: 10 }) })
  .chain(({ rows, columns, k }) =>
    fc.record({
      k: fc.constant(k),
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

describe('suppression', () => {
  it('never publishes a count between 1 and k−1 (property)', () => {
    fc.assert(
      fc.property(tableArb, ({ cells, k }) => {
        const published = allCells(protectTable(named(cells), k)).filter((c) => !c.suppressed);
        return published.every((c) => c.value === 0 || c.value! >= k);
      }),
      { numRuns: 500 },
    );
  });

  it('leaves no line with exactly one suppressed entry, so none can be recovered by subtraction (property)', () => {
    fc.assert(
      fc.property(tableArb, ({ cells, k }) => {
        const t = protectTable(named(cells), k);
        return lines(t).every((line) => line.filter((c) => c.suppressed !== false).length !== 1);
      }),
      { numRuns: 500 },
    );
  });

  it('leaves no suppressed entry that the equations of all lines together fix to one value (property)', () => {
    fc.assert(
      fc.property(tableArb, ({ cells, k }) => determinedEntries(published(protectTable(named(cells), k))).length === 0),
      { numRuns: 1000 },
    );
  });

  it('leaves no line whose suppressed entries add up to a computable count between 1 and k−1 (property)', () => {
    fc.assert(
      fc.property(tableArb, ({ cells, k }) => smallHiddenSums(published(protectTable(named(cells), k)), k, truthOf(cells)).length === 0),
      { numRuns: 1000 },
    );
  });

  it('publishes true values only (property)', () => {
    fc.assert(
      fc.property(tableArb, ({ cells, k }) => {
        const t = protectTable(named(cells), k);
        const inner = t.cells.every((row, i) => row.every((c, j) => c.suppressed || c.value === cells[i]![j]));
        const total = cells.flat().reduce((a, b) => a + b, 0);
        return inner && (t.total.suppressed !== false || t.total.value === total);
      }),
      { numRuns: 300 },
    );
  });

  it('a one-column table with one small count hides a second cell', () => {
    const t = protectTable({ rows: ['Kreisstadt', 'Nordheim', 'Südwalde'], columns: ['Fälle'], cells: [[12], [2], [9]] }, 5);
    expect(t.cells.map((r) => r[0])).toEqual([
      { value: 12, suppressed: false },
      { value: null, suppressed: 'primary' },
      { value: null, suppressed: 'secondary' },
    ]);
    expect(t.total).toEqual({ value: 23, suppressed: false });
    expect(t.rowTotals).toBeNull();
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
    const t = protectTable(named(cells), 6);
    expect(determinedEntries(published(t))).toEqual([]);
    expect(t.cells[0]![0]!.suppressed).toBe('primary');
  });

  it('refuses a threshold below 3', () => {
    expect(() => protectTable(named([[1]]), 2)).toThrow();
  });

  it('publishes medians and shares only when they rest on at least k cases', () => {
    expect(publishIfEnough(42, 4, 5)).toBeNull();
    expect(publishIfEnough(42, 5, 5)).toBe(42);
  });
});
