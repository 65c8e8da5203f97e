/**
 * Rosters for the tests of the unit's side (issue 15), built here from the units' key files the
 * way the coordinators' side does (the union of the layouts, every unit with its keys), so the
 * unit's tests do not depend on the Bezirksansicht.
 */
import { randomUUID } from 'node:crypto';
import { roster as rosterSchema, unitKeyFile, type LayoutTable, type Roster, type UnitKeyFile } from '../../../electron/contract/districtAggregation';
import { clockedStore, openCase, personalA, contact } from './helpers';

export type UnitStore = Awaited<ReturnType<typeof clockedStore>>;

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

export const keyFileOf = (s: UnitStore): UnitKeyFile => unitKeyFile.parse(JSON.parse(decode(s.statistics.exportUnitKey().bytes)));

const unionLines = (a: readonly { key: string; label: string }[], b: readonly { key: string; label: string }[]) => {
  const keys = new Set(a.map((l) => l.key));
  return [...a, ...b.filter((l) => !keys.has(l.key))];
};

/** The union of layouts: tables by id in first-seen order, rows and columns united in order. */
export function unionLayout(layouts: readonly (readonly LayoutTable[])[]): LayoutTable[] {
  const tables = new Map<string, LayoutTable>();
  for (const layout of layouts) {
    for (const table of layout) {
      const seen = tables.get(table.id);
      tables.set(table.id, seen ? { ...seen, rows: unionLines(seen.rows, table.rows), columns: unionLines(seen.columns, table.columns) } : table);
    }
  }
  return [...tables.values()];
}

export interface RosterOptions {
  rosterId?: string;
  version?: number;
  /** The first quarter the list applies to (default 2026-Q3, the quarter these units export). */
  validFrom?: string;
  district?: string;
  layout?: LayoutTable[];
}

/** A roster of the key files, as a parsed list and as the file's text. */
export function rosterOf(keyFiles: readonly UnitKeyFile[], options: RosterOptions = {}): { roster: Roster; text: string } {
  const roster = rosterSchema.parse({
    format: 'kim-fallakte-bezirksliste',
    formatVersion: 1,
    appVersion: '1.0.0',
    rosterId: options.rosterId ?? randomUUID(),
    version: options.version ?? 1,
    validFrom: options.validFrom ?? '2026-Q3',
    district: options.district ?? 'Kreis Musterland',
    createdOn: '2026-10-02',
    protection: { threshold: 5, perturbation: true },
    units: keyFiles.map((f) => ({ ...f.unit, keys: f.keys, fingerprint: f.fingerprint })),
    layout: options.layout ?? unionLayout(keyFiles.map((f) => f.layout)),
  });
  return { roster, text: `${JSON.stringify(roster, null, 2)}\n` };
}

/** A unit with a name, a location in its municipality and `cases` cases opened in 2026-Q3 with a contact each; the clock ends on 5 October 2026. */
export async function unitWithCases(name: string, municipality: string, cases: number, start = 0) {
  const s = await clockedStore('2026-07-01');
  s.statistics.updateSettings({ unitName: name });
  s.locations.create({ name: `Beratungsstelle ${municipality}`, kind: 'beratungsstelle', municipality });
  for (let i = 0; i < cases; i++) {
    const day = `2026-0${7 + (i % 3)}-${String(1 + ((i * 3) % 27)).padStart(2, '0')}`;
    const c = openCase(
      s,
      day,
      {
        gender: i % 2 === 0 ? 'weiblich' : 'maennlich',
        birthDate: `${1960 + ((start + i) % 40)}-05-01`,
        municipality: i % 4 === 0 ? 'Anderswo' : municipality,
        nationalities: ['SY'],
      },
      {},
      personalA(start + i),
    );
    contact(s, day, c, { durationMinutes: 15 + 15 * (i % 4) });
  }
  s.at('2026-10-05');
  return s;
}
