/**
 * Importing the roster (Bezirksliste) on the unit's side: every refusal with its reason, the
 * change a roster would make, every version of the list kept (the history the exports choose
 * from by validFrom), the newest shown, each import audited with its version.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { UnitKeyFile } from '../../../electron/contract/districtAggregation';
import { KimError } from '../../../electron/contract/errors';
import { ROSTER_SETTING } from '../../../electron/services/statistics/rosterImport';
import { newSigningKeyPair, newUnitKeyPair, unitFingerprint } from '../../../electron/services/statistics/secureAggregation';
import { readSetting } from '../../../db/queries/settings';
import { recentAudit } from '../../../db/queries/audit';
import { clockedStore } from './helpers';
import { keyFileOf, rosterOf, type UnitStore } from './rosterFixtures';

const ROSTER_ID = '3f0c1e52-8a7b-4c1d-9e2f-0a1b2c3d4e5f';
let own: UnitKeyFile;
let others: UnitKeyFile[];

async function namedStore(name: string) {
  const s = await clockedStore('2026-10-05');
  s.statistics.updateSettings({ unitName: name });
  return s;
}

const imports = (s: UnitStore) => recentAudit(s.store.session().db, 10_000).filter((e) => e.action === 'statistics.roster_imported');

beforeAll(async () => {
  const stores = await Promise.all(['KIM Stelle Mitte', 'KIM Stelle Süd', 'KIM Stelle West'].map(namedStore));
  others = stores.map(keyFileOf);
}, 60_000);

/** A fresh unit store whose key file is `own`. */
async function unit() {
  const s = await namedStore('KIM Stelle Nord');
  own = keyFileOf(s);
  return s;
}

describe('a roster the unit cannot take', () => {
  it('ROSTER_UNREADABLE: not JSON, another format, a fingerprint changed by hand', async () => {
    const s = await unit();
    const { roster } = rosterOf([own, ...others.slice(0, 2)], { rosterId: ROSTER_ID });
    const changed = structuredClone(roster);
    changed.units[1]!.fingerprint = own.fingerprint;
    for (const text of ['kein JSON', JSON.stringify({ ...roster, format: 'kim-fallakte-statistik' }), JSON.stringify(changed), JSON.stringify(own)]) {
      expect(() => s.statistics.checkRoster({ text })).toThrow(new KimError('ROSTER_UNREADABLE'));
      expect(() => s.statistics.importRoster({ text })).toThrow(new KimError('ROSTER_UNREADABLE'));
    }
    expect(s.statistics.roster()).toBeNull();
  });

  it('ROSTER_NOT_LISTED: the unit is not on it', async () => {
    const s = await unit();
    const { text } = rosterOf(others, { rosterId: ROSTER_ID });
    expect(() => s.statistics.checkRoster({ text })).toThrow(new KimError('ROSTER_NOT_LISTED'));
    expect(() => s.statistics.importRoster({ text })).toThrow(new KimError('ROSTER_NOT_LISTED'));
    expect(s.statistics.roster()).toBeNull();
  });

  it('ROSTER_KEY_MISMATCH: the unit’s entry carries other keys (consistent fingerprint)', async () => {
    const s = await unit();
    const keys = { agreement: newUnitKeyPair().publicKey, signing: own.keys.signing };
    const swapped = { ...own, keys, fingerprint: unitFingerprint(keys) };
    const signingOnly = { agreement: own.keys.agreement, signing: newSigningKeyPair().publicKey };
    for (const entry of [swapped, { ...own, keys: signingOnly, fingerprint: unitFingerprint(signingOnly) }]) {
      const { text } = rosterOf([entry, ...others.slice(0, 2)], { rosterId: ROSTER_ID });
      expect(() => s.statistics.checkRoster({ text })).toThrow(new KimError('ROSTER_KEY_MISMATCH'));
      expect(() => s.statistics.importRoster({ text })).toThrow(new KimError('ROSTER_KEY_MISMATCH'));
    }
    expect(s.statistics.roster()).toBeNull();
    expect(imports(s)).toHaveLength(0);
  });
});

describe('versions of a roster', () => {
  it('neu, gleich, neuere-version; older and conflicting versions refused; every version kept, the newest shown', async () => {
    const s = await unit();
    const v1 = rosterOf([own, ...others.slice(0, 2)], { rosterId: ROSTER_ID, version: 1 });
    const check = s.statistics.checkRoster({ text: v1.text });
    expect(check.change).toBe('neu');
    expect(check.ownUnitId).toBe(own.unit.id);
    expect(check.roster.units.map((u) => u.fingerprint)).toEqual(v1.roster.units.map((u) => u.fingerprint));
    expect(s.statistics.roster()).toBeNull();

    const imported = s.statistics.importRoster({ text: v1.text });
    expect(imported).toMatchObject({ rosterId: ROSTER_ID, version: 1, district: 'Kreis Musterland', importedOn: '2026-10-05', code: check.roster.code });
    expect(s.statistics.roster()).toEqual(imported);
    expect(imports(s).map((e) => e.entityId)).toEqual(['1']);

    // The same list again (here indented differently): nothing changes.
    const compact = JSON.stringify(v1.roster);
    expect(s.statistics.checkRoster({ text: compact }).change).toBe('gleich');
    s.at('2026-10-06');
    expect(s.statistics.importRoster({ text: compact })).toEqual(imported);
    expect(imports(s)).toHaveLength(1);

    // A newer version that would apply earlier than the imported one: its quarters would change list.
    const earlier = rosterOf([own, ...others], { rosterId: ROSTER_ID, version: 2, validFrom: '2026-Q1' });
    expect(() => s.statistics.checkRoster({ text: earlier.text })).toThrow(new KimError('ROSTER_VALID_FROM_EARLIER'));
    expect(() => s.statistics.importRoster({ text: earlier.text })).toThrow(new KimError('ROSTER_VALID_FROM_EARLIER'));

    const v2 = rosterOf([own, ...others], { rosterId: ROSTER_ID, version: 2 });
    expect(s.statistics.checkRoster({ text: v2.text }).change).toBe('neuere-version');
    expect(s.statistics.importRoster({ text: v2.text })).toMatchObject({ version: 2, importedOn: '2026-10-06' });
    expect(imports(s)).toHaveLength(2);

    expect(() => s.statistics.checkRoster({ text: v1.text })).toThrow(new KimError('ROSTER_OLDER'));
    expect(() => s.statistics.importRoster({ text: v1.text })).toThrow(new KimError('ROSTER_OLDER'));
    const otherV2 = rosterOf([own, ...others.slice(1)], { rosterId: ROSTER_ID, version: 2 });
    expect(() => s.statistics.checkRoster({ text: otherV2.text })).toThrow(new KimError('ROSTER_CONFLICT'));
    expect(() => s.statistics.importRoster({ text: otherV2.text })).toThrow(new KimError('ROSTER_CONFLICT'));

    expect(s.statistics.roster()).toMatchObject({ version: 2, units: v2.roster.units.map((u) => expect.objectContaining({ id: u.id })) });
    expect(readSetting(s.store.session().db, ROSTER_SETTING)).toEqual({
      versions: [
        { text: v1.text, importedOn: '2026-10-05' },
        { text: v2.text, importedOn: '2026-10-06' },
      ],
    });
  });

  it('another list replaces the imported one only when confirmed', async () => {
    const s = await unit();
    const first = rosterOf([own, ...others.slice(0, 2)], { rosterId: ROSTER_ID, version: 4 });
    s.statistics.importRoster({ text: first.text });
    const other = rosterOf([own, ...others], { district: 'Kreis Nachbarland', version: 1 });
    expect(s.statistics.checkRoster({ text: other.text }).change).toBe('andere-liste');
    expect(() => s.statistics.importRoster({ text: other.text })).toThrow(new KimError('ROSTER_OTHER_LIST'));
    expect(() => s.statistics.importRoster({ text: other.text, replaceList: false })).toThrow(new KimError('ROSTER_OTHER_LIST'));
    expect(s.statistics.roster()).toMatchObject({ rosterId: ROSTER_ID, version: 4 });
    expect(s.statistics.importRoster({ text: other.text, replaceList: true })).toMatchObject({ district: 'Kreis Nachbarland', version: 1 });
    expect(s.statistics.roster()).toMatchObject({ rosterId: other.roster.rosterId, version: 1 });
    // Newest first.
    expect(imports(s).map((e) => e.entityId)).toEqual(['1', '4']);
    // Another list begins a new history: version 4 of the old list is gone.
    expect(readSetting(s.store.session().db, ROSTER_SETTING)).toEqual({ versions: [{ text: other.text, importedOn: '2026-10-05' }] });
  });
});
