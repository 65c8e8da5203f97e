import { describe, expect, it } from 'vitest';
import type { DistrictRosterInput } from '../../../electron/contract/areas/district';
import { roster as rosterSchema, type LayoutTable } from '../../../electron/contract/districtAggregation';
import { buildRoster } from '../../../electron/services/statistics/rosterBuild';
import { codeOfRoster, readRoster } from '../../../electron/services/statistics/rosterFile';
import { FIXTURE_LAYOUT, fixtureUnits, keyFileOf } from '../../fixtures/maskedExports';

/** Local time: the roster's day is the coordinator's day. */
const NOW = new Date(2026, 9, 14, 23, 30);
const units = fixtureUnits(4, 3);
const asFile = (value: unknown, name: string) => ({ name, text: JSON.stringify(value, null, 2) });
const keyFiles = (list = units.slice(0, 3)) => list.map((u) => asFile(keyFileOf(u), `schluessel-${u.name}.json`));
const input = (over: Partial<DistrictRosterInput> = {}): DistrictRosterInput => ({
  keyFiles: keyFiles(),
  district: 'Kreis Musterland',
  threshold: 6,
  perturbation: true,
  ...over,
});
const rosterOf = (bytes: Uint8Array) => readRoster(new TextDecoder().decode(bytes));

describe('building the roster from the units’ key files', () => {
  it('lists every unit with its keys and fingerprint, the district’s protection, and writes an indented file', () => {
    const { roster, problems } = buildRoster(input(), NOW);
    expect(problems).toEqual([]);
    expect(roster!.fileName).toBe('kim-bezirksliste_kreis-musterland_v1.json');
    const text = new TextDecoder().decode(roster!.bytes);
    expect(text).toContain('\n  "format"');
    const read = rosterOf(roster!.bytes)!;
    expect(read).not.toBeNull();
    expect(read.roster.version).toBe(1);
    expect(read.roster.rosterId).toMatch(/^[0-9a-f-]{36}$/);
    expect(read.roster.createdOn).toBe('2026-10-14');
    // A new list applies from the last closed quarter of the day it is made (14.10.2026: the third).
    expect(read.roster.validFrom).toBe('2026-Q3');
    expect(Object.keys(read.roster).slice(3, 6)).toEqual(['rosterId', 'version', 'validFrom']);
    expect(read.roster.protection).toEqual({ threshold: 6, perturbation: true });
    expect(read.roster.units.map((u) => u.name)).toEqual(['Stelle A', 'Stelle B', 'Stelle C']);
    expect(read.roster.units.map((u) => u.fingerprint)).toEqual(units.slice(0, 3).map((u) => keyFileOf(u).fingerprint));
    // The code shown is the one every unit computes from the file it imports.
    expect(roster!.info.code).toBe(read.code);
    expect(roster!.info.code).toBe(codeOfRoster(rosterSchema.parse(JSON.parse(text))));
    expect(roster!.info).toMatchObject({ version: 1, validFrom: '2026-Q3', district: 'Kreis Musterland', rosterId: read.roster.rosterId });
    expect(roster!.info.units.map((u) => u.fingerprint)).toEqual(read.roster.units.map((u) => u.fingerprint));
  });

  it('a new list gets a new id each time', () => {
    const a = rosterOf(buildRoster(input(), NOW).roster!.bytes)!;
    const b = rosterOf(buildRoster(input(), NOW).roster!.bytes)!;
    expect(a.roster.rosterId).not.toBe(b.roster.rosterId);
  });

  it('unions the units’ layouts: tables by id, rows and columns by key, in order of first appearance', () => {
    const places = FIXTURE_LAYOUT.find((t) => t.id === 'faelle-neu-gemeinde')!;
    const fewer: LayoutTable[] = FIXTURE_LAYOUT.filter((t) => t.id !== 'kurzberatung-thema').map((t) =>
      t.id === places.id ? { ...t, rows: [places.rows[2]!, { key: 'gemeinde-neudorf', label: 'Neudorf' }] } : t,
    );
    const files = [asFile(keyFileOf(units[0]!, fewer), 'a.json'), ...keyFiles(units.slice(1, 3))];
    const read = rosterOf(buildRoster(input({ keyFiles: files }), NOW).roster!.bytes)!;
    const ids = read.roster.layout.map((t) => t.id);
    expect(ids).toEqual([...fewer.map((t) => t.id), 'kurzberatung-thema']);
    const merged = read.roster.layout.find((t) => t.id === places.id)!;
    expect(merged.rows.map((r) => r.key)).toEqual(['gemeinde-westdorf', 'gemeinde-neudorf', 'gemeinde-nordstadt', 'gemeinde-suedtal', 'gemeinde-ostheim']);
  });

  it('with the previous list: same id, next version', () => {
    const first = buildRoster(input(), NOW).roster!;
    const next = buildRoster(input({ keyFiles: keyFiles(units), previous: { name: 'alt.json', text: new TextDecoder().decode(first.bytes) } }), NOW);
    expect(next.problems).toEqual([]);
    expect(next.roster!.info.rosterId).toBe(first.info.rosterId);
    expect(next.roster!.info.version).toBe(2);
    expect(next.roster!.fileName).toBe('kim-bezirksliste_kreis-musterland_v2.json');
    expect(next.roster!.info.code).not.toBe(first.info.code);
  });

  it('gilt ab: a new list from the last closed quarter, a new version from the running one, or the quarter chosen', () => {
    const previousOf = (bytes: Uint8Array) => ({ previous: { name: 'alt.json', text: new TextDecoder().decode(bytes) } });
    // On 14.10.2026 the new version applies from the running fourth quarter: the third keeps version 1.
    const first = buildRoster(input(), NOW).roster!;
    expect(buildRoster(input(previousOf(first.bytes)), NOW).roster!.info.validFrom).toBe('2026-Q4');
    // At a year's turn (local time): the last closed quarter is the previous year's fourth.
    const newYear = new Date(2027, 0, 1, 0, 15);
    const fresh = buildRoster(input(), newYear).roster!;
    expect(fresh.info.validFrom).toBe('2026-Q4');
    expect(buildRoster(input(previousOf(fresh.bytes)), newYear).roster!.info.validFrom).toBe('2027-Q1');
    expect(buildRoster(input(), new Date(2026, 2, 31, 23, 59)).roster!.info.validFrom).toBe('2025-Q4');
    // Chosen: taken as it is, also for a new version from the previous one's quarter on.
    const chosen = buildRoster(input({ validFrom: '2026-Q2' }), NOW).roster!;
    expect(rosterOf(chosen.bytes)!.roster.validFrom).toBe('2026-Q2');
    const same = buildRoster(input({ validFrom: '2026-Q2', ...previousOf(chosen.bytes) }), NOW);
    expect(same.problems).toEqual([]);
    expect(same.roster!.info).toMatchObject({ version: 2, validFrom: '2026-Q2' });
  });

  it('refuses a new version that applies before the previous one, with role previous and the reason', () => {
    const first = buildRoster(input({ validFrom: '2026-Q3' }), NOW).roster!;
    const { roster, problems } = buildRoster(input({ validFrom: '2026-Q2', previous: { name: 'alt.json', text: new TextDecoder().decode(first.bytes) } }), NOW);
    expect(roster).toBeNull();
    expect(problems).toEqual([
      {
        file: 'alt.json',
        role: 'previous',
        message:
          'Die neue Version soll ab dem 2. Quartal 2026 gelten, die bisherige Version 1 gilt ab dem 3. Quartal 2026. Eine neue Version kann nicht früher beginnen als die bisherige: Die Quartale davor behalten die Liste, mit der sie exportiert wurden. Bitte wählen Sie bei „Gilt ab“ das 3. Quartal 2026 oder ein späteres Quartal.',
      },
    ]);
  });

  it('refuses a previous file that is no roster, with role previous', () => {
    const { roster, problems } = buildRoster(input({ previous: { name: 'alt.json', text: JSON.stringify(keyFileOf(units[0]!)) } }), NOW);
    expect(roster).toBeNull();
    expect(problems).toEqual([{ file: 'alt.json', role: 'previous', message: expect.stringContaining('keine Bezirksliste') }]);
  });

  it('refuses fewer than three units and says why', () => {
    const { roster, problems } = buildRoster(input({ keyFiles: keyFiles(units.slice(0, 2)) }), NOW);
    expect(roster).toBeNull();
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain('mindestens 3 Stellen, hier sind es 2');
    expect(problems[0]!.message).toContain('genau die Zahl der anderen Stelle');
  });

  it('refuses unreadable files, changed fingerprints, a unit twice and the same keys under two units, per file', () => {
    const changed = { ...keyFileOf(units[1]!), fingerprint: keyFileOf(units[0]!).fingerprint };
    const copied = { ...keyFileOf(units[3]!), keys: keyFileOf(units[2]!).keys, fingerprint: keyFileOf(units[2]!).fingerprint };
    const files = [
      ...keyFiles(units.slice(0, 3)),
      { name: 'kaputt.json', text: '{"format":' },
      { name: 'leer.json', text: '' },
      { name: 'fremd.json', text: '{"format":"etwas"}' },
      asFile(changed, 'veraendert.json'),
      asFile(keyFileOf(units[0]!), 'nochmal.json'),
      asFile(copied, 'kopie.json'),
    ];
    const { roster, problems } = buildRoster(input({ keyFiles: files }), NOW);
    expect(roster).toBeNull();
    const by = Object.fromEntries(problems.map((p) => [p.file, p.message]));
    expect(Object.keys(by).sort()).toEqual(['fremd.json', 'kaputt.json', 'kopie.json', 'leer.json', 'nochmal.json', 'veraendert.json']);
    expect(by['kaputt.json']).toContain('keine lesbare JSON-Datei');
    expect(by['leer.json']).toContain('leer');
    expect(by['fremd.json']).toContain('kein Stellenschlüssel');
    expect(by['veraendert.json']).toContain('Fingerabdruck');
    expect(by['nochmal.json']).toContain('„Stelle A“ steht schon');
    expect(by['kopie.json']).toContain('Die Schlüssel der Stelle „Stelle D“');
  });

  it('refuses a table built differently in two key files', () => {
    const other = FIXTURE_LAYOUT.map((t) => (t.id === 'faelle-laufend-altersgruppe' ? { ...t, timing: 'zeitraum' as const } : t));
    const files = [asFile(keyFileOf(units[0]!, other), 'alt.json'), ...keyFiles(units.slice(1, 3))];
    const { roster, problems } = buildRoster(input({ keyFiles: files }), NOW);
    expect(roster).toBeNull();
    expect(problems[0]!.message).toContain('„Laufende Fälle nach Altersgruppe“ ist in diesen Stellenschlüsseln unterschiedlich aufgebaut');
  });
});
