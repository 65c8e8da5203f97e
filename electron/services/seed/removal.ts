/**
 * The two ways out of demo data:
 * - remove exactly what the demo load created (its persons with everything of theirs, its
 *   consultation hours, the configuration it added where nothing else uses it), keeping what the
 *   user recorded beside it;
 * - start over with an empty store: every person, case and record goes, the configuration is back
 *   to a new store's, under the same passphrase and recovery key (see emptyStore for why).
 */
import { KimError } from '../../contract/errors';
import { EMPTY_STORE_WORD, type DemoRemoveResult, type EmptyStoreResult } from '../../contract/areas/demo';
import { readSetting } from '../../../db/queries/settings';
import { beginErasure, deleteHouseholdIfEmpty, deletePersonAndCases, endErasure } from '../../../db/queries/erasure';
import {
  CASE_MANAGER_UNUSED,
  checkpointWal,
  casesOfPerson,
  countRows,
  deleteConsultationSessions,
  deleteSettings,
  deleteUnreferenced,
  DEMO_TRACKED_TABLES,
  emptyTables,
  householdOfPerson,
  insertDefaultLifeAreas,
  mergeSearchIndex,
  resetCaseNumbersWhenNoCases,
  tablesToEmpty,
  type TrackedIds,
  trackedIds,
} from '../../../db/queries/demoData';
import { db, type ServiceContext } from '../context';

export const DEMO_SETTING = 'demoData';
/** What the demo load created: ids per tracked table (written in the load's transaction). */
export const DEMO_CREATED_SETTING = 'demoData.created';

/** Ids now, to compare with after the load. */
export function demoSnapshot(ctx: ServiceContext): TrackedIds {
  return trackedIds(ctx.store.session().sqlite);
}

/** The ids the load added: everything in the tracked tables that was not there before. */
export function demoCreated(ctx: ServiceContext, before: TrackedIds): TrackedIds {
  const after = trackedIds(ctx.store.session().sqlite);
  const created = {} as TrackedIds;
  for (const table of DEMO_TRACKED_TABLES) {
    const had = new Set(before[table]);
    created[table] = after[table].filter((id) => !had.has(id));
  }
  return created;
}

function isTrackedIds(value: unknown): value is TrackedIds {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return DEMO_TRACKED_TABLES.every((table) => Array.isArray(record[table]) && (record[table] as unknown[]).every((id) => typeof id === 'string'));
}

/** Removes what the demo load created; what the user recorded beside it stays. */
export function removeDemoData(ctx: ServiceContext): DemoRemoveResult {
  const { sqlite } = ctx.store.session(); // LOCKED while locked
  if (readSetting(db(ctx), DEMO_SETTING) !== true) throw new KimError('DEMO_NONE');
  const created = readSetting(db(ctx), DEMO_CREATED_SETTING);
  // Loaded by an earlier version, which kept no list: what is demo can no longer be told apart.
  if (!isTrackedIds(created)) throw new KimError('DEMO_ORIGIN_UNKNOWN');

  let persons = 0;
  let cases = 0;
  sqlite.transaction(() => {
    beginErasure(sqlite); // the assessments' delete triggers let an erasure pass
    for (const personId of created.persons) {
      const personCases = casesOfPerson(sqlite, personId);
      const householdId = householdOfPerson(sqlite, personId);
      if (householdId === undefined) continue; // already erased by the user
      deletePersonAndCases(
        sqlite,
        personId,
        personCases.map((c) => c.id),
      );
      if (householdId !== null) deleteHouseholdIfEmpty(sqlite, householdId);
      persons += 1;
      cases += personCases.length;
    }
    for (const householdId of created.households) deleteHouseholdIfEmpty(sqlite, householdId);
    deleteConsultationSessions(sqlite, created.consultation_sessions);
    // Configuration the demo added goes where nothing left uses it (a real case may use a demo place).
    deleteUnreferenced(sqlite, 'target_groups', created.target_groups);
    deleteUnreferenced(sqlite, 'locations', created.locations);
    deleteUnreferenced(sqlite, 'partners', created.partners);
    deleteUnreferenced(sqlite, 'life_areas', created.life_areas);
    deleteUnreferenced(sqlite, 'case_managers', created.case_managers, [CASE_MANAGER_UNUSED]);
    resetCaseNumbersWhenNoCases(sqlite);
    mergeSearchIndex(sqlite);
    deleteSettings(sqlite, [DEMO_SETTING, DEMO_CREATED_SETTING]);
    ctx.store.audit('demo_data.removed', 'settings');
    endErasure(sqlite);
  })();
  return { persons, cases, remainingCases: countRows(sqlite, 'cases') };
}

/**
 * Starts over with an empty store, in place, under the same passphrase and recovery key. Why in
 * place and not a new store through setup: a new store would need a new passphrase and a new
 * recovery key written down, and the old file (with any real case recorded beside the demo)
 * would have to be deleted by the app or left behind unnoticed; the key file, backups and the
 * audit chain's anchor all belong to this store. Emptying it keeps the keys valid (nothing to
 * write down again), keeps the audit log (who emptied it, when, stays on record) and the device's
 * settings, and removes every person, case and record; configuration returns to a new store's
 * (the default life areas, nothing else). The typed word guards against a slip.
 */
export function emptyStore(ctx: ServiceContext, input: { confirm: string }): EmptyStoreResult {
  const { sqlite } = ctx.store.session(); // LOCKED while locked
  if (input.confirm.trim().toUpperCase() !== EMPTY_STORE_WORD) throw new KimError('EMPTY_STORE_CONFIRMATION_MISMATCH');
  const persons = countRows(sqlite, 'persons');
  const cases = countRows(sqlite, 'cases');
  sqlite.transaction(() => {
    beginErasure(sqlite);
    emptyTables(sqlite, tablesToEmpty(sqlite));
    insertDefaultLifeAreas(sqlite);
    mergeSearchIndex(sqlite);
    deleteSettings(sqlite, [DEMO_SETTING, DEMO_CREATED_SETTING]);
    ctx.store.audit('store.emptied', 'store');
    endErasure(sqlite);
  })();
  // secure_delete zeroed the freed cells; the checkpoint copies the zeroed pages over the file
  // (with a reader holding a snapshot, the WAL is emptied when the store is closed).
  checkpointWal(sqlite);
  return { persons, cases };
}
