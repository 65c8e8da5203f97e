/**
 * The cell-key perturbation: bounded, never into 1..k−1, zeros kept, and consistent — the same
 * logical cell (the same records) gets the same deviation in every table and every quarter; the
 * hours of contacts move with their count, and the suppression pattern does not change with it.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CountTableDoc, StatisticsDocument } from '../../../electron/contract/statisticsDocument';
import { addKeys, deviation, keyDeviation, MAX_DEVIATION, perturbMeasure, recordKeyer } from '../../../electron/services/statistics/cellKey';
import { writeSetting } from '../../../db/queries/settings';
import { seededStore } from '../seed/helpers';
import { clockedStore, openCase } from './helpers';

const counts = (doc: StatisticsDocument) => doc.tables.filter((t): t is CountTableDoc => t.kind === 'counts' && t.unitOfCount !== 'Stunden');
const values = (t: CountTableDoc) => [...t.cells.flat(), ...(t.rowTotals ?? []), ...t.columnTotals, t.total];
const table = (doc: StatisticsDocument, id: string) => doc.tables.find((t) => t.id === id) as CountTableDoc;
const cell = (doc: StatisticsDocument, id: string, row: string) => {
  const t = table(doc, id);
  return t.cells[t.rows.findIndex((r) => r.key === row)]![0]!;
};

describe('deviation', () => {
  it('stays within ±2, keeps zeros, never makes a count fall below k, and depends only on key and value (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 0, max: 500 }), fc.integer({ min: 3, max: 10 }), (key, value, k) => {
        const d = deviation(key, value, k);
        if (value === 0) return d === 0;
        return Math.abs(d) <= MAX_DEVIATION && (value < k || value + d >= k) && deviation(key, value, k) === d;
      }),
      { numRuns: 2000 },
    );
  });

  it('follows its probability table: no change for half of the cells, ±1 for 40 %, ±2 for 10 %', () => {
    const seen = new Map<number, number>();
    const key = recordKeyer('geheim');
    for (let i = 0; i < 20_000; i++) {
      const d = deviation(key(`fall:${i}`), 100, 5);
      seen.set(d, (seen.get(d) ?? 0) + 1);
    }
    const share = (d: number) => (seen.get(d) ?? 0) / 20_000;
    expect(share(0)).toBeCloseTo(0.5, 1);
    expect(share(1) + share(-1)).toBeCloseTo(0.4, 1);
    expect(share(2) + share(-2)).toBeCloseTo(0.1, 1);
  });

  it('derives record keys from the unit secret: fixed for one secret, different for another', () => {
    expect(recordKeyer('a')('fall:1')).toBe(recordKeyer('a')('fall:1'));
    expect(recordKeyer('a')('fall:1')).not.toBe(recordKeyer('b')('fall:1'));
    expect(addKeys(2 ** 32 - 1, 2)).toBe(1);
  });

  it('moves a measure by the deviation of its key, never below 0 (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 0, max: 400 }), (key, value) => {
        const moved = perturbMeasure(key, value);
        return moved === Math.max(0, value + keyDeviation(key)) && Math.abs(keyDeviation(key)) <= MAX_DEVIATION;
      }),
    );
  });
});

const QUARTER = '2025-Q4';

describe('perturbation of a seeded store', () => {
  let plain: StatisticsDocument;
  let perturbed: StatisticsDocument;
  beforeAll(async () => {
    const s = await seededStore({ cases: 40, seed: 7 });
    s.statistics.updateSettings({ unitName: 'KIM Test', threshold: 3, perturbation: false });
    plain = s.statistics.preview({ period: QUARTER }).document;
    s.statistics.updateSettings({ perturbation: true });
    perturbed = s.statistics.preview({ period: QUARTER }).document;
  }, 60_000);

  it('moves published counts by at most 2, keeps zeros and suppressed cells, and publishes nothing in 1..k−1', () => {
    let moved = 0;
    for (const t of counts(plain)) {
      const before = values(t);
      const after = values(table(perturbed, t.id));
      after.forEach((v, i) => {
        const b = before[i]!;
        expect(v === null, t.id).toBe(b === null);
        if (v === null || b === null) return;
        if (b === 0) expect(v).toBe(0);
        expect(Math.abs(v - b)).toBeLessThanOrEqual(2);
        expect(v === 0 || v >= 3).toBe(true);
        if (v !== b) moved++;
      });
    }
    expect(moved).toBeGreaterThan(10);
    expect(perturbed.perturbation).toEqual({ method: 'cell-key', maxDeviation: 2 });
  });

  it('moves the hours of contacts by the deviation of their count', () => {
    const hoursBefore = values(table(plain, 'kontakte-stunden-art-ort'));
    const hoursAfter = values(table(perturbed, 'kontakte-stunden-art-ort'));
    const countBefore = values(table(plain, 'kontakte-art-ort'));
    const countAfter = values(table(perturbed, 'kontakte-art-ort'));
    let shown = 0;
    hoursAfter.forEach((h, i) => {
      expect(h === null).toBe(countAfter[i] === null);
      if (h === null) return;
      shown++;
      expect(h).toBe(Math.max(0, hoursBefore[i]! + countAfter[i]! - countBefore[i]!));
    });
    expect(shown).toBeGreaterThan(0);
  });

  it('gives the same total to every table of new cases that counts each case once', () => {
    const totals = ['gemeinde', 'altersgruppe', 'geschlecht', 'aufenthaltsstatus', 'herkunftsregion', 'zugangsweg'].map(
      (d) => table(perturbed, `faelle-neu-${d}`).total,
    );
    expect(new Set(totals).size).toBe(1);
  });
});

describe('the same logical cell in different tables and quarters', () => {
  it('gets the same deviation wherever it appears', async () => {
    // Eight women from Syria, all new in 2025-Q1 and running all year: one set of records behind many cells.
    const s = await clockedStore('2025-01-05');
    for (let i = 0; i < 8; i++) {
      openCase(s, `2025-01-${String(5 + i).padStart(2, '0')}`, {
        birthDate: '1990',
        gender: 'weiblich',
        nationalities: ['SY'],
        languages: ['ar'],
        residenceStatus: 'duldung',
      });
    }
    s.at('2026-03-15');
    s.statistics.updateSettings({ unitName: 'KIM Test', threshold: 3, perturbation: true });
    // A secret under which this set is moved, so the test shows the deviation travelling with the cell.
    let doc: StatisticsDocument | undefined;
    for (let n = 0; n < 30; n++) {
      writeSetting(s.store.session().db, 'statistics.cellKeySecret', `geheim-${n}`, s.clock.now);
      doc = s.statistics.preview({ period: '2025-Q1' }).document;
      if (cell(doc, 'faelle-neu-geschlecht', 'weiblich') !== 8) break;
    }
    const value = cell(doc!, 'faelle-neu-geschlecht', 'weiblich');
    expect(value).not.toBe(8);
    expect(table(doc!, 'faelle-neu-geschlecht').total).toBe(value);
    expect(cell(doc!, 'faelle-neu-herkunftsregion', 'naher-osten')).toBe(value);
    expect(cell(doc!, 'faelle-neu-aufenthaltsstatus', 'duldung')).toBe(value);
    for (const period of ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4']) {
      const d = s.statistics.preview({ period }).document;
      expect(cell(d, 'faelle-laufend-geschlecht', 'weiblich'), period).toBe(value);
      expect(cell(d, 'faelle-laufend-altersgruppe', '27-44'), period).toBe(value);
      expect(table(d, 'faelle-laufend-herkunftsregion').total, period).toBe(value);
    }
  }, 60_000);
});
