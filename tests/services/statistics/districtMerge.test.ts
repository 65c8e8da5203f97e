import { describe, expect, it } from 'vitest';
import { districtCellText, type DistrictCountTable, type DistrictMeasureTable } from '../../../electron/contract/areas/district';
import type { CountTableDoc } from '../../../electron/contract/statisticsDocument';
import { mergeDistrict, type ParsedExport } from '../../../electron/services/statistics/districtMerge';
import { measureTable, statisticsDoc } from '../../fixtures/statisticsDocuments';

/** A hand-written table as a unit published it (null = "•"). */
function published(
  id: string,
  rows: string[],
  cells: (number | null)[][],
  rowTotals: (number | null)[] | null,
  columnTotals: (number | null)[],
  total: number | null,
): CountTableDoc {
  const columns = cells[0]!.length === 2 ? ['f', 'm'] : ['anzahl'];
  return {
    kind: 'counts',
    id,
    section: 'faelle',
    title: 'Fälle nach Merkmal',
    unitOfCount: 'Fälle',
    rowTitle: 'Merkmal',
    columnTitle: columns.length > 1 ? 'Geschlecht' : null,
    rows: rows.map((key) => ({ key, label: key.toUpperCase() })),
    columns: columns.map((key) => ({ key, label: key })),
    cells,
    rowTotals,
    columnTotals,
    total,
  };
}

const A_ID = '11111111-1111-4111-8111-111111111111';
const B_ID = '22222222-2222-4222-8222-222222222222';
const C_ID = '33333333-3333-4333-8333-333333333333';

// True counts of A: [[10, 3], [2, 8]]; of B: x [5, 6], y [0, 9], z [1, 1].
const unitA = statisticsDoc({
  unitId: A_ID,
  unitName: 'Stelle A',
  tables: [
    published(
      't',
      ['x', 'y'],
      [
        [10, null],
        [null, 8],
      ],
      [13, 10],
      [12, 11],
      23,
    ),
    measureTable('m', [
      { key: 'median', value: 14 },
      { key: 'nur_a', value: 3 },
    ]),
  ],
});
const unitB = statisticsDoc({
  unitId: B_ID,
  unitName: 'Stelle B',
  k: 4,
  tables: [
    published(
      't',
      ['x', 'y', 'z'],
      [
        [5, 6],
        [0, 9],
        [null, null],
      ],
      [11, 9, null],
      [6, 16],
      22,
    ),
    measureTable('m', [{ key: 'median', value: null }]),
  ],
});
const parsed = (...docs: ReturnType<typeof statisticsDoc>[]): ParsedExport[] => docs.map((document, i) => ({ name: `datei-${i + 1}.json`, document }));
const counts = (tables: readonly { kind: string }[], id = 't') =>
  tables.find((t) => t.kind === 'counts' && (t as DistrictCountTable).id === id) as DistrictCountTable;
const texts = (cells: readonly { value: number | null; lowerBound: boolean }[]) => cells.map(districtCellText);

describe('mergeDistrict on a hand-built district', () => {
  const report = mergeDistrict(parsed(unitA, unitB), [], { districtName: 'Kreis Beispiel', createdOn: '2026-10-10' });
  const table = counts(report.tables);

  it('adds up what the units published; a sum with a secret part is a lower bound; nothing known is "•"', () => {
    expect(table.rows.map((r) => r.key)).toEqual(['x', 'y', 'z']);
    expect(texts(table.cells[0]!)).toEqual(['15', '≥ 6']);
    expect(texts(table.cells[1]!)).toEqual(['•', '17']); // A's part kept secret, B's is 0: unknown
    expect(texts(table.cells[2]!)).toEqual(['•', '•']); // only B has z, and kept it secret
    expect(table.cells[0]![0]).toMatchObject({ value: 15, lowerBound: false });
    expect(table.cells[0]![1]).toMatchObject({ value: 6, lowerBound: true });
    expect(table.cells[1]![0]).toMatchObject({ value: null, lowerBound: true });
  });

  it("merges the totals from the units' totals, a secret total counting with its published cells", () => {
    expect(texts(table.rowTotals!)).toEqual(['24', '19', '•']);
    expect(texts(table.columnTotals)).toEqual(['18', '27']);
    expect(districtCellText(table.total)).toBe('45');
    expect(table.unitTotals).toEqual([
      { unitId: A_ID, total: 23, hasTable: true },
      { unitId: B_ID, total: 22, hasTable: true },
    ]);
  });

  it('lists medians and shares per unit instead of adding them', () => {
    const measures = report.tables.find((t) => t.kind === 'measures') as DistrictMeasureTable;
    expect(measures.rows).toEqual([
      expect.objectContaining({
        key: 'median',
        values: [
          { unitId: A_ID, value: 14 },
          { unitId: B_ID, value: null },
        ],
      }),
      expect.objectContaining({ key: 'nur_a', values: [{ unitId: A_ID, value: 3 }] }),
    ]);
  });

  it('names the units, the period and the different thresholds', () => {
    expect(report.districtName).toBe('Kreis Beispiel');
    expect(report.createdOn).toBe('2026-10-10');
    expect(report.period).toMatchObject({ label: '2026-Q3', kind: 'quartal', from: '2026-07-01', to: '2026-09-30', title: '3. Quartal 2026' });
    expect(report.units.map((u) => [u.name, u.threshold, u.fileName])).toEqual([
      ['Stelle A', 5, 'datei-1.json'],
      ['Stelle B', 4, 'datei-2.json'],
    ]);
    expect(report.previous).toBeNull();
    expect(report.notes).toEqual([expect.stringMatching(/unterschiedlich kleine Zahlen geheim \(k = 4 bei „Stelle B“; k = 5 bei „Stelle A“\)/)]);
    expect(table.cells[0]![0]!.previous).toBeNull();
    expect(table.cells[0]![0]!.change).toBeNull();
  });
});

describe('mergeDistrict with a unit that lacks a table', () => {
  it('makes every sum of that table a lower bound and says so', () => {
    const unitC = statisticsDoc({ unitId: C_ID, unitName: 'Stelle C', tables: [measureTable('m', [{ key: 'median', value: 9 }])] });
    const report = mergeDistrict(parsed(unitA, unitC));
    const table = counts(report.tables);
    expect(texts(table.cells[0]!)).toEqual(['≥ 10', '•']);
    expect(districtCellText(table.total)).toBe('≥ 23');
    expect(table.unitTotals[1]).toEqual({ unitId: C_ID, total: null, hasTable: false });
    expect(report.notes).toContainEqual(expect.stringMatching(/Im Export von „Stelle C“ fehlen die Tabelle „Fälle nach Merkmal“/));
  });
});

describe('mergeDistrict compared with a previous period', () => {
  const previousA = statisticsDoc({
    unitId: A_ID,
    unitName: 'Stelle A',
    period: '2026-Q2',
    tables: [
      published(
        't',
        ['x', 'y'],
        [
          [8, null],
          [null, 6],
        ],
        [10, 9],
        [9, 10],
        19,
      ),
    ],
  });
  const report = mergeDistrict(parsed(unitA, unitB), parsed(previousA));
  const table = counts(report.tables);

  it('gives the change only where both numbers are exact', () => {
    expect(report.previous?.period.title).toBe('2. Quartal 2026');
    expect(table.rowTotals![0]).toEqual({ value: 24, lowerBound: false, previous: { value: 10, lowerBound: false }, change: 14 });
    expect(table.cells[0]![1]).toEqual({ value: 6, lowerBound: true, previous: { value: null, lowerBound: true }, change: null });
    expect(table.total).toMatchObject({ value: 45, change: 26 });
    // z did not exist in the previous period
    expect(table.rowTotals![2]!.previous).toBeNull();
  });

  it('warns that the units taking part differ', () => {
    expect(report.notes).toContainEqual(expect.stringMatching(/nicht dieselben Stellen.*nur jetzt dabei: „Stelle B“/));
  });
});

describe('mergeDistrict order of tables', () => {
  it('sorts by section and keeps the order of first appearance within one', () => {
    const doc = statisticsDoc({
      tables: [
        measureTable('z', [{ key: 'a', value: 1 }], { section: 'abschluss' }),
        { ...published('k2', ['x'], [[5]], null, [5], 5), section: 'kontakte' },
        { ...published('f1', ['x'], [[5]], null, [5], 5), section: 'faelle' },
        { ...published('k1', ['x'], [[5]], null, [5], 5), section: 'kontakte' },
      ],
    });
    const ids = mergeDistrict(parsed(doc)).tables.map((t) => t.id);
    expect(ids).toEqual(['f1', 'k2', 'k1', 'z']);
  });
});
