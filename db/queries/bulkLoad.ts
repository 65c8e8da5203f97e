/**
 * Writing many records in one go (the demo data): all of it in one transaction, and the search
 * index's person entries brought up to date once at the end instead of after every name.
 *
 * Why: the name triggers of migration 0005 find a person's entry in the FTS5 index by an
 * UNINDEXED column, which FTS5 can only answer by reading the whole index. Every name written
 * cost a pass over all indexed notes, names and goals, so filling thousands of cases grew with
 * the square of their number. The triggers stay as they are for everyday work (one person at a
 * time); only a bulk load sets them aside, inside its own transaction, so a load that fails or
 * is interrupted leaves them (and everything else) exactly as they were.
 */
import type Database from 'better-sqlite3';

/**
 * Runs `work` (which may wait in between, e.g. to let the app breathe) in one transaction:
 * everything it writes is stored, or nothing. What others write on this connection meanwhile
 * (the app stays usable) belongs to the same transaction.
 */
export async function inOneTransaction<T>(sqlite: Database.Database, work: () => Promise<T>): Promise<T> {
  sqlite.exec('BEGIN IMMEDIATE');
  try {
    const result = await work();
    sqlite.exec('COMMIT');
    return result;
  } catch (error) {
    // Locked meanwhile: closing the connection has rolled back already.
    if (sqlite.open && sqlite.inTransaction) sqlite.exec('ROLLBACK');
    throw error;
  }
}

const PERSON_NAME_TRIGGERS = `SELECT name, sql FROM sqlite_master
  WHERE type = 'trigger' AND tbl_name = 'person_names' AND name LIKE 'search%' ORDER BY name`;

/** Each person's entry as the triggers write it: all spellings, Turkish dotless ı folded to i. */
const INDEX_ALL_PERSONS = `INSERT INTO search_index (kind, ref_id, person_id, case_id, title, body, alt)
  SELECT 'person', p.id, p.id, NULL, replace(replace((SELECT group_concat(n.given_names || ' ' || n.family_name, ' ') FROM person_names n WHERE n.person_id = p.id), 'ı', 'i'), 'İ', 'I'), '', ''
  FROM persons p WHERE EXISTS (SELECT 1 FROM person_names n WHERE n.person_id = p.id)`;

/**
 * Inside a transaction only: sets the search index's person-name triggers aside. The returned
 * function rebuilds every person's entry and puts the triggers back exactly as they were; call it
 * before the transaction ends.
 */
export function deferPersonNameIndexing(sqlite: Database.Database): () => void {
  if (!sqlite.inTransaction) throw new Error('deferPersonNameIndexing needs an open transaction');
  const triggers = sqlite.prepare(PERSON_NAME_TRIGGERS).all() as { name: string; sql: string }[];
  for (const trigger of triggers) sqlite.exec(`DROP TRIGGER "${trigger.name}"`);
  return () => {
    sqlite.exec(`DELETE FROM search_index WHERE kind = 'person'`);
    sqlite.exec(INDEX_ALL_PERSONS);
    for (const trigger of triggers) sqlite.exec(trigger.sql);
  };
}
