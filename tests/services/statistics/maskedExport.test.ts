/**
 * A quarter's export against a roster: three units' masked vectors add up to the sum of their
 * exact counts, cell by cell; each file is signed (one changed number breaks it), frozen at the
 * first export and repeated byte for byte; it carries no table of the unit's own figures; and it
 * is refused where the roster and the store do not fit (a quarter published plain, XLSX, a new
 * municipality with counts, keys changed after the import).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { maskedExport, supervisionBand, type MaskedExport, type Roster, type UnitKeyFile } from '../../../electron/contract/districtAggregation';
import { KimError } from '../../../electron/contract/errors';
import { prepareStatistics, rawIndicators } from '../../../electron/services/statistics/document';
import { canonicalText, newSigningKeyPair, newUnitKeyPair, sumVectors, verifyText } from '../../../electron/services/statistics/secureAggregation';
import { codeOfRoster } from '../../../electron/services/statistics/rosterFile';
import { DISTRICT_KEYS_SETTING } from '../../../electron/services/statistics/unitKey';
import { writeSetting } from '../../../db/queries/settings';
import { openCase, personalB } from './helpers';
import { keyFileOf, rosterOf, unitWithCases, type UnitStore } from './rosterFixtures';

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const ROSTER_ID = '6d2b7a90-1c3e-4f5a-8b9c-0d1e2f3a4b5c';
const QUARTER = '2026-Q3';

let units: UnitStore[];
let keyFiles: UnitKeyFile[];
let roster: Roster;
let rosterText: string;
/** Each unit's first export of the quarter, as text. */
let texts: string[];

/** The unit's exact counts of the quarter by "table|row|column" (hours in minutes). */
function exactCounts(s: UnitStore, quarter = QUARTER): Map<string, number> {
  const counts = new Map<string, number>();
  for (const table of rawIndicators(prepareStatistics({ store: s.store, now: () => s.clock.now }, quarter).input)) {
    if (table.kind === 'measures') continue;
    const grid = table.kind === 'counts' ? table.counts : table.minutes;
    table.rows.forEach((row, i) => table.columns.forEach((column, j) => counts.set(`${table.id}|${row.key}|${column.key}`, grid[i]![j]!)));
  }
  return counts;
}

const cellKeys = (layout: Roster['layout']) => layout.flatMap((t) => t.rows.flatMap((r) => t.columns.map((c) => `${t.id}|${r.key}|${c.key}`)));

const exportText = async (s: UnitStore, period = QUARTER) => decode((await s.statistics.export({ period, format: 'json' })).bytes);

beforeAll(async () => {
  units = [
    await unitWithCases('KIM Stelle Nord', 'Nordheim', 14, 0),
    await unitWithCases('KIM Stelle Mitte', 'Mittelstadt', 9, 100),
    await unitWithCases('KIM Stelle Süd', 'Südwalde', 6, 200),
  ];
  // Nord published 2026-Q2 plain, before it took part in the district statistic.
  await exportText(units[0]!, '2026-Q2');
  keyFiles = units.map(keyFileOf);
  ({ roster, text: rosterText } = rosterOf(keyFiles, { rosterId: ROSTER_ID, version: 1 }));
  for (const s of units) s.statistics.importRoster({ text: rosterText });
  texts = [];
  for (const s of units) texts.push(await exportText(s));
}, 120_000);

describe('the masked export of three units', () => {
  it('the sum of the three vectors is the sum of their exact counts, cell by cell', () => {
    const files = texts.map((t) => maskedExport.parse(JSON.parse(t)));
    const exact = units.map((s) => exactCounts(s));
    const keys = cellKeys(roster.layout);
    const sums = sumVectors(files.map((f) => f.body.vector));
    expect(sums).toHaveLength(keys.length);
    const expected = keys.map((key) => exact.reduce((sum, counts) => sum + (counts.get(key) ?? 0), 0));
    expect(sums).toEqual(expected);
    // Not a trivial layout: cases, contacts and minutes were counted, in several municipalities.
    expect(expected.filter((n) => n > 0).length).toBeGreaterThan(20);
    expect(expected[keys.indexOf('faelle-neu-gemeinde|gemeinde-nordheim|anzahl')]).toBeGreaterThan(0);
    expect(expected[keys.indexOf('faelle-neu-gemeinde|gemeinde-suedwalde|anzahl')]).toBeGreaterThan(0);
    // Every unit counted a cell the roster has, and none of its own vectors shows its counts.
    for (const [u, file] of files.entries()) {
      const own = keys.map((key) => exact[u]!.get(key) ?? 0);
      const same = file.body.vector.filter((v, i) => v === own[i]).length;
      expect(same).toBeLessThan(keys.length / 100 + 2);
    }
  });

  it('each file is the unit’s, against the roster as imported, with its bands and medians and no table of its own', () => {
    for (const [u, text] of texts.entries()) {
      const raw = JSON.parse(text);
      expect(Object.keys(raw.body)).not.toContain('tables');
      const file: MaskedExport = maskedExport.parse(raw);
      const settings = units[u]!.statistics.settings();
      expect(file.body.unit).toEqual({ id: settings.unit.id, name: settings.unit.name, traeger: null, municipality: null });
      expect(file.body.period).toEqual({ label: QUARTER, from: '2026-07-01', to: '2026-09-30' });
      expect(file.body.roster).toEqual(roster);
      expect(file.body.demo).toBe(false);
      expect(file.body.createdOn).toBe('2026-10-05');
      const exact = exactCounts(units[u]!);
      const band = supervisionBand(file.body.threshold);
      expect(file.body.supervision.map((t) => t.tableId)).toContain('faelle-neu-altersgruppe');
      for (const total of file.body.supervision) {
        const t = [...exact].filter(([key]) => key.startsWith(`${total.tableId}|`)).reduce((sum, [, n]) => sum + n, 0);
        expect(total.band).toBe(band);
        expect(total.from, total.tableId).toBe(t >= band ? Math.floor(t / band) * band : null);
      }
      // The medians exactly as the unit's own protected document has them.
      const preview = units[u]!.statistics.preview({ period: QUARTER });
      expect(file.body.measures).toEqual(preview.document.tables.filter((t) => t.kind === 'measures'));
    }
    // Nord has 14 new cases: at least one band of ten; Süd has 6: below the first band.
    const neu = (t: string) => maskedExport.parse(JSON.parse(t)).body.supervision.find((x) => x.tableId === 'faelle-neu-altersgruppe')!.from;
    expect(neu(texts[0]!)).toBe(10);
    expect(neu(texts[2]!)).toBeNull();
  });

  it('the signature verifies with the signing key on the roster inside the file, and fails after one number changed', () => {
    for (const text of texts) {
      const raw = JSON.parse(text);
      const signing = raw.body.roster.units.find((u: { id: string }) => u.id === raw.body.unit.id).keys.signing;
      expect(verifyText(signing, canonicalText(raw.body), raw.signature)).toBe(true);
      const changed = structuredClone(raw);
      changed.body.vector[3] = (changed.body.vector[3] + 1) % 2 ** 32;
      expect(verifyText(signing, canonicalText(changed.body), raw.signature)).toBe(false);
      const renamed = structuredClone(raw);
      renamed.body.threshold += 1;
      expect(verifyText(signing, canonicalText(renamed.body), raw.signature)).toBe(false);
      // Another unit's key does not verify it.
      const other = raw.body.roster.units.find((u: { id: string }) => u.id !== raw.body.unit.id).keys.signing;
      expect(verifyText(other, canonicalText(raw.body), raw.signature)).toBe(false);
    }
  });

  it('is frozen: later exports repeat the same bytes, after new cases in the quarter and a newer roster', async () => {
    const s = units[1]!;
    const { fileName } = await s.statistics.export({ period: QUARTER, format: 'json' });
    expect(fileName).toBe('kim-statistik-verdeckt_kim-stelle-mitte_2026-Q3.json');
    openCase(s, '2026-08-10', { gender: 'weiblich', birthDate: '1980-01-01', municipality: 'Mittelstadt', nationalities: ['SY'] }, {}, personalB(1));
    s.at('2026-10-20');
    const v2 = rosterOf(keyFiles, { rosterId: ROSTER_ID, version: 2 });
    s.statistics.importRoster({ text: v2.text });
    expect(await exportText(s)).toBe(texts[1]);
    expect(s.statistics.periods().find((p) => p.label === QUARTER)).toMatchObject({ state: 'veroeffentlicht', publishedOn: '2026-10-05' });
    const preview = s.statistics.preview({ period: QUARTER });
    expect(preview.districtExport).toEqual({ district: 'Kreis Musterland', version: 1, code: codeOfRoster(roster) });
    expect(preview.state).toBe('veroeffentlicht');
    // A quarter not yet published names the roster it will be exported against.
    expect(s.statistics.preview({ period: '2026-Q4' }).districtExport).toMatchObject({ version: 2 });
    // XLSX is refused for the published masked quarter too.
    await expect(s.statistics.export({ period: QUARTER, format: 'xlsx' })).rejects.toThrow(new KimError('ROSTER_JSON_ONLY'));
  });
});

describe('refusals of the masked export', () => {
  it('a quarter published plain is not exported again while a roster applies to it', async () => {
    // Nord's 2026-Q2 lies before the list (gilt ab 2026-Q3): its plain document, as without a list.
    const nord = units[0]!;
    const plain = await nord.statistics.export({ period: '2026-Q2', format: 'json' });
    expect(plain.fileName).toBe('kim-statistik_kim-stelle-nord_2026-Q2.json');
    expect(JSON.parse(decode(plain.bytes)).format).toBe('kim-fallakte-statistik');
    expect(nord.statistics.preview({ period: '2026-Q2' }).districtExport).toBeNull();
    // A unit whose list applies from 2026-Q2 on: the quarter it published plain is refused.
    const s = await unitWithCases('KIM Stelle Nordost', 'Nordost', 2, 700);
    await exportText(s, '2026-Q2');
    s.statistics.importRoster({ text: rosterOf([...keyFiles.slice(0, 2), keyFileOf(s)], { validFrom: '2026-Q2' }).text });
    await expect(s.statistics.export({ period: '2026-Q2', format: 'json' })).rejects.toThrow(new KimError('ROSTER_PERIOD_PUBLISHED'));
    await expect(s.statistics.export({ period: '2026-Q2', format: 'xlsx' })).rejects.toThrow(new KimError('ROSTER_PERIOD_PUBLISHED'));
    expect(s.statistics.preview({ period: '2026-Q2' }).districtExport).toBeNull();
  });

  it('XLSX with a roster, and a running quarter, are refused; nothing is published', async () => {
    const s = await unitWithCases('KIM Stelle West', 'Westerau', 3, 300);
    const files = [...keyFiles.slice(0, 2), keyFileOf(s)];
    s.statistics.importRoster({ text: rosterOf(files).text });
    await expect(s.statistics.export({ period: QUARTER, format: 'xlsx' })).rejects.toThrow(new KimError('ROSTER_JSON_ONLY'));
    await expect(s.statistics.export({ period: '2026-Q4', format: 'json' })).rejects.toThrow(new KimError('PERIOD_RUNNING'));
    expect(s.statistics.periods().find((p) => p.label === QUARTER)?.state).toBe('bereit');
  });

  it('ROSTER_LAYOUT: a municipality set up after the key file, with counts in the quarter', async () => {
    const s = await unitWithCases('KIM Stelle Ost', 'Ostbach', 3, 400);
    const files = [...keyFiles.slice(0, 2), keyFileOf(s)];
    s.statistics.importRoster({ text: rosterOf(files, { validFrom: '2026-Q1' }).text });
    s.locations.create({ name: 'GU Neudorf', kind: 'gu', municipality: 'Neudorf' });
    // A new municipality without counts is only a zero row: left out.
    s.at('2026-10-05');
    const withoutCounts = await s.statistics.export({ period: '2026-Q1', format: 'json' });
    expect(maskedExport.parse(JSON.parse(decode(withoutCounts.bytes))).body.period.label).toBe('2026-Q1');
    openCase(s, '2026-09-02', { gender: 'weiblich', birthDate: '1980-01-01', municipality: 'Neudorf', nationalities: ['SY'] }, {}, personalB(2));
    s.at('2026-10-05');
    await expect(s.statistics.export({ period: QUARTER, format: 'json' })).rejects.toThrow(new KimError('ROSTER_LAYOUT'));
    expect(s.statistics.periods().find((p) => p.label === QUARTER)?.state).toBe('bereit');
  });

  it('ROSTER_LAYOUT: a table on the roster that the app does not compute', async () => {
    const s = await unitWithCases('KIM Stelle Nordwest', 'Nordwest', 2, 500);
    const files = [...keyFiles.slice(0, 2), keyFileOf(s)];
    const { roster: base } = rosterOf(files);
    const layout = [...base.layout, { ...base.layout[0]!, id: 'faelle-neu-sternzeichen' }];
    s.statistics.importRoster({ text: rosterOf(files, { layout }).text });
    await expect(s.statistics.export({ period: QUARTER, format: 'json' })).rejects.toThrow(new KimError('ROSTER_LAYOUT'));
  });

  it('ROSTER_KEY_MISMATCH: the store’s keys changed after the roster was imported', async () => {
    const s = await unitWithCases('KIM Stelle Südost', 'Südost', 2, 600);
    const files = [...keyFiles.slice(0, 2), keyFileOf(s)];
    s.statistics.importRoster({ text: rosterOf(files).text });
    writeSetting(
      s.store.session().db,
      DISTRICT_KEYS_SETTING,
      { agreement: newUnitKeyPair(), signing: newSigningKeyPair(), createdOn: '2026-10-05' },
      s.clock.now,
    );
    await expect(s.statistics.export({ period: QUARTER, format: 'json' })).rejects.toThrow(new KimError('ROSTER_KEY_MISMATCH'));
    expect(s.statistics.periods().find((p) => p.label === QUARTER)?.state).toBe('bereit');
  });
});

describe('gilt ab: the version of the list a quarter is exported against', () => {
  it('two versions imported: before v2’s first quarter against v1, from it on against v2, before v1 plain; the preview names each', async () => {
    const s = await unitWithCases('KIM Stelle Nordsee', 'Nordsee', 4, 800);
    const files = [...keyFiles.slice(0, 2), keyFileOf(s)];
    const rosterId = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
    const v1 = rosterOf(files, { rosterId, version: 1, validFrom: '2026-Q2' });
    const v2 = rosterOf(files, { rosterId, version: 2, validFrom: '2026-Q4', district: 'Kreis Musterland (neu)' });
    s.statistics.importRoster({ text: v1.text });
    s.at('2026-10-20');
    // Version 2 arrives before the unit exported the closed third quarter.
    s.statistics.importRoster({ text: v2.text });
    expect(s.statistics.roster()).toMatchObject({ version: 2, validFrom: '2026-Q4' });

    // The preview names the list each quarter goes against.
    expect(s.statistics.preview({ period: '2026-Q1' }).districtExport).toBeNull();
    expect(s.statistics.preview({ period: '2026-Q2' }).districtExport).toEqual({ district: 'Kreis Musterland', version: 1, code: codeOfRoster(v1.roster) });
    expect(s.statistics.preview({ period: QUARTER }).districtExport).toEqual({ district: 'Kreis Musterland', version: 1, code: codeOfRoster(v1.roster) });
    expect(s.statistics.preview({ period: '2026-Q4' }).districtExport).toEqual({
      district: 'Kreis Musterland (neu)',
      version: 2,
      code: codeOfRoster(v2.roster),
    });

    // The third quarter: against version 1, exactly as the other units of version 1 have it.
    const q3 = maskedExport.parse(JSON.parse(await exportText(s)));
    expect(q3.body.roster).toEqual(v1.roster);
    // The first quarter lies before version 1: the plain export, XLSX too.
    const q1 = await s.statistics.export({ period: '2026-Q1', format: 'xlsx' });
    expect(q1.fileName).toBe('kim-statistik_kim-stelle-nordsee_2026-Q1.xlsx');
    expect(s.statistics.periods().find((p) => p.label === '2026-Q1')?.state).toBe('veroeffentlicht');
    expect(s.statistics.preview({ period: '2026-Q1' }).districtExport).toBeNull();

    // After the year's end: the fourth quarter against version 2; the third stays as published.
    s.at('2027-01-05');
    const q4 = maskedExport.parse(JSON.parse(await exportText(s, '2026-Q4')));
    expect(q4.body.roster).toEqual(v2.roster);
    expect(q4.body.period.label).toBe('2026-Q4');
    expect(maskedExport.parse(JSON.parse(await exportText(s))).body.roster).toEqual(v1.roster);
    expect(s.statistics.preview({ period: QUARTER }).districtExport).toMatchObject({ version: 1 });
    // A quarter after both: the newest version that applies.
    expect(s.statistics.preview({ period: '2027-Q1' }).districtExport).toMatchObject({ version: 2 });
  });
});
