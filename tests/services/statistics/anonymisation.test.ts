/**
 * Anonymisation as a unit of its own. On raw tables: linked totals hidden together (and no entry
 * fixed by the linked tables' equations together), shared totals perturbed alike, hours hidden
 * with their contacts and moved by their count's deviation, medians only on 2k cases, whole and
 * perturbed. On random datasets written through the services: no published count in 1..k−1, no
 * suppressed cell recoverable from its table's published cells and totals, and exports of two
 * datasets that differ only in names, notes and contact details identical to the byte.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CountTableDoc, StatisticsDocument } from '../../../electron/contract/statisticsDocument';
import { ACCESS_ROUTES, CLOSURE_REASONS, CONTACT_TYPES, GENDERS, RESIDENCE_STATUSES } from '../../../electron/contract/vocabulary';
import { writeSetting } from '../../../db/queries/settings';
import { anonymiseAll, linkOf } from '../../../electron/services/statistics/anonymise';
import { deviation, keyDeviation } from '../../../electron/services/statistics/cellKey';
import { Tally, type Line, type RawCountTable, type RawMeasureTable, type RawTable } from '../../../electron/services/statistics/tally';
import { determinedBy, determinedEntries, linesOf, smallHiddenSums, type PublishedTable } from './attack';
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
        for (const period of ['2025-Q2', '2025-Q4']) {
          const doc = s.statistics.preview({ period }).document;
          for (const t of countTables(doc)) {
            if (t.unitOfCount === 'Stunden') continue;
            const small = publishedValues(t).filter((v) => v !== null && v >= 1 && v < k);
            expect(small, `${t.id} at k=${k}`).toEqual([]);
            expect(determinedEntries(t), `${t.id} at k=${k}`).toEqual([]);
          }
          const byId = new Map(countTables(doc).map((t) => [t.id, t]));
          expect(mask(byId.get('kontakte-stunden-art-ort')!)).toEqual(mask(byId.get('kontakte-art-ort')!));
          // Tables of one population show one total: hidden in all, or the same number in all.
          const groups = new Map<string, (number | null)[]>();
          for (const t of countTables(doc)) {
            const link = linkOf(t.id);
            if (link) groups.set(link.group, [...(groups.get(link.group) ?? []), t.total]);
          }
          expect([...groups.keys()].sort()).toEqual(['faelle-abgeschlossen', 'faelle-laufend', 'faelle-neu', 'kontakte', 'kurzberatung']);
          for (const [group, totals] of groups) expect(new Set(totals).size, `${group} ${totals}`).toBe(1);
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
          // Two stores are two units: give both the same unit and secret, as if the same team had typed the names
          // differently. Without perturbation: the record keys come from the records' random ids, which differ.
          writeSetting(s.store.session().db, 'statistics.unitId', '5b0c7a0e-1f2d-4c3b-9a8e-7d6f5e4c3b2a', s.clock.now);
          writeSetting(s.store.session().db, 'statistics.cellKeySecret', 'ein-geheimnis', s.clock.now);
          s.statistics.updateSettings({ unitName: 'KIM Test', threshold: 3, perturbation: false });
          exports.push((await s.statistics.export({ period: '2025-Q3', format: 'json' })).bytes);
          s.store.lock('manual');
        }
        expect(Buffer.from(exports[1]!).equals(Buffer.from(exports[0]!))).toBe(true);
      }),
      { numRuns: 6 },
    );
  }, 120_000);

  it('with perturbation on, changing names, notes and contact details in the store leaves the document as it was', async () => {
    const dataset = fc.sample(datasetArb, { numRuns: 1, seed: 42 })[0]!;
    const s = await build(dataset, personalA);
    s.statistics.updateSettings({ unitName: 'KIM Test', threshold: 3, perturbation: true });
    // The preview of a quarter not yet published is computed afresh each time (an export would freeze it).
    const before = JSON.stringify(s.statistics.preview({ period: '2025-Q3' }).document);
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
    const after = JSON.stringify(s.statistics.preview({ period: '2025-Q3' }).document);
    expect(after).toBe(before);
    expect(JSON.parse(after).perturbation).toEqual({ method: 'cell-key', maxDeviation: 2 });
  });
});

// ——— On raw tables ———

const lines = (prefix: string, n: number): Line[] => Array.from({ length: n }, (_, i) => ({ key: `${prefix}${i}`, label: `${prefix} ${i}` }));
const INTERPRETER: Line[] = [
  { key: 'mit-sprachmittlung', label: 'Mit' },
  { key: 'ohne-sprachmittlung', label: 'Ohne' },
];

/** Short advice as records: topic, language group, interpreter and the record's key. */
const adviceArb = fc.record({
  topics: fc.integer({ min: 1, max: 5 }),
  languages: fc.integer({ min: 1, max: 5 }),
  k: fc.integer({ min: 3, max: 6 }),
  secret: fc.string({ minLength: 1, maxLength: 8 }),
  records: fc.array(fc.record({ topic: fc.nat(4), language: fc.nat(4), interpreter: fc.boolean(), key: fc.nat(2 ** 32 - 1) }), { minLength: 1, maxLength: 40 }),
});
type Advice = typeof adviceArb extends fc.Arbitrary<infer T> ? T : never;

/** The two short-advice tables of a document, counted from the same records (as the indicator does). */
function adviceTables({ topics, languages, records }: Advice): RawCountTable[] {
  const keyOf = new Map(records.map((r, i) => [`kurzberatung:${i}`, r.key]));
  const head = { section: 'kurzberatung' as const, rowTitle: 'Zeile', columnTitle: 'Sprachmittlung', columns: INTERPRETER };
  const byTopic = new Tally({ ...head, id: 'kurzberatung-thema', title: 'Thema', rows: lines('thema', topics) }, (r) => keyOf.get(r)!);
  const byLanguage = new Tally({ ...head, id: 'kurzberatung-sprache', title: 'Sprache', rows: lines('sprache', languages) }, (r) => keyOf.get(r)!);
  records.forEach((r, i) => {
    const column = INTERPRETER[r.interpreter ? 0 : 1]!.key;
    byTopic.add(`thema${r.topic % topics}`, column, `kurzberatung:${i}`);
    byLanguage.add(`sprache${r.language % languages}`, column, `kurzberatung:${i}`);
  });
  return [byTopic.counted('Kurzberatungen'), byLanguage.counted('Kurzberatungen')];
}

const asPublished = (t: CountTableDoc): PublishedTable => t;

/** Suppressed entries of linked tables that their equations together fix; shared entries have one name. */
function jointlyDetermined(tables: CountTableDoc[]): string[] {
  const shared = (id: string) => id === 't' || id.startsWith('C');
  const joint = tables.flatMap((t, n) =>
    linesOf(t).map((l) => {
      const rename = (e: { id: string; value: number | null }) => ({ ...e, id: shared(e.id) ? e.id : `${n}:${e.id}` });
      return { members: l.members.map(rename), sum: rename(l.sum) };
    }),
  );
  return determinedBy(joint);
}

const sharedEntries = (t: CountTableDoc) => [t.total, ...t.columnTotals];
const truth = (raw: RawCountTable) => (id: string) => {
  const cells = raw.counts;
  if (id === 't') return cells.flat().reduce((a, b) => a + b, 0);
  if (id.startsWith('R')) return cells[Number(id.slice(1))]!.reduce((a, b) => a + b, 0);
  if (id.startsWith('C')) return cells.reduce((a, row) => a + row[Number(id.slice(1))]!, 0);
  const [i, j] = id.slice(1).split('.').map(Number) as [number, number];
  return cells[i]![j]!;
};

describe('linked totals (raw tables)', () => {
  it('a shared total or column total hidden in one table is hidden in the other; each keeps the rules, and together they fix nothing (property)', () => {
    let linkedHidden = 0;
    fc.assert(
      fc.property(adviceArb, (advice) => {
        const raws = adviceTables(advice);
        const [topic, language] = anonymiseAll(raws, { k: advice.k, perturb: false, secret: advice.secret }).map((a) => a.table as CountTableDoc);
        const hidden = (t: CountTableDoc) => sharedEntries(t).map((v) => v === null);
        expect(hidden(topic!)).toEqual(hidden(language!));
        // Counted where a table alone would have published what its partner hides.
        const alone = anonymiseAll([raws[0]!], { k: advice.k, perturb: false, secret: advice.secret })[0]!.table as CountTableDoc;
        if (hidden(alone).some((h, i) => !h && hidden(topic!)[i])) linkedHidden++;
        for (const [t, raw] of [
          [topic!, raws[0]!],
          [language!, raws[1]!],
        ] as const) {
          expect(determinedEntries(asPublished(t)), t.id).toEqual([]);
          expect(smallHiddenSums(asPublished(t), advice.k, truth(raw)), t.id).toEqual([]);
          expect(linesOf(t).every((l) => [...l.members, l.sum].filter((e) => e.value === null).length !== 1)).toBe(true);
        }
        expect(jointlyDetermined([topic!, language!])).toEqual([]);
      }),
      { numRuns: 400, seed: 10 },
    );
    expect(linkedHidden).toBeGreaterThan(0);
  });

  it('hides the column totals the other table of its group hides (example)', () => {
    // Topic [[1, 2], [0, 1], [5, 3]] and language [[3, 0], [3, 6]] (with / without an interpreter): both columns 6 and 6.
    const record = (topic: number, language: number, interpreter: boolean) => ({ topic, language, interpreter, key: 1 });
    const advice: Advice = {
      topics: 3,
      languages: 2,
      k: 5,
      secret: 's5',
      records: [
        record(0, 0, true),
        ...[0, 0, 1, 1, 1].map((language) => record(2, language, true)),
        ...[0, 0, 1, 2, 2, 2].map((topic) => record(topic, 1, false)),
      ],
    };
    const raws = adviceTables(advice);
    expect(raws.map((r) => r.counts)).toEqual([
      [
        [1, 2],
        [0, 1],
        [5, 3],
      ],
      [
        [3, 0],
        [3, 6],
      ],
    ]);
    const options = { k: 5, perturb: false, secret: advice.secret };
    const apart = raws.map((raw) => anonymiseAll([raw], options)[0]!.table as CountTableDoc);
    const together = anonymiseAll(raws, options).map((a) => a.table as CountTableDoc);
    expect(apart.map((t) => t.columnTotals)).toEqual([
      [6, 6],
      [null, null],
    ]);
    expect(together.map((t) => t.columnTotals)).toEqual([
      [null, null],
      [null, null],
    ]);
    expect(together.map((t) => t.total)).toEqual([12, 12]);
  });

  it('gives a shared total the same perturbed value in every table of its group (property)', () => {
    fc.assert(
      fc.property(adviceArb, (advice) => {
        const [topic, language] = anonymiseAll(adviceTables(advice), { k: advice.k, perturb: true, secret: advice.secret }).map(
          (a) => a.table as CountTableDoc,
        );
        expect(sharedEntries(topic!)).toEqual(sharedEntries(language!));
      }),
      { numRuns: 200 },
    );
  });

  it('refuses to link tables whose totals differ (a programming error in an indicator)', () => {
    const one = (id: string, counts: number[][]): RawCountTable => ({
      kind: 'counts',
      id,
      section: 'faelle',
      title: id,
      rowTitle: 'Zeile',
      columnTitle: null,
      timing: 'zeitraum',
      unitOfCount: 'Fälle',
      rows: lines('z', counts.length),
      columns: [{ key: 'anzahl', label: 'Anzahl' }],
      counts,
      keys: counts.map((r) => r.map(() => 0)),
    });
    const options = { k: 3, perturb: false, secret: 'x' };
    expect(() => anonymiseAll([one('faelle-neu-geschlecht', [[5], [6]]), one('faelle-neu-gemeinde', [[5], [7]])], options)).toThrow(/different totals/);
    // The target groups count a case once per group: not linked.
    expect(() => anonymiseAll([one('faelle-neu-geschlecht', [[5], [6]]), one('faelle-neu-zielgruppe', [[5], [7]])], options)).not.toThrow();
    expect(linkOf('faelle-neu-zielgruppe')).toBeNull();
    expect(linkOf('faelle-laufend-gemeinde')).toEqual({ group: 'faelle-laufend', sharesColumns: false });
    expect(linkOf('abschluss-grund')).toEqual({ group: 'faelle-abgeschlossen', sharesColumns: false });
  });
});

describe('hours and medians (raw tables)', () => {
  const contactsArb = fc.record({
    k: fc.integer({ min: 3, max: 6 }),
    perturb: fc.boolean(),
    records: fc.array(fc.record({ type: fc.nat(2), place: fc.nat(2), minutes: fc.integer({ min: 5, max: 180 }), key: fc.nat(2 ** 32 - 1) }), {
      minLength: 1,
      maxLength: 60,
    }),
  });

  it('publishes hours exactly where the count is, moved by the deviation of that count (never below 0) (property)', () => {
    fc.assert(
      fc.property(contactsArb, ({ k, perturb, records }) => {
        const keyOf = new Map(records.map((r, i) => [`kontakt:${i}`, r.key]));
        const tally = new Tally(
          {
            id: 'kontakte-art-ort',
            section: 'kontakte',
            title: 'Kontakte',
            rowTitle: 'Art',
            columnTitle: 'Ort',
            rows: lines('art', 3),
            columns: lines('ort', 3),
          },
          (r) => keyOf.get(r)!,
        );
        records.forEach((r, i) => tally.add(`art${r.type}`, `ort${r.place}`, `kontakt:${i}`, r.minutes));
        const raws: RawTable[] = [tally.counted('Kontakte'), tally.hours('kontakte-stunden-art-ort', 'Stunden', 'kontakte-art-ort')];
        const [counts, hours] = anonymiseAll(raws, { k, perturb, secret: 'geheim' }).map((a) => a.table as CountTableDoc);
        const raw = raws[0] as RawCountTable;
        const minutes = (raws[1] as { minutes: number[][] }).minutes;
        counts!.cells.forEach((row, i) =>
          row.forEach((published, j) => {
            const shown = hours!.cells[i]![j]!;
            expect(shown === null).toBe(published === null);
            if (published === null || shown === null) return;
            const d = published - raw.counts[i]![j]!;
            expect(d).toBe(perturb ? deviation(raw.keys[i]![j]!, raw.counts[i]![j]!, k) : 0);
            expect(shown).toBe(Math.max(0, Math.round(minutes[i]![j]! / 60) + d));
          }),
        );
        expect(hours!.total === null).toBe(counts!.total === null);
      }),
      { numRuns: 300 },
    );
  });

  const measures = (rows: { value: number | null; basis: number; keys: number }[]): RawMeasureTable => ({
    kind: 'measures',
    id: 'zyklus-dauer',
    section: 'zyklus',
    title: 'Dauer',
    rowTitle: 'Kennzahl',
    rows: rows.map((r, i) => ({ key: `m${i}`, label: `M ${i}`, unitOfMeasure: 'Tage', ...r })),
  });

  it('publishes a median only on 2k cases, in whole days, perturbed by the key of its records', () => {
    const key = 3_500_000_000; // a key whose deviation is +1
    expect(keyDeviation(key)).toBe(1);
    const raw = measures([
      { value: 10.5, basis: 9, keys: key },
      { value: 10.5, basis: 10, keys: key },
      { value: 12.4, basis: 30, keys: key },
      { value: null, basis: 0, keys: 0 },
      { value: 0, basis: 10, keys: 0 }, // deviation −2: not below 0
    ]);
    const plain = anonymiseAll([raw], { k: 5, perturb: false, secret: 'x' })[0]!;
    const perturbed = anonymiseAll([raw], { k: 5, perturb: true, secret: 'x' })[0]!;
    const values = (a: typeof plain) => (a.table as { rows: { value: number | null }[] }).rows.map((r) => r.value);
    expect(values(plain)).toEqual([null, 11, 12, null, 0]);
    expect(values(perturbed)).toEqual([null, 12, 13, null, 0]);
    expect(plain.measures).toBe(1); // the one withheld; a median without cases is not withheld
  });

  it('gives every published median an integer ≥ 0 (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ value: fc.option(fc.double({ min: 0, max: 400, noNaN: true }), { nil: null }), basis: fc.nat(40), keys: fc.nat(2 ** 32 - 1) }), {
          minLength: 1,
          maxLength: 5,
        }),
        fc.integer({ min: 3, max: 8 }),
        (rows, k) => {
          const [a] = anonymiseAll([measures(rows)], { k, perturb: true, secret: 'x' });
          return (a!.table as { rows: { value: number | null }[] }).rows.every(
            (r, i) =>
              (r.value === null) === (rows[i]!.value === null || rows[i]!.basis < 2 * k) && (r.value === null || (Number.isInteger(r.value) && r.value >= 0)),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
