/** Two stores for the handover tests: a seeded sender (one person with two cases) and a receiver. */
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { createHandoverServices } from '../../../electron/services/handover';
import { ACCESS_ROUTES } from '../../../electron/contract/vocabulary';
import { createdStore, tempDir, TEST_KDF_COST } from '../../fixtures/tempStore';
import { NOW, rows, seededStore, TODAY } from '../seed/helpers';

export { NOW, rows, TODAY };

export const CONFIGURATION = ['partners', 'locations', 'target_groups', 'life_areas'] as const;

/**
 * The seeded sender and the three cases the tests hand over: person A with two cases (a closed
 * one and a second opened for it), person B with one open case.
 */
export async function senderWithCases() {
  const services = await seededStore({ cases: 12, seed: 5 });
  const { sqlite } = services;
  const handover = createHandoverServices({ store: services.store, now: () => NOW }, TEST_KDF_COST).handover;
  const closed = rows<{ personId: string; id: string }>(
    sqlite,
    `SELECT person_id AS personId, id FROM cases WHERE phase = 'abgeschlossen' AND person_id IN (SELECT person_id FROM cases GROUP BY person_id HAVING count(*) = 1) ORDER BY case_number LIMIT 1`,
  )[0];
  if (!closed) throw new Error('the seed has no closed case');
  const location = rows<{ id: string }>(sqlite, 'SELECT id FROM locations WHERE active = 1 ORDER BY name LIMIT 1')[0]!.id;
  const second = services.intakes.record({
    personId: closed.personId,
    date: TODAY,
    accessRoute: ACCESS_ROUTES[0],
    targetGroupIds: [],
    decision: 'fall_eroeffnet',
    consent: { givenAt: TODAY, form: 'schriftlich' },
    locationId: location,
  });
  const other = rows<{ personId: string; id: string }>(
    sqlite,
    `SELECT person_id AS personId, id FROM cases WHERE phase <> 'abgeschlossen' AND person_id <> '${closed.personId}'
     AND person_id IN (SELECT person_id FROM cases GROUP BY person_id HAVING count(*) = 1)
     AND EXISTS (SELECT 1 FROM contacts k WHERE k.case_id = cases.id AND k.note IS NOT NULL)
     ORDER BY case_number LIMIT 1`,
  )[0];
  if (!other) throw new Error('the seed has no open case with a contact note');
  return {
    ...services,
    handover,
    personA: { id: closed.personId, caseIds: [closed.id, second.caseId as string] },
    personB: { id: other.personId, caseIds: [other.id] },
  };
}

/** A new store; with `configurationFrom`, the sender's configuration copied with the same ids (as if set up together). */
export async function receiver(configurationFrom?: Database.Database) {
  const services = await createdStore({ now: () => NOW });
  const { sqlite } = services.store.session();
  if (configurationFrom) copyConfiguration(configurationFrom, sqlite);
  const handover = createHandoverServices({ store: services.store, now: () => NOW }, TEST_KDF_COST).handover;
  return { ...services, sqlite, handover };
}

export function copyConfiguration(from: Database.Database, to: Database.Database, newIds = false): void {
  for (const table of CONFIGURATION) {
    for (const row of rows(from, `SELECT * FROM "${table}"`)) {
      const values = newIds && table !== 'life_areas' ? { ...row, id: `x-${String(row.id)}` } : row;
      const columns = Object.keys(values);
      to.prepare(`INSERT OR IGNORE INTO "${table}" (${columns.map((c) => `"${c}"`).join(',')}) VALUES (${columns.map(() => '?').join(',')})`).run(
        ...Object.values(values),
      );
    }
  }
}

/** A fresh path for a package. */
export function packagePath(): string {
  return path.join(tempDir(), 'uebergabe.kimuebergabe');
}

/** A copy of the package with `change` applied to its bytes. */
export function alteredCopy(file: string, change: (bytes: Buffer) => Buffer): string {
  const target = path.join(tempDir(), 'verändert.kimuebergabe');
  fs.writeFileSync(target, change(Buffer.from(fs.readFileSync(file))));
  return target;
}
