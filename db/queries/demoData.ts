/**
 * Removing demo data, and starting over with an empty store (electron/services/seed/removal.ts).
 * Plain prepared statements: both walk tables by name (the demo's list of what it created, or
 * every table of the store) and run in the service's one transaction.
 */
import type Database from 'better-sqlite3';
import { DEFAULT_LIFE_AREA_NAMES } from '../../electron/contract/labels';

/** Tables whose rows the demo load writes without a person: kept as id lists to remove exactly those. */
export const DEMO_TRACKED_TABLES = [
  'persons',
  'households',
  'consultation_sessions',
  'target_groups',
  'locations',
  'partners',
  'life_areas',
  'case_managers',
] as const;
export type DemoTrackedTable = (typeof DEMO_TRACKED_TABLES)[number];
export type TrackedIds = Record<DemoTrackedTable, string[]>;

/** The ids in each tracked table now: taken before and after the load, the difference is the demo's. */
export function trackedIds(sqlite: Database.Database): TrackedIds {
  const ids = {} as TrackedIds;
  for (const table of DEMO_TRACKED_TABLES) {
    // In the order of creation: the same seed writes the same list (the ids are random).
    ids[table] = (sqlite.prepare(`SELECT id FROM "${table}" ORDER BY rowid`).all() as { id: string }[]).map((row) => row.id);
  }
  return ids;
}

/** The demo person's cases (all of them: a demo person is fictional, so is every case opened for them). */
export function casesOfPerson(sqlite: Database.Database, personId: string): { id: string; caseNumber: string }[] {
  return sqlite.prepare('SELECT id, case_number AS caseNumber FROM cases WHERE person_id = ?').all(personId) as { id: string; caseNumber: string }[];
}

/** The demo's consultation hours with everything recorded in them (their people are removed before). */
export function deleteConsultationSessions(sqlite: Database.Database, sessionIds: readonly string[]): void {
  const ids = JSON.stringify(sessionIds);
  for (const table of ['short_advice', 'consultation_session_contacts', 'consultation_session_persons', 'consultation_queue', 'consultation_sessions']) {
    const column = table === 'consultation_sessions' ? 'id' : 'session_id';
    sqlite.prepare(`DELETE FROM "${table}" WHERE "${column}" IN (SELECT value FROM json_each(?))`).run(ids);
  }
}

/** Every (table, column) whose foreign key points at `table`'s id. */
function referencesTo(sqlite: Database.Database, table: string): { table: string; column: string }[] {
  const tables = sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`).all() as { name: string }[];
  const found: { table: string; column: string }[] = [];
  for (const { name } of tables) {
    const keys = sqlite.prepare(`SELECT "table" AS target, "from" AS column FROM pragma_foreign_key_list(?)`).all(name) as {
      target: string;
      column: string;
    }[];
    for (const key of keys) if (key.target === table) found.push({ table: name, column: key.column });
  }
  return found;
}

/**
 * Deletes those of `ids` that no row of any table refers to (by foreign key, and `extra`: a
 * reference by name); the others stay, since something the user recorded uses them.
 * Returns how many went.
 */
export function deleteUnreferenced(sqlite: Database.Database, table: DemoTrackedTable, ids: readonly string[], extra: string[] = []): number {
  if (ids.length === 0) return 0;
  const unused = [...referencesTo(sqlite, table).map((ref) => `NOT EXISTS (SELECT 1 FROM "${ref.table}" r WHERE r."${ref.column}" = t.id)`), ...extra];
  const where = ['t.id IN (SELECT value FROM json_each(?))', ...unused].join(' AND ');
  return sqlite.prepare(`DELETE FROM "${table}" WHERE id IN (SELECT t.id FROM "${table}" t WHERE ${where})`).run(JSON.stringify(ids)).changes;
}

/** A case manager the demo added stays while a case names them. */
export const CASE_MANAGER_UNUSED = 'NOT EXISTS (SELECT 1 FROM cases c WHERE c.case_manager = t.name)';

/** With no case left, the next case number starts again at 1. */
export function resetCaseNumbersWhenNoCases(sqlite: Database.Database): void {
  sqlite.prepare('DELETE FROM case_number_sequences WHERE NOT EXISTS (SELECT 1 FROM cases)').run();
}

export function countRows(sqlite: Database.Database, table: 'persons' | 'cases'): number {
  return (sqlite.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
}

/**
 * Kept when the store starts over: the keys (passphrase and recovery key stay valid), the audit
 * log and its chain (who emptied the store, and when, stays on record), the settings (user name,
 * lock time, statistics unit and its secret: the device's, not the cases'), the quarters already
 * published (anonymised, sent to the district, frozen by trigger: they stay as they were), the
 * schema's own bookkeeping, and the erasure guard (managed by the caller). Every other table is
 * emptied, so a table added later is emptied too unless it is named here.
 */
export const KEPT_ON_EMPTY = [
  'key_wraps',
  'audit_log',
  'audit_chain',
  'settings',
  'statistics_publications',
  '__drizzle_migrations',
  'erasure_in_progress',
] as const;

/** Tables emptied when the store starts over (the search index's own tables follow search_docs). */
export function tablesToEmpty(sqlite: Database.Database): string[] {
  const kept = new Set<string>(KEPT_ON_EMPTY);
  const rows = sqlite
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_index%' ORDER BY name`)
    .all() as { name: string }[];
  return rows.map((row) => row.name).filter((name) => !kept.has(name));
}

/**
 * Empties every table but the kept ones. Foreign keys are checked at commit (defer_foreign_keys,
 * reset by SQLite when the transaction ends), so the order does not matter; the caller holds the
 * erasure guard, which lets the assessments' delete triggers pass.
 */
export function emptyTables(sqlite: Database.Database, tables: readonly string[]): void {
  sqlite.pragma('defer_foreign_keys = ON');
  for (const table of tables) sqlite.prepare(`DELETE FROM "${table}"`).run();
}

/** The default life areas, as migration 0003 writes them into a new store (names from contract/labels, in steps of 10). */
export const DEFAULT_LIFE_AREAS: readonly { id: string; name: string; sortOrder: number }[] = Object.entries(DEFAULT_LIFE_AREA_NAMES).map(([id, name], i) => ({
  id,
  name,
  sortOrder: (i + 1) * 10,
}));

export function insertDefaultLifeAreas(sqlite: Database.Database): void {
  const insert = sqlite.prepare('INSERT INTO life_areas (id, name, sort_order, active) VALUES (?, ?, ?, 1)');
  for (const area of DEFAULT_LIFE_AREAS) insert.run(area.id, area.name, area.sortOrder);
}

/** Merges the search index after mass deletion, so no deleted term stays in an older segment. */
export function mergeSearchIndex(sqlite: Database.Database): void {
  sqlite.prepare(`INSERT INTO search_index (search_index) VALUES ('optimize')`).run();
}

/** Removes settings (the demo's marks). */
export function deleteSettings(sqlite: Database.Database, keys: readonly string[]): void {
  const remove = sqlite.prepare('DELETE FROM settings WHERE key = ?');
  for (const key of keys) remove.run(key);
}

/** The person's household: null without one, undefined when there is no such person (any more). */
export function householdOfPerson(sqlite: Database.Database, personId: string): string | null | undefined {
  const row = sqlite.prepare('SELECT household_id AS householdId FROM persons WHERE id = ?').get(personId) as { householdId: string | null } | undefined;
  return row?.householdId;
}

/** Copies the zeroed pages (secure_delete) over the file and empties the WAL; false when a reader holds it. */
export function checkpointWal(sqlite: Database.Database): boolean {
  try {
    const [result] = sqlite.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
    return result?.busy === 0;
  } catch {
    return false;
  }
}

/**
 * An erased person leaves no trace, also not in the list of what the demo load created (their
 * id, and their household's once it is gone). Erasure calls this; without a list it does nothing.
 */
export function dropFromDemoList(sqlite: Database.Database, ids: readonly string[]): void {
  const row = sqlite.prepare("SELECT value FROM settings WHERE key = 'demoData.created'").get() as { value: string } | undefined;
  if (!row) return;
  const gone = new Set(ids);
  const list = JSON.parse(row.value) as Record<string, unknown>;
  const kept = Object.fromEntries(
    Object.entries(list).map(([table, tableIds]) => [table, Array.isArray(tableIds) ? tableIds.filter((id) => !gone.has(id as string)) : tableIds]),
  );
  sqlite.prepare("UPDATE settings SET value = ? WHERE key = 'demoData.created'").run(JSON.stringify(kept));
}
