/**
 * The attacker itself, on hand-made documents whose answer is known: it finds what the
 * equations fix, and nothing that they leave open. Without these, "0 recovered" in the attacks
 * on the real statistic would say nothing.
 */
import { describe, expect, it } from 'vitest';
import { attack, truthOf } from './attack';
import { documentOf, grid, oneColumn } from './handmade';
import { buildModel, populationGroups, variableName } from './model';

const name = variableName;

describe('the attacker', () => {
  it('recovers a hidden cell that its row and column fix', async () => {
    const t = grid('t', 'Kontakte nach Art', ['a', 'b'], { x: [null, 10, 13], y: [7, 8, 15] }, [10, 18, 28], 28);
    const report = await attack([documentOf('2026-Q1', [t])]);
    expect(report.cells).toEqual([{ name: name('2026-Q1', 't', 'c:x:a'), value: 3 }]);
    expect(report.recoveredSmall).toBe(1);
  });

  it('leaves the four corners of a rectangle open', async () => {
    const t = grid('t', 'Kontakte nach Art', ['a', 'b', 'c'], { x: [null, null, 10, 23], y: [null, null, 9, 20], z: [8, 7, 6, 21] }, [20, 19, 25, 64], 64);
    const report = await attack([documentOf('2026-Q1', [t])]);
    expect(report.hidden).toBe(4);
    expect(report.recovered).toBe(0);
  });

  it('uses the bounds of a range: a hidden cell next to a published 0 total', async () => {
    const t = oneColumn('t', 'Fälle nach Geschlecht', { m: null, w: null }, 0);
    const report = await attack([documentOf('2026-Q1', [t])]);
    expect(report.recovered).toBe(2);
  });

  it('reads perturbed values as ranges of ±D: the subtraction no longer pins the cell', async () => {
    const t = grid('t', 'Kontakte nach Art', ['a', 'b'], { x: [null, 10, 13], y: [7, 8, 15] }, [10, 18, 28], 28);
    const exact = await attack([documentOf('2026-Q1', [t])]);
    const perturbed = await attack([documentOf('2026-Q1', [t], { maxDeviation: 2 })]);
    expect(exact.recovered).toBe(1);
    expect(perturbed.recovered).toBe(0);
  });

  it('links totals of tables that count the same population, and column totals of tables with the same columns', async () => {
    const byGender = oneColumn('faelle-neu-geschlecht', 'Neu aufgenommene Fälle nach Geschlecht', { m: 6, w: 7 }, 13);
    const byPlace = oneColumn('faelle-neu-gemeinde', 'Neu aufgenommene Fälle nach Wohngemeinde', { a: null, b: 9 }, null);
    const doc = documentOf('2026-Q1', [byGender, byPlace]);
    expect(populationGroups(doc).map((g) => g.tables.map((t) => t.id))).toEqual([['faelle-neu-geschlecht', 'faelle-neu-gemeinde']]);
    const linked = await attack([doc]);
    const alone = await attack([doc], { shared: false });
    expect(linked.cells).toContainEqual({ name: name('2026-Q1', 'faelle-neu-gemeinde', 'c:a:anzahl'), value: 4 });
    expect(alone.recovered).toBe(0);

    const topic = grid(
      'kurzberatung-thema',
      'Kurzberatungen ohne Fall nach Thema',
      ['mit', 'ohne'],
      { x: [null, 20, null], y: [9, 8, 17] },
      [null, 28, null],
      null,
    );
    const language = grid(
      'kurzberatung-sprache',
      'Kurzberatungen ohne Fall nach Sprachgruppe',
      ['mit', 'ohne'],
      { d: [6, 20, 26], e: [6, 8, 14] },
      [12, 28, 40],
      40,
    );
    const advice = await attack([documentOf('2026-Q1', [topic, language])]);
    expect(advice.cells).toContainEqual({ name: name('2026-Q1', 'kurzberatung-thema', 'c:x:mit'), value: 3 });
  });

  it('reads "several rows" tables as at least the population, each row at most', async () => {
    const groups = oneColumn(
      'faelle-neu-zielgruppe',
      'Neu aufgenommene Fälle nach Zielgruppe (ein Fall kann mehreren Zielgruppen angehören)',
      { a: null, b: 5 },
      null,
    );
    const byGender = oneColumn('faelle-neu-geschlecht', 'Neu aufgenommene Fälle nach Geschlecht', { m: 0, w: 5 }, 5);
    const model = buildModel([documentOf('2026-Q1', [groups, byGender])]);
    expect(model.links).toEqual(['2026-Q1: faelle-neu-zielgruppe ≥ faelle-neu-geschlecht (Summe; Zeilen ≤ Summe)']);
    // a ≤ 5 and a + 5 ≥ 5: a is still open (0..5).
    expect((await attack([documentOf('2026-Q1', [groups, byGender])])).recovered).toBe(0);
  });

  it('subtracts nested periods: a year and three of its quarters give the fourth', async () => {
    const q = (label: string, m: number, w: number | null, total: number | null) =>
      documentOf(label, [oneColumn('t', 'Fälle nach Geschlecht', { m, w }, total)]);
    const docs = [q('2025-Q1', 10, 5, 15), q('2025-Q2', 10, 6, 16), q('2025-Q3', 10, 7, 17), q('2025-Q4', 10, null, null), q('2025', 40, 21, 61)];
    const report = await attack(docs);
    expect(report.cells).toEqual(
      expect.arrayContaining([
        { name: name('2025-Q4', 't', 'c:w:anzahl'), value: 3 },
        { name: name('2025-Q4', 't', 'T'), value: 13 },
      ]),
    );
    expect((await attack(docs, { nesting: false })).recovered).toBe(0);
  });

  it('follows cases from quarter to quarter: running = running before + new − closed + reopened', async () => {
    const quarter = (
      label: string,
      running: Record<string, number | null>,
      runningTotal: number | null,
      opened: Record<string, number | null>,
      closed: Record<string, number | null>,
    ) =>
      documentOf(label, [
        oneColumn('faelle-laufend-geschlecht', 'Laufende Fälle nach Geschlecht', running, runningTotal, 'stichtag'),
        oneColumn(
          'faelle-neu-geschlecht',
          'Neu aufgenommene Fälle nach Geschlecht',
          opened,
          Object.values(opened).reduce<number>((a, b) => a + (b ?? 0), 0),
        ),
        oneColumn(
          'faelle-abgeschlossen-geschlecht',
          'Abgeschlossene Fälle nach Geschlecht',
          closed,
          Object.values(closed).reduce<number>((a, b) => a + (b ?? 0), 0),
        ),
      ]);
    const docs = [
      quarter('2026-Q1', { m: 10, w: 6 }, 16, { m: 10, w: 6 }, { m: 0, w: 0 }),
      quarter('2026-Q2', { m: null, w: null }, 21, { m: 5, w: 0 }, { m: 0, w: 0 }),
    ];
    // m ≥ 10 + 5 and w ≥ 6 (reopened cases only add), m + w = 21: both are fixed.
    const report = await attack(docs);
    expect(report.cells).toEqual(
      expect.arrayContaining([
        { name: name('2026-Q2', 'faelle-laufend-geschlecht', 'c:m:anzahl'), value: 15 },
        { name: name('2026-Q2', 'faelle-laufend-geschlecht', 'c:w:anzahl'), value: 6 },
      ]),
    );
    expect((await attack(docs, { stockFlow: false })).recovered).toBe(0);
  });

  it('checks itself against the truth: a recovered value must be the true one', async () => {
    const t = grid('t', 'Kontakte nach Art', ['a', 'b'], { x: [null, 10, 13], y: [7, 8, 15] }, [10, 18, 28], 28);
    const truth = truthOf('2026-Q1', [
      {
        kind: 'counts',
        id: 't',
        rows: [{ key: 'x' }, { key: 'y' }],
        columns: [{ key: 'a' }, { key: 'b' }],
        counts: [
          [3, 10],
          [7, 8],
        ],
      },
    ]);
    const report = await attack([documentOf('2026-Q1', [t])], { truth });
    expect(report.recovered).toBe(1);
    expect(report.hiddenSmall).toBe(1);
    const wrong = truthOf('2026-Q1', [
      {
        kind: 'counts',
        id: 't',
        rows: [{ key: 'x' }, { key: 'y' }],
        columns: [{ key: 'a' }, { key: 'b' }],
        counts: [
          [4, 10],
          [7, 8],
        ],
      },
    ]);
    await expect(attack([documentOf('2026-Q1', [t])], { truth: wrong })).rejects.toThrow(/does not hold|outside/);
  });
});
