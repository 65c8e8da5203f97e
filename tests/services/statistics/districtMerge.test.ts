import { describe, expect, it } from 'vitest';
import { districtCellText, type DistrictCountTable, type DistrictMeasureTable } from '../../../electron/contract/areas/district';
import type { CountTableDoc, CountTiming } from '../../../electron/contract/statisticsDocument';
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
  timing: CountTiming = 'zeitraum',
): CountTableDoc {
  const columns = cells[0]!.length === 2 ? ['f', 'm'] : ['anzahl'];
  return {
    kind: 'counts',
    id,
    section: 'faelle',
    title: 'Fälle nach Merkmal',
    unitOfCount: 'Fälle',
    timing,
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
      { unitId: A_ID, total: 23, lowerBound: false, hasTable: true },
      { unitId: B_ID, total: 22, lowerBound: false, hasTable: true },
    ]);
  });

  it('lists medians per unit instead of adding them', () => {
    const measures = report.tables.find((t) => t.kind === 'measures') as DistrictMeasureTable;
    expect(measures.rows).toEqual([
      expect.objectContaining({
        key: 'median',
        values: [
          { unitId: A_ID, quarter: '2026-Q3', value: 14 },
          { unitId: B_ID, quarter: '2026-Q3', value: null },
        ],
      }),
      expect.objectContaining({ key: 'nur_a', values: [{ unitId: A_ID, quarter: '2026-Q3', value: 3 }] }),
    ]);
  });

  it('names the units, the period and the different thresholds', () => {
    expect(report.districtName).toBe('Kreis Beispiel');
    expect(report.createdOn).toBe('2026-10-10');
    expect(report.period).toEqual({ label: '2026-Q3', kind: 'quartal', from: '2026-07-01', to: '2026-09-30', title: '3. Quartal 2026', quarters: ['2026-Q3'] });
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
    expect(table.unitTotals[1]).toEqual({ unitId: C_ID, total: null, lowerBound: true, hasTable: false });
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

describe('mergeDistrict over a half-year built from quarters', () => {
  // 'neu' counts over the quarter, 'laufend' the state on its last day. True counts:
  // A Q1: neu x 10, y 3 (hidden); laufend x 20, y 5.   A Q2: neu x 7, y 4; laufend x 22, y 3 (hidden).
  // B Q1: neu x 6, y 5; laufend x 9, y 8.               B Q2: not delivered.
  const quarterOf = (unitId: string, unitName: string, period: string, neu: CountTableDoc, laufend: CountTableDoc, median: number | null) =>
    statisticsDoc({ unitId, unitName, period, tables: [neu, laufend, measureTable('m', [{ key: 'median', value: median }])] });
  const aQ1 = quarterOf(
    A_ID,
    'Stelle A',
    '2026-Q1',
    published('neu', ['x', 'y'], [[10], [null]], null, [13], 13),
    published('laufend', ['x', 'y'], [[20], [5]], null, [25], 25, 'stichtag'),
    14,
  );
  const aQ2 = quarterOf(
    A_ID,
    'Stelle A',
    '2026-Q2',
    published('neu', ['x', 'y'], [[7], [4]], null, [11], 11),
    published('laufend', ['x', 'y'], [[22], [null]], null, [25], 25, 'stichtag'),
    null,
  );
  const bQ1 = quarterOf(
    B_ID,
    'Stelle B',
    '2026-Q1',
    published('neu', ['x', 'y'], [[6], [5]], null, [11], 11),
    published('laufend', ['x', 'y'], [[9], [8]], null, [17], 17, 'stichtag'),
    12,
  );

  it("sums a unit's 'zeitraum' tables over its quarters and takes 'stichtag' tables from the last quarter", () => {
    const report = mergeDistrict(parsed(aQ1, aQ2));
    expect(report.period).toEqual({
      label: '2026-H1',
      kind: 'halbjahr',
      from: '2026-01-01',
      to: '2026-06-30',
      title: '1. Halbjahr 2026',
      quarters: ['2026-Q1', '2026-Q2'],
    });
    const neu = counts(report.tables, 'neu');
    expect(neu.timing).toBe('zeitraum');
    expect(texts(neu.cells.map((r) => r[0]!))).toEqual(['17', '≥ 4']); // x 10 + 7; y hidden in Q1 + 4
    expect(districtCellText(neu.total)).toBe('24');
    const laufend = counts(report.tables, 'laufend');
    expect(laufend.timing).toBe('stichtag');
    expect(texts(laufend.cells.map((r) => r[0]!))).toEqual(['22', '•']); // Q2 only, not 20 + 22
    expect(districtCellText(laufend.total)).toBe('25');
    expect(report.units[0]).toMatchObject({
      deliveries: [
        { quarter: '2026-Q1', fileName: 'datei-1.json' },
        { quarter: '2026-Q2', fileName: 'datei-2.json' },
      ],
      missingQuarters: [],
    });
    expect(report.notes).toContainEqual(
      expect.stringMatching(/^1\. Halbjahr 2026 ist aus dem 1\. und 2\. Quartal 2026 zusammengesetzt: .*Ende des 2\. Quartals 2026 \(30\.06\.2026\)/),
    );
  });

  it('makes every sum a unit with a missing quarter touches a lower bound, and names the quarter', () => {
    const report = mergeDistrict(parsed(aQ1, aQ2, bQ1), [], { period: '2026-H1' });
    const neu = counts(report.tables, 'neu');
    expect(texts(neu.cells.map((r) => r[0]!))).toEqual(['≥ 23', '≥ 9']); // B's Q1 counts, its Q2 is unknown
    expect(districtCellText(neu.total)).toBe('≥ 35');
    const laufend = counts(report.tables, 'laufend');
    expect(texts(laufend.cells.map((r) => r[0]!))).toEqual(['≥ 22', '•']); // B's state at the end of Q2 is unknown
    expect(districtCellText(laufend.total)).toBe('≥ 25');
    expect(neu.unitTotals).toEqual([
      { unitId: A_ID, total: 24, lowerBound: false, hasTable: true },
      { unitId: B_ID, total: 11, lowerBound: true, hasTable: true },
    ]);
    expect(laufend.unitTotals[1]).toEqual({ unitId: B_ID, total: null, lowerBound: true, hasTable: false });
    expect(report.units[1]).toMatchObject({ name: 'Stelle B', missingQuarters: ['2026-Q2'], deliveries: [{ quarter: '2026-Q1', fileName: 'datei-3.json' }] });
    expect(report.notes).toContainEqual(
      expect.stringMatching(
        /^Von „Stelle B“ fehlt der Export für das 2\. Quartal 2026\. Alle Summen, zu denen die Stelle beiträgt, sind deshalb nur Untergrenzen oder nicht bekannt; ihre Zahlen zum Stichtag fehlen ganz/,
      ),
    );
  });

  it('lists medians per unit and quarter, never merged', () => {
    const report = mergeDistrict(parsed(aQ1, aQ2, bQ1));
    const measures = report.tables.find((t) => t.kind === 'measures') as DistrictMeasureTable;
    expect(measures.rows[0]!.values).toEqual([
      { unitId: A_ID, quarter: '2026-Q1', value: 14 },
      { unitId: A_ID, quarter: '2026-Q2', value: null },
      { unitId: B_ID, quarter: '2026-Q1', value: 12 },
    ]);
  });

  it('a year takes the stichtag of its fourth quarter; a unit without it is unknown there', () => {
    const report = mergeDistrict(parsed(aQ1, aQ2), [], { period: '2026' });
    expect(report.period.quarters).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    expect(report.units[0]!.missingQuarters).toEqual(['2026-Q3', '2026-Q4']);
    expect(districtCellText(counts(report.tables, 'laufend').total)).toBe('•');
    expect(districtCellText(counts(report.tables, 'neu').total)).toBe('≥ 24');
  });

  it('compares with the previous half-year', () => {
    const h2 = ['2026-Q3', '2026-Q4'].map((q, i) =>
      quarterOf(
        A_ID,
        'Stelle A',
        q,
        published('neu', ['x', 'y'], [[5 + i], [6]], null, [11 + i], 11 + i),
        published('laufend', ['x'], [[30]], null, [30], 30, 'stichtag'),
        9,
      ),
    );
    const report = mergeDistrict(parsed(...h2), parsed(aQ1, aQ2));
    expect(report.period.title).toBe('2. Halbjahr 2026');
    expect(report.previous?.period.title).toBe('1. Halbjahr 2026');
    expect(counts(report.tables, 'neu').total).toMatchObject({ value: 23, previous: { value: 24, lowerBound: false }, change: -1 });
  });
});
