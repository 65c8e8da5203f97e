import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { linkOf } from '../../../electron/services/statistics/anonymise';
import { deviation } from '../../../electron/services/statistics/cellKey';
import { districtCellKeys, districtSecret, protectDistrict } from '../../../electron/services/statistics/districtProtection';
import { FIXTURE_LAYOUT, randomUnitTables } from '../../fixtures/maskedExports';
import { seeded } from '../../fixtures/seeded';

const SPACE = 2 ** 32;
const sumKeys = (keys: number[]) => keys.reduce((a, b) => (a + b) % SPACE, 0);
const layout = (id: string) => FIXTURE_LAYOUT.find((t) => t.id === id)!;

describe('the district secret', () => {
  const base = {
    codes: ['AAAA'],
    period: '2026-Q3',
    vectors: [
      { unitId: 'b', quarter: '2026-Q3', vector: [1, 2] },
      { unitId: 'a', quarter: '2026-Q3', vector: [3, 4] },
    ],
  };
  it('is the same for the same files in any order, and changes with any vector, code or period', () => {
    const secret = districtSecret(base);
    expect(districtSecret({ ...base, vectors: [...base.vectors].reverse() })).toBe(secret);
    expect(districtSecret({ ...base, vectors: [base.vectors[0]!, { ...base.vectors[1]!, vector: [3, 5] }] })).not.toBe(secret);
    expect(districtSecret({ ...base, codes: ['BBBB'] })).not.toBe(secret);
    expect(districtSecret({ ...base, period: '2026-Q2' })).not.toBe(secret);
  });
});

describe('cell keys of linked totals', () => {
  const secrets = ['eins', 'zwei', 'drei'];

  it('the tables of a group share the key of their grand total', () => {
    const group = FIXTURE_LAYOUT.filter((t) => linkOf(t.id)?.group === 'faelle-neu');
    expect(group.map((t) => t.id)).toEqual(['faelle-neu-altersgruppe', 'faelle-neu-gemeinde']);
    for (const secret of secrets) {
      const totals = group.map((t) => sumKeys(districtCellKeys(secret, t).flat()));
      expect(totals[0]).toBe(totals[1]);
      // Without the adjustment they would differ: the plain HMACs of the cells.
      const plain = group.map((t) =>
        sumKeys(t.rows.flatMap((r) => t.columns.map((c) => createHmac('sha256', secret).update(`cell|${t.id}|${r.key}|${c.key}`).digest().readUInt32BE(0)))),
      );
      expect(plain[0]).not.toBe(plain[1]);
    }
  });

  it('kurzberatung’s tables share every column total’s key too; a table outside any group keeps its plain keys', () => {
    for (const secret of secrets) {
      const [topic, language] = ['kurzberatung-thema', 'kurzberatung-sprache'].map((id) => districtCellKeys(secret, layout(id)));
      layout('kurzberatung-thema').columns.forEach((_, j) => {
        expect(sumKeys(topic!.map((row) => row[j]!))).toBe(sumKeys(language!.map((row) => row[j]!)));
      });
      expect(sumKeys(topic!.flat())).toBe(sumKeys(language!.flat()));
      const running = layout('faelle-laufend-altersgruppe');
      expect(linkOf(running.id)?.group).toBe('faelle-laufend');
      const ownKeys = districtCellKeys(secret, layout('faelle-neu-gemeinde'));
      expect(ownKeys[1]![0]).toBe(createHmac('sha256', secret).update('cell|faelle-neu-gemeinde|gemeinde-suedtal|anzahl').digest().readUInt32BE(0));
    }
  });

  it('so a total published in two tables of its group is moved alike in both', () => {
    const random = seeded(17);
    let compared = 0;
    for (let round = 0; round < 40; round++) {
      const units = [0, 1, 2].map(() => randomUnitTables(random, 20));
      const exact = FIXTURE_LAYOUT.map((t) => ({
        layout: t,
        values: t.rows.map((_, i) => t.columns.map((_, j) => units.reduce((s, u) => s + u.get(t.id)![i]![j]!, 0))),
      }));
      const secret = `runde ${round}`;
      const result = protectDistrict(exact, { threshold: 3, perturbation: true }, secret);
      const [age, place] = ['faelle-neu-altersgruppe', 'faelle-neu-gemeinde'].map((id) => result.tables.get(id)!);
      expect(age!.total.value).toBe(place!.total.value);
      const [topic, language] = ['kurzberatung-thema', 'kurzberatung-sprache'].map((id) => result.tables.get(id)!);
      expect(topic!.columnTotals.map((c) => c.value)).toEqual(language!.columnTotals.map((c) => c.value));
      expect(topic!.total.value).toBe(language!.total.value);
      const trueTotal = exact[0]!.values.flat().reduce((a, b) => a + b, 0);
      if (age!.total.value !== null) {
        compared += 1;
        const key = sumKeys(districtCellKeys(secret, layout('faelle-neu-altersgruppe')).flat());
        expect(age!.total.value).toBe(trueTotal + deviation(key, trueTotal, 3));
      }
    }
    expect(compared).toBeGreaterThan(20);
  });
});

describe('protecting the exact sums', () => {
  it('hides 1..k−1 and counts hidden and all entries of the count tables (not the hours)', () => {
    const values = (id: string, fill: (i: number, j: number) => number) => ({
      layout: layout(id),
      values: layout(id).rows.map((_, i) => layout(id).columns.map((_, j) => fill(i, j))),
    });
    const tables = [values('kontakte-art-ort', (i, j) => (i === 0 && j === 0 ? 2 : 20 + i + j)), values('kontakte-stunden-art-ort', () => 600)];
    const result = protectDistrict(tables, { threshold: 5, perturbation: false }, 'geheim');
    const counts = result.tables.get('kontakte-art-ort')!;
    expect(counts.cells[0]![0]!).toEqual({ value: null, lowerBound: false });
    // The totals stay (they are far above k); the inner cells protect the small one.
    expect(counts.total.value).toBe(2 + 21 + 21 + 22 + 22 + 23);
    const big = protectDistrict([values('kontakte-art-ort', (i, j) => 20 + i + j), tables[1]!], { threshold: 5, perturbation: false }, 'geheim');
    const shown = big.tables.get('kontakte-art-ort')!.cells.flatMap((row, i) => row.map((cell, j) => ({ i, j, value: cell.value })));
    for (const { i, j, value } of shown) expect(value).toBe(20 + i + j);
    expect(big.hidden).toBe(0);
    // 6 cells, 3 row totals, 2 column totals, 1 total
    expect(result.entries).toBe(12);
    const hiddenHere = [...counts.cells.flat(), ...counts.rowTotals!, ...counts.columnTotals, counts.total].filter((c) => c.value === null).length;
    expect(result.hidden).toBe(hiddenHere);
    expect(hiddenHere).toBeGreaterThanOrEqual(4);
    const hours = result.tables.get('kontakte-stunden-art-ort')!;
    expect(hours.cells[0]![0]!.value).toBeNull();
    expect(big.tables.get('kontakte-stunden-art-ort')!.cells[1]![1]!.value).toBe(10);
    expect(result.perturbation).toBeNull();
    expect(protectDistrict(tables, { threshold: 5, perturbation: true }, 'geheim').perturbation).toBe(2);
  });
});
