/**
 * Properties of the district merge on random districts: units with random true counts, protected
 * by the real suppression with their own k, each listing only some of the rows.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DistrictCell, DistrictCountTable } from '../../../electron/contract/areas/district';
import type { CountTableDoc } from '../../../electron/contract/statisticsDocument';
import { mergeDistrict, parseExports } from '../../../electron/services/statistics/districtMerge';
import { asFile, countTable, statisticsDoc } from '../../fixtures/statisticsDocuments';

const ROWS = ['a', 'b', 'c', 'd', 'e'];
const COLUMNS = ['x', 'y', 'z'];

interface RawUnit {
  k: number;
  rows: string[];
  cells: number[][];
}

const count = fc.oneof(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 40 }));

const districtArb = fc.integer({ min: 1, max: COLUMNS.length }).chain((columns) =>
  fc.record({
    columns: fc.constant(COLUMNS.slice(0, columns)),
    units: fc.array(
      fc.record({ k: fc.integer({ min: 3, max: 8 }), rows: fc.subarray(ROWS, { minLength: 1 }) }).chain(({ k, rows }) =>
        fc.record({
          k: fc.constant(k),
          rows: fc.constant(rows),
          cells: fc.array(fc.array(count, { minLength: columns, maxLength: columns }), { minLength: rows.length, maxLength: rows.length }),
        }),
      ),
      { minLength: 1, maxLength: 5 },
    ),
  }),
);

function build(columns: string[], units: RawUnit[]) {
  const tables = units.map((u) => countTable({ id: 't', rows: u.rows, columns, cells: u.cells }, u.k));
  const docs = tables.map((table, i) =>
    statisticsDoc({ unitId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, unitName: `Stelle ${i + 1}`, k: units[i]!.k, tables: [table] }),
  );
  const report = mergeDistrict(docs.map((document, i) => ({ name: `s${i}.json`, document })));
  return { tables, merged: report.tables[0] as DistrictCountTable };
}

/** True value and whether a unit kept its part secret, for one entry of the merged table. */
type Truth = { sum: number; secret: boolean };
type Pick = (unit: RawUnit, table: CountTableDoc) => { raw: number; published: number | null } | null;

function truth(units: RawUnit[], tables: CountTableDoc[], pick: Pick): Truth {
  let sum = 0;
  let secret = false;
  units.forEach((unit, i) => {
    const entry = pick(unit, tables[i]!);
    if (!entry) return;
    sum += entry.raw;
    secret ||= entry.published === null;
  });
  return { sum, secret };
}

function checkCell(cell: DistrictCell, { sum, secret }: Truth): void {
  // never above the true sum; exact when nothing was kept secret
  if (cell.value !== null) expect(cell.value).toBeLessThanOrEqual(sum);
  expect(cell.lowerBound).toBe(secret);
  if (!secret) expect(cell.value).toBe(sum);
  if (cell.value === null) expect(cell.lowerBound).toBe(true);
}

describe('district merge (properties)', () => {
  it('a merged number is never above the true sum, equals it when nothing was suppressed, and is flagged exactly when a part was', () => {
    fc.assert(
      fc.property(districtArb, ({ columns, units }) => {
        const { tables, merged } = build(columns, units);
        const rowOf = (unit: RawUnit, key: string) => unit.rows.indexOf(key);
        merged.rows.forEach((row, r) => {
          merged.columns.forEach((column, c) => {
            const j = columns.indexOf(column.key);
            checkCell(
              merged.cells[r]![c]!,
              truth(units, tables, (unit, table) => {
                const i = rowOf(unit, row.key);
                return i < 0 ? null : { raw: unit.cells[i]![j]!, published: table.cells[i]![j]! };
              }),
            );
          });
          const rowTotal = merged.rowTotals ? merged.rowTotals[r]! : merged.cells[r]![0]!;
          checkCell(
            rowTotal,
            truth(units, tables, (unit, table) => {
              const i = rowOf(unit, row.key);
              if (i < 0) return null;
              return { raw: unit.cells[i]!.reduce((s, v) => s + v, 0), published: table.rowTotals ? table.rowTotals[i]! : table.cells[i]![0]! };
            }),
          );
        });
        merged.columns.forEach((column, c) => {
          const j = columns.indexOf(column.key);
          checkCell(
            merged.columnTotals[c]!,
            truth(units, tables, (unit, table) => ({ raw: unit.cells.reduce((s, row) => s + row[j]!, 0), published: table.columnTotals[j]! })),
          );
        });
        checkCell(
          merged.total,
          truth(units, tables, (unit, table) => ({ raw: unit.cells.flat().reduce((s, v) => s + v, 0), published: table.total })),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('the order of the files does not change the numbers', () => {
    fc.assert(
      fc.property(districtArb, ({ columns, units }) => {
        const forward = build(columns, units).merged;
        const backward = build(columns, [...units].reverse()).merged;
        const byKey = (t: DistrictCountTable) =>
          Object.fromEntries(t.rows.flatMap((r, i) => t.columns.map((c, j) => [`${r.key}/${c.key}`, [t.cells[i]![j]!.value, t.cells[i]![j]!.lowerBound]])));
        expect(byKey(backward)).toEqual(byKey(forward));
        expect([backward.total.value, backward.total.lowerBound]).toEqual([forward.total.value, forward.total.lowerBound]);
      }),
      { numRuns: 100 },
    );
  });

  it('a half-year: never above the true sum of both quarters (or the last quarter for a stichtag), exact only when nothing was hidden or missing', () => {
    const quarterArb = fc.record({
      delivered: fc.boolean(),
      cells: fc.array(fc.array(count, { minLength: 2, maxLength: 2 }), { minLength: 3, maxLength: 3 }),
    });
    const unitArb = fc.record({ k: fc.integer({ min: 3, max: 8 }), quarters: fc.tuple(quarterArb, quarterArb) });
    fc.assert(
      fc.property(fc.array(unitArb, { minLength: 1, maxLength: 4 }), (drawn) => {
        const rows = ['a', 'b', 'c'];
        // A unit that delivered nothing is not known to the district at all.
        const units = drawn.filter((unit) => unit.quarters.some((q) => q.delivered));
        const docs = units.flatMap((unit, u) =>
          unit.quarters.flatMap((quarter, q) =>
            quarter.delivered
              ? [
                  statisticsDoc({
                    unitId: `00000000-0000-4000-8000-${String(u).padStart(12, '0')}`,
                    period: `2026-Q${q + 1}`,
                    k: unit.k,
                    tables: [
                      countTable({ id: 'z', rows, columns: ['x', 'y'], cells: quarter.cells }, unit.k),
                      countTable({ id: 's', timing: 'stichtag', rows, columns: ['x', 'y'], cells: quarter.cells }, unit.k),
                    ],
                  }),
                ]
              : [],
          ),
        );
        if (docs.length === 0) return;
        const report = mergeDistrict(
          docs.map((document, i) => ({ name: `s${i}.json`, document })),
          [],
          { period: '2026-H1' },
        );
        const table = (id: string) => report.tables.find((t) => t.id === id) as DistrictCountTable;
        const timed: [string, number[]][] = [
          ['z', [0, 1]],
          ['s', [1]],
        ];
        for (const [id, quarters] of timed) {
          const merged = table(id);
          const trueTotal = units.reduce(
            (sum, unit) => sum + quarters.reduce<number>((s, q) => s + unit.quarters[q]!.cells.flat().reduce((a, b) => a + b, 0), 0),
            0,
          );
          const missing = units.some((unit) => quarters.some((q) => !unit.quarters[q]!.delivered));
          if (merged.total.value !== null) expect(merged.total.value).toBeLessThanOrEqual(trueTotal);
          if (missing) expect(merged.total.lowerBound).toBe(true);
          merged.cells.forEach((line, r) =>
            line.forEach((cell, c) => {
              const sum = units.reduce((acc, unit) => acc + quarters.reduce<number>((s, q) => s + unit.quarters[q]!.cells[r]![c]!, 0), 0);
              if (cell.value !== null) expect(cell.value).toBeLessThanOrEqual(sum);
              if (!cell.lowerBound) expect(cell.value).toBe(sum);
              if (missing) expect(cell.lowerBound).toBe(true);
            }),
          );
        }
      }),
      { numRuns: 200 },
    );
  });

  it('every repeated file and every second export of a unit is refused, the rest is kept', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ unit: fc.integer({ min: 0, max: 3 }), day: fc.integer({ min: 1, max: 3 }) }), { minLength: 1, maxLength: 8 }),
        (picks) => {
          const files = picks.map(({ unit, day }, i) =>
            asFile(
              statisticsDoc({
                unitId: `00000000-0000-4000-8000-00000000000${unit}`,
                createdOn: `2026-10-0${day}`,
                tables: [countTable({ id: 't', rows: ['a'], columns: ['n'], cells: [[10]] })],
              }),
              `f${i}.json`,
            ),
          );
          const { documents, problems } = parseExports(files);
          const units = new Set(picks.map((p) => p.unit));
          expect(documents).toHaveLength(units.size);
          expect(problems).toHaveLength(files.length - units.size);
          for (const problem of problems) expect(problem.message).toMatch(/^(Diese Datei ist inhaltsgleich mit|Von der Stelle)/);
        },
      ),
    );
  });
});
