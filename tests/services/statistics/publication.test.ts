/**
 * A published quarter is frozen: whatever happens in the store afterwards (cases opened or
 * back-dated into it, a changed residence status or municipality, closures, contacts, other
 * settings, time passing), every later export of that quarter gives the very same bytes, and the
 * stored document cannot be changed or removed even with SQL.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { KimError } from '../../../electron/contract/errors';
import { GENDERS, RESIDENCE_STATUSES } from '../../../electron/contract/vocabulary';
import { clockedStore, contact, openCase, personalA } from './helpers';
import { unzip } from './unzip';

type Store = Awaited<ReturnType<typeof clockedStore>>;

const MUNICIPALITIES = ['Nordheim', 'Südstadt', 'Kreisstadt'];
const LAST_DAY = '2027-12-31';
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

const dayPlus = (day: string, days: number) => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
};
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

let s: Store;
let day: string;
const cases: { personId: string; caseId: string }[] = [];
/** Every published quarter's JSON as it was first exported. */
const published = new Map<string, string>();

async function exportClosedQuarters() {
  for (const period of s.statistics.periods().filter((p) => p.state === 'bereit')) {
    const text = decode((await s.statistics.export({ period: period.label, format: 'json' })).bytes);
    published.set(period.label, text);
  }
}

const open = (on: string, gender: (typeof GENDERS)[number], residenceStatus: (typeof RESIDENCE_STATUSES)[number], municipality: string) => {
  cases.push(openCase(s, on, { gender, birthDate: '1990-05-01', residenceStatus, municipality, nationalities: ['SY'] }, {}, personalA(cases.length)));
};

beforeAll(async () => {
  s = await clockedStore('2025-10-01');
  s.statistics.updateSettings({ unitName: 'KIM Team Nord' });
  for (let i = 0; i < 12; i++) {
    open(dayPlus('2025-10-01', i * 7), GENDERS[i % GENDERS.length]!, RESIDENCE_STATUSES[i % 3]!, MUNICIPALITIES[i % 3]!);
  }
  day = '2026-01-20';
  s.at(day);
  await exportClosedQuarters();
}, 60_000);

/** Changes a case manager can make after a quarter was published; each may be refused (that is a change attempt too). */
const operation = fc.oneof(
  fc.record({
    kind: fc.constant('open' as const),
    back: fc.nat(),
    gender: fc.constantFrom(...GENDERS),
    status: fc.constantFrom(...RESIDENCE_STATUSES),
    municipality: fc.constantFrom(...MUNICIPALITIES),
  }),
  fc.record({
    kind: fc.constant('status' as const),
    pick: fc.nat(),
    status: fc.constantFrom(...RESIDENCE_STATUSES),
    municipality: fc.constantFrom(...MUNICIPALITIES),
  }),
  fc.record({ kind: fc.constant('close' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('reopen' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('contact' as const), pick: fc.nat(), back: fc.nat(), interpreter: fc.boolean() }),
  fc.record({
    kind: fc.constant('settings' as const),
    threshold: fc.integer({ min: 3, max: 8 }),
    perturbation: fc.boolean(),
    name: fc.constantFrom('KIM Team Nord', 'KIM Süd'),
  }),
  fc.record({ kind: fc.constant('time' as const), days: fc.integer({ min: 1, max: 75 }) }),
);
type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;

async function apply(op: Operation) {
  const since = (back: number) => dayPlus('2025-10-01', back % (daysBetween('2025-10-01', day) + 1));
  const picked = (pick: number) => cases[pick % cases.length]!;
  try {
    if (op.kind === 'open') open(since(op.back), op.gender, op.status, op.municipality);
    if (op.kind === 'status') s.persons.update({ personId: picked(op.pick).personId, residenceStatus: op.status, municipality: op.municipality });
    if (op.kind === 'close') s.cases.close({ caseId: picked(op.pick).caseId, reason: 'wegzug' });
    if (op.kind === 'reopen') s.cases.reopen({ caseId: picked(op.pick).caseId, reason: 'zurück' });
    if (op.kind === 'contact')
      contact(s, since(op.back), picked(op.pick), { interpreterUsed: op.interpreter, interpreterLanguage: op.interpreter ? 'ar' : null });
    if (op.kind === 'settings') s.statistics.updateSettings({ threshold: op.threshold, perturbation: op.perturbation, unitName: op.name });
    if (op.kind === 'time') {
      day = dayPlus(day, op.days) < LAST_DAY ? dayPlus(day, op.days) : day;
      s.at(day);
      await exportClosedQuarters();
    }
  } catch (error) {
    if (!(error instanceof KimError)) throw error;
  } finally {
    s.at(day); // a refused back-dated write leaves the clock where it was
  }
}

describe('a published quarter', () => {
  it('stays byte-identical under any later change of the store', async () => {
    expect(published.has('2025-Q4')).toBe(true);
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 8 }), async (ops) => {
        for (const op of ops) await apply(op);
        for (const [label, text] of published) {
          expect(decode((await s.statistics.export({ period: label, format: 'json' })).bytes), label).toBe(text);
          expect(s.statistics.preview({ period: label })).toMatchObject({ state: 'veroeffentlicht', document: JSON.parse(text) });
        }
      }),
      { numRuns: 40, seed: 20261203 },
    );
    // The runs did change what a fresh document would say, so the frozen one is not merely unchanged data.
    expect(published.size).toBeGreaterThan(1);
    expect(cases.length).toBeGreaterThan(12);
  }, 120_000);

  it('gives the same workbook content every time', async () => {
    const sheets = async () => {
      const files = unzip((await s.statistics.export({ period: '2025-Q4', format: 'xlsx' })).bytes);
      return [...files].filter(([name]) => name.startsWith('xl/worksheets/') || name === 'xl/sharedStrings.xml');
    };
    const first = await sheets();
    open(dayPlus('2025-10-01', 3), 'weiblich', 'duldung', 'Nordheim');
    s.at(day);
    expect(await sheets()).toEqual(first);
  });

  it('cannot be changed or removed in the store, even with SQL', () => {
    const { sqlite } = s.store.session();
    expect(() => sqlite.prepare(`UPDATE statistics_publications SET document = '{}' WHERE period = '2025-Q4'`).run()).toThrow(/frozen/);
    expect(() => sqlite.prepare(`DELETE FROM statistics_publications WHERE period = '2025-Q4'`).run()).toThrow(/frozen/);
    expect(() =>
      sqlite
        .prepare(`INSERT INTO statistics_publications (period, format_version, document, sha256, published_at) VALUES ('2025-Q4', 2, '{}', 'x', '2026-01-01')`)
        .run(),
    ).toThrow(/UNIQUE/);
  });
});
