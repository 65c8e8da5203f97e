/**
 * The attacks on a seeded store (tests 1, 3 and 5 of issue 10's attack suite), shared by the
 * test files of the two store sizes: publish every closed quarter of the seed window as a unit
 * would (defaults: perturbation on, k = 5), and again with perturbation switched off; then attack
 * each document alone and all quarters at once, and check the medians against the raw counts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { attack, summary, type AttackReport } from './attack';
import { buildModel, countTables, STABLE_CASE_DIMENSIONS, type PublishedDocument } from './model';
import { ensureSeededStore, openCopy, publishAll, SEED_QUARTERS, type OpenStore } from './stores';

type Published = Awaited<ReturnType<typeof publishAll>>;

const sumOf = (reports: AttackReport[], key: 'hidden' | 'recovered' | 'recoveredSmall' | 'hiddenSmall') => reports.reduce((a, r) => a + r[key], 0);

/** Each document on its own (its tables and the totals they share), then all quarters at once. */
async function attacks(label: string, published: Published) {
  const alone: AttackReport[] = [];
  for (const doc of published.documents) alone.push(await attack([doc as PublishedDocument], { truth: published.truth }));
  console.log(
    `[attack] ${label}, jedes Dokument allein: ${sumOf(alone, 'hidden')} verborgene Zellen (davon ${sumOf(alone, 'hiddenSmall')} mit wahrem Wert 1..k−1), ` +
      `${sumOf(alone, 'recovered')} aufgedeckt, davon ${sumOf(alone, 'recoveredSmall')} mit Wert 1..k−1`,
  );
  const together = await attack(published.documents as PublishedDocument[], { truth: published.truth });
  console.log(summary(`${label}, alle Quartale zusammen (Bestand und Zugang über die Quartale)`, together));
  return { alone, together };
}

export function storeAttackSuite(cases: number) {
  describe(`a unit of ${cases} cases, every closed quarter of three years published`, () => {
    let on: OpenStore;
    let defaults: Published;
    let off: Published;

    beforeAll(async () => {
      const built = await ensureSeededStore(cases);
      console.log(`[attack] Teststand ${cases} Fälle: ${built.seconds === 0 ? 'aus dem Zwischenspeicher' : `angelegt in ${built.seconds.toFixed(1)} s`}`);
      const started = performance.now();
      on = await openCopy(cases);
      defaults = await publishAll(on, { perturbation: true });
      off = await publishAll(await openCopy(cases), { perturbation: false });
      console.log(`[attack] ${cases} Fälle: ${SEED_QUARTERS.length} Quartale zweimal veröffentlicht in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }, 600_000);

    it('refuses every period that is not a quarter: nothing nested to subtract', async () => {
      for (const year of ['2023', '2024', '2025', '2026'])
        for (const period of [year, `${year}-H1`, `${year}-H2`]) {
          await expect(on.statistics.export({ period, format: 'json' })).rejects.toMatchObject({ code: 'PERIOD_NOT_QUARTER' });
          expect(() => on.statistics.preview({ period })).toThrow(expect.objectContaining({ code: 'PERIOD_NOT_QUARTER' }));
        }
      expect(defaults.documents.map((d) => d.period.label)).toEqual(SEED_QUARTERS);
    });

    it('the attacker links what the documents let him link', () => {
      const doc = defaults.documents.at(-1) as PublishedDocument;
      const ids = countTables(doc).map((t) => t.id);
      const { links } = buildModel(defaults.documents as PublishedDocument[]);
      const label = doc.period.label;
      for (const id of ids.filter((i) => /^faelle-neu-/.test(i) && i !== 'faelle-neu-gemeinde' && i !== 'faelle-neu-zielgruppe'))
        expect(links).toContain(`${label}: faelle-neu-gemeinde = ${id} (Summe)`);
      expect(links).toContain(`${label}: faelle-neu-zielgruppe ≥ faelle-neu-gemeinde (Summe; Zeilen ≤ Summe)`);
      expect(links).toContain(`${label}: kontakte-art-ort = kontakte-sprache (Summe)`);
      expect(links).toContain(`${label}: kurzberatung-thema = kurzberatung-sprache (Spaltensummen)`);
      const flows = links.filter((l) => l.includes('Bestand und Zugang'));
      expect(flows).toHaveLength((SEED_QUARTERS.length - 1) * STABLE_CASE_DIMENSIONS.length);
    });

    it('defaults (perturbation on, k = 5): no hidden count follows, neither from one document nor from all quarters together', async () => {
      for (const doc of defaults.documents) {
        expect(doc.perturbation).not.toBeNull();
        expect(doc.threshold).toBe(5);
      }
      const { alone, together } = await attacks(`${cases} Fälle, Standard`, defaults);
      expect(sumOf(alone, 'hidden')).toBeGreaterThan(0);
      expect(sumOf(alone, 'recovered')).toBe(0);
      expect(together.recovered).toBe(0);
    }, 300_000);

    it('perturbation switched off: no hidden count follows from one document; across quarters the figure is reported', async () => {
      const { alone, together } = await attacks(`${cases} Fälle, Überlagerung aus`, off);
      expect(sumOf(alone, 'recovered')).toBe(0);
      const withoutFlow = await attack(off.documents as PublishedDocument[], { truth: off.truth, stockFlow: false });
      expect(withoutFlow.recovered).toBe(0);
      if (together.recovered > 0)
        console.warn(
          `[attack] BEFUND ${cases} Fälle, Überlagerung aus: Bestand und Zugang über die Quartale decken ${together.recovered} Zellen auf ` +
            `(${together.recoveredSmall} mit Wert 1..k−1), z. B. ${together.cells
              .slice(0, 3)
              .map((c) => `${c.name} = ${c.value}`)
              .join('; ')}`,
        );
    }, 300_000);

    it('medians next to counts: no shares in the document; a median only on a basis of at least 2k cases', () => {
      let shown = 0;
      let withheld = 0;
      for (const published of [defaults, off])
        for (const doc of published.documents) {
          const raws = published.raws.get(doc.period.label)!;
          for (const table of doc.tables) {
            if (table.kind !== 'measures') continue;
            const raw = raws.find((r) => r.id === table.id);
            expect(raw?.kind, table.id).toBe('measures');
            if (raw?.kind !== 'measures') continue;
            for (const row of table.rows) {
              expect(row.unitOfMeasure, `${table.id}: a share`).not.toBe('%');
              const basis = raw.rows.find((r) => r.key === row.key)!.basis;
              if (row.value === null) withheld += 1;
              else {
                shown += 1;
                expect(Number.isInteger(row.value)).toBe(true);
                expect(basis, `${doc.period.label} ${table.id} ${row.key}`).toBeGreaterThanOrEqual(2 * doc.threshold);
              }
            }
          }
        }
      console.log(`[attack] ${cases} Fälle: Mediane veröffentlicht ${shown}, zurückgehalten ${withheld} (Basis unter 2k)`);
    });
  });
}
