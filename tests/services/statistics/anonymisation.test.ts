/**
 * Anonymisation as a unit of its own, on random datasets written through the services:
 * no published count in 1..k−1, no suppressed cell recoverable from its table's published cells
 * and totals, hours hidden exactly where their contacts are, and exports of two datasets that
 * differ only in names, notes and contact details identical to the byte.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CountTableDoc, StatisticsDocument } from '../../../electron/contract/statisticsDocument';
import { ACCESS_ROUTES, CLOSURE_REASONS, CONTACT_TYPES, GENDERS, RESIDENCE_STATUSES } from '../../../electron/contract/vocabulary';
import { writeSetting } from '../../../db/queries/settings';
import { determinedEntries } from './attack';
import { clockedStore, contact, entry, openCase, personalA, personalB, type Personal } from './helpers';

const day = (offset: number) => new Date(Date.UTC(2025, 0, 1 + offset)).toISOString().slice(0, 10);

const caseArb = fc.record({
  opened: fc.integer({ min: 0, max: 330 }),
  gender: fc.constantFrom(...GENDERS),
  birthDate: fc.option(fc.integer({ min: 1945, max: 2020 }).map(String), { nil: null }),
  nationality: fc.constantFrom('SY', 'AF', 'UA', 'TR', 'ER', 'RO', 'GN', 'DE'),
  language: fc.constantFrom('ar', 'fa', 'uk', 'tr', 'ti', 'ro', 'fr', 'de'),
  municipality: fc.constantFrom('Nordheim', 'Südwalde', 'Irgendwo', null),
  residence: fc.option(fc.constantFrom(...RESIDENCE_STATUSES), { nil: null }),
  access: fc.constantFrom(...ACCESS_ROUTES),
  assessedAfter: fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }),
  contacts: fc.array(
    fc.record({
      after: fc.integer({ min: 0, max: 25 }),
      type: fc.constantFrom(...CONTACT_TYPES),
      place: fc.constantFrom('buero', 'wohnung', 'telefon', 'sprechstunde' as const),
      minutes: fc.integer({ min: 5, max: 120 }),
      interpreter: fc.boolean(),
    }),
    { maxLength: 3 },
  ),
  closedAfter: fc.option(fc.record({ days: fc.integer({ min: 30, max: 200 }), reason: fc.constantFrom(...CLOSURE_REASONS) }), { nil: null }),
});
const datasetArb = fc.array(caseArb, { minLength: 3, maxLength: 22 });
type Dataset = typeof datasetArb extends fc.Arbitrary<infer T> ? T : never;

/** Writes the dataset through the services, the personal details from `personal`; today is 2026-03-15. */
async function build(dataset: Dataset, personal: (i: number) => Personal) {
  const s = await clockedStore('2025-01-01');
  const gu = s.locations.create({ name: 'GU Waldweg', kind: 'gu', municipality: 'Nordheim' });
  s.locations.create({ name: 'Rathaus', kind: 'rathaus', municipality: 'Südwalde' });
  dataset.forEach((c, i) => {
    const opened = day(c.opened);
    const p = personal(i);
    const ids = openCase(
      s,
      opened,
      {
        birthDate: c.birthDate,
        gender: c.gender,
        nationalities: [c.nationality],
        languages: [c.language],
        municipality: c.municipality,
        residenceStatus: c.residence,
      },
      { accessRoute: c.access },
      p,
    );
    for (const k of c.contacts) {
      contact(
        s,
        day(c.opened + k.after),
        ids,
        {
          type: k.type,
          place: k.place,
          locationId: k.place === 'sprechstunde' ? gu.id : null,
          durationMinutes: k.minutes,
          interpreterUsed: k.interpreter,
          interpreterLanguage: null,
        },
        p.note,
      );
    }
    if (c.assessedAfter !== null) {
      s.at(day(c.opened + c.assessedAfter));
      s.assessments.create({ caseId: ids.caseId, date: day(c.opened + c.assessedAfter), entries: [{ ...entry('wohnen'), needs: p.note }] });
    }
    if (c.closedAfter) {
      s.at(day(c.opened + Math.max(c.closedAfter.days, 26)));
      s.cases.close({ caseId: ids.caseId, reason: c.closedAfter.reason });
    }
  });
  s.at('2026-03-15');
  return s;
}

const countTables = (doc: StatisticsDocument) => doc.tables.filter((t): t is CountTableDoc => t.kind === 'counts');
const publishedValues = (t: CountTableDoc) => [...t.cells.flat(), ...(t.rowTotals ?? []), ...t.columnTotals, t.total];
const mask = (t: CountTableDoc) => publishedValues(t).map((v) => v === null);

describe('anonymisation on random datasets (property, through the services)', () => {
  it('publishes no count between 1 and k−1, leaves no suppressed cell recoverable, hides hours with their contacts', async () => {
    await fc.assert(
      fc.asyncProperty(datasetArb, fc.integer({ min: 3, max: 7 }), async (dataset, k) => {
        const s = await build(dataset, personalA);
        s.statistics.updateSettings({ unitName: 'KIM Test', threshold: k });
        for (const period of ['2025', '2025-H2']) {
          const doc = s.statistics.preview({ period }).document;
          for (const t of countTables(doc)) {
            if (t.unitOfCount === 'Stunden') continue;
            const small = publishedValues(t).filter((v) => v !== null && v >= 1 && v < k);
            expect(small, `${t.id} at k=${k}`).toEqual([]);
            expect(determinedEntries(t), `${t.id} at k=${k}`).toEqual([]);
          }
          const byId = new Map(countTables(doc).map((t) => [t.id, t]));
          expect(mask(byId.get('kontakte-stunden-art-ort')!)).toEqual(mask(byId.get('kontakte-art-ort')!));
        }
        s.store.lock('manual');
      }),
      { numRuns: 12 },
    );
  }, 120_000);

  it('exports of datasets that differ only in names, notes and contact details are identical to the byte', async () => {
    await fc.assert(
      fc.asyncProperty(datasetArb, async (dataset) => {
        const exports: Uint8Array[] = [];
        for (const personal of [personalA, personalB]) {
          const s = await build(dataset, personal);
          // Two stores are two units: give both the same unit, as if the same team had typed the names differently.
          writeSetting(s.store.session().db, 'statistics.unitId', '5b0c7a0e-1f2d-4c3b-9a8e-7d6f5e4c3b2a', s.clock.now);
          s.statistics.updateSettings({ unitName: 'KIM Test', threshold: 3 });
          exports.push((await s.statistics.export({ period: '2025', format: 'json' })).bytes);
          s.store.lock('manual');
        }
        expect(Buffer.from(exports[1]!).equals(Buffer.from(exports[0]!))).toBe(true);
      }),
      { numRuns: 6 },
    );
  }, 120_000);

  it('with perturbation on, changing names, notes and contact details in the store leaves the export as it was', async () => {
    const dataset = fc.sample(datasetArb, { numRuns: 1, seed: 42 })[0]!;
    const s = await build(dataset, personalA);
    s.statistics.updateSettings({ unitName: 'KIM Test', threshold: 3, perturbation: true });
    const before = (await s.statistics.export({ period: '2025', format: 'json' })).bytes;
    for (const person of s.persons.list()) {
      const p = personalB(7);
      s.persons.update({
        personId: person.id,
        names: [{ familyName: p.familyName, givenNames: p.givenNames, note: p.note }],
        phone: p.phone,
        email: p.email,
        address: p.address,
      });
    }
    const after = (await s.statistics.export({ period: '2025', format: 'json' })).bytes;
    expect(Buffer.from(after).equals(Buffer.from(before))).toBe(true);
    expect(JSON.parse(new TextDecoder().decode(after)).perturbation).toEqual({ method: 'cell-key', maxDeviation: 2 });
  });
});
