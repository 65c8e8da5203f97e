/**
 * The unit's keys for the district statistic with hidden counts: made once per store, kept
 * across lock and unlock, audited once; the key file carries the public halves, the unit and
 * every row the unit's tables can count by; the private halves are in no method's answer.
 */
import { describe, expect, it } from 'vitest';
import { unitKeyFile } from '../../../electron/contract/districtAggregation';
import { KimError } from '../../../electron/contract/errors';
import { DISTRICT_KEYS_SETTING, layoutOf, type DistrictKeys } from '../../../electron/services/statistics/unitKey';
import { unitFingerprint } from '../../../electron/services/statistics/secureAggregation';
import { prepareStatistics, rawIndicators } from '../../../electron/services/statistics/document';
import { readSetting } from '../../../db/queries/settings';
import { recentAudit } from '../../../db/queries/audit';
import { GOOD_PASSPHRASE } from '../../fixtures/tempStore';
import { clockedStore, openCase, personalA } from './helpers';
import { rosterOf } from './rosterFixtures';

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const storedKeys = (s: Awaited<ReturnType<typeof clockedStore>>) => readSetting(s.store.session().db, DISTRICT_KEYS_SETTING) as DistrictKeys;
const auditCount = (s: Awaited<ReturnType<typeof clockedStore>>, action: string) =>
  recentAudit(s.store.session().db, 10_000).filter((e) => e.action === action).length;

describe('the unit key', () => {
  it('is made once, survives lock and unlock, and its fingerprint is of both public keys', async () => {
    const s = await clockedStore('2026-10-05');
    const first = s.statistics.unitKey();
    expect(first.createdOn).toBe('2026-10-05');
    expect(first.unitName).toBeNull();
    const keys = storedKeys(s);
    expect(first.fingerprint).toBe(unitFingerprint({ agreement: keys.agreement.publicKey, signing: keys.signing.publicKey }));
    expect(auditCount(s, 'statistics.unit_key_created')).toBe(1);

    s.store.lock('manual');
    s.at('2026-11-02');
    await s.store.unlock({ passphrase: GOOD_PASSPHRASE });
    expect(s.statistics.unitKey()).toEqual(first);
    expect(storedKeys(s)).toEqual(keys);
    expect(auditCount(s, 'statistics.unit_key_created')).toBe(1);
  });

  it('the key file needs the unit’s name, carries the public halves only and is audited', async () => {
    const s = await clockedStore('2026-10-05');
    expect(() => s.statistics.exportUnitKey()).toThrow(new KimError('STATISTICS_UNIT_MISSING'));
    s.statistics.updateSettings({ unitName: 'KIM Stelle Nord', municipality: 'Nordheim' });
    const { fileName, bytes } = s.statistics.exportUnitKey();
    expect(fileName).toBe('kim-stellenschluessel_kim-stelle-nord.json');
    const file = unitKeyFile.parse(JSON.parse(decode(bytes)));
    const keys = storedKeys(s);
    expect(file.keys).toEqual({ agreement: keys.agreement.publicKey, signing: keys.signing.publicKey });
    expect(file.fingerprint).toBe(s.statistics.unitKey().fingerprint);
    expect(file.unit).toEqual({ id: s.statistics.settings().unit.id, name: 'KIM Stelle Nord', traeger: null, municipality: 'Nordheim' });
    expect(decode(bytes)).not.toContain(keys.agreement.privateKey);
    expect(decode(bytes)).not.toContain(keys.signing.privateKey);
    expect(auditCount(s, 'statistics.unit_key_exported')).toBe(1);
  });

  it('the layout has every configured target group, municipality and life area, inactive ones too, and no medians', async () => {
    const s = await clockedStore('2026-10-05');
    s.statistics.updateSettings({ unitName: 'KIM Stelle Nord' });
    s.locations.create({ name: 'GU Waldweg', kind: 'gu', municipality: 'Waldheim' });
    // Valid only from next year: the tables of this quarter do not show it.
    s.targetGroups.create({ name: 'Geduldete über 27 Jahre', validFrom: '2027-01-01' });
    const areas = s.lifeAreas.list({ includeInactive: true });
    expect(areas.length).toBeGreaterThan(1);
    const inactive = areas[0]!;
    s.lifeAreas.setActive({ lifeAreaId: inactive.id, active: false });

    const raws = rawIndicators(prepareStatistics({ store: s.store, now: () => s.clock.now }, '2026-Q4').input);
    const rawRows = (id: string) => raws.find((t) => t.id === id)!.rows.map((r) => r.key);
    expect(rawRows('faelle-neu-zielgruppe')).not.toContain('zielgruppe-geduldete-ueber-27-jahre');
    expect(rawRows('zyklus-ziele-neu')).not.toContain(inactive.id);

    const file = unitKeyFile.parse(JSON.parse(decode(s.statistics.exportUnitKey().bytes)));
    const rows = (id: string) => file.layout.find((t) => t.id === id)!.rows.map((r) => r.key);
    expect(rows('faelle-neu-zielgruppe')).toEqual(['zielgruppe-geduldete-ueber-27-jahre', 'keine-zielgruppe']);
    expect(rows('faelle-neu-gemeinde')).toContain('gemeinde-waldheim');
    for (const area of areas) expect(rows('zyklus-ziele-neu')).toContain(area.id);
    expect(rows('zyklus-ziele-neu')).not.toContain('keine-lebensbereiche');
    // Tables of fixed rows stay as they are, even where a row's key is also a life area's ('sprache').
    for (const raw of raws.filter(
      (t) => t.kind !== 'measures' && !['faelle-neu-zielgruppe', 'faelle-laufend-zielgruppe', 'faelle-abgeschlossen-zielgruppe'].includes(t.id),
    )) {
      if (raw.rowTitle.includes('Lebensbereich')) expect(rows(raw.id), raw.id).toEqual(areas.map((a) => a.id));
      else expect(rows(raw.id), raw.id).toEqual(raw.rows.map((r) => r.key));
    }
    // Every table but the medians, in the indicators' order.
    expect(file.layout.map((t) => t.id)).toEqual(raws.filter((t) => t.kind !== 'measures').map((t) => t.id));
    expect(file.layout.filter((t) => t.kind === 'hours').every((t) => t.countsOf !== null && t.unitOfCount === 'Stunden')).toBe(true);
  });

  it('layoutOf keeps counts and hours tables with their rows and columns', async () => {
    const s = await clockedStore('2026-07-01');
    openCase(s, '2026-07-02', { gender: 'weiblich', birthDate: '1990-05-01', municipality: null, nationalities: ['SY'] }, {}, personalA(1));
    const raws = rawIndicators(prepareStatistics({ store: s.store, now: () => s.clock.now }, '2026-Q3').input);
    const layout = layoutOf(raws);
    const neu = raws.find((t) => t.id === 'faelle-neu-geschlecht');
    if (neu?.kind !== 'counts') throw new Error('no count table faelle-neu-geschlecht');
    expect(layout.find((t) => t.id === 'faelle-neu-geschlecht')).toMatchObject({ kind: 'counts', rows: neu.rows, columns: neu.columns, countsOf: null });
    const hours = raws.find((t) => t.kind === 'hours');
    if (hours?.kind !== 'hours') throw new Error('no hours table');
    expect(layout.find((t) => t.id === hours.id)).toMatchObject({ kind: 'hours', unitOfCount: 'Stunden', countsOf: hours.countsOf, rows: hours.rows });
    expect(layout.some((t) => raws.find((r) => r.id === t.id)?.kind === 'measures')).toBe(false);
  });

  it('no method’s answer carries a private key: the new methods and settings.get', async () => {
    const s = await clockedStore('2026-10-05');
    s.statistics.updateSettings({ unitName: 'KIM Stelle Nord' });
    const keys = storedKeys(s.statistics.unitKey() && s);
    const own = JSON.parse(decode(s.statistics.exportUnitKey().bytes));
    const others = await Promise.all(
      ['Mitte', 'Süd'].map(async (name) => {
        const other = await clockedStore('2026-10-05');
        other.statistics.updateSettings({ unitName: `KIM Stelle ${name}` });
        return JSON.parse(decode(other.statistics.exportUnitKey().bytes));
      }),
    );
    const { text } = rosterOf([own, ...others]);
    const answers: unknown[] = [
      s.statistics.unitKey(),
      decode(s.statistics.exportUnitKey().bytes),
      s.statistics.checkRoster({ text }),
      s.statistics.importRoster({ text }),
      s.statistics.roster(),
      s.statistics.settings(),
      s.settings.get(),
      s.statistics.preview({ period: '2026-Q3' }),
      decode((await s.statistics.export({ period: '2026-Q3', format: 'json' })).bytes),
    ];
    const all = JSON.stringify(answers);
    expect(all).toContain(keys.agreement.publicKey);
    for (const secret of [keys.agreement.privateKey, keys.signing.privateKey]) {
      expect(all).not.toContain(secret);
      expect(all).not.toContain(Buffer.from(secret, 'base64').toString('hex'));
    }
  });
});
