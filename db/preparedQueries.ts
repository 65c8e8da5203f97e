/**
 * Queries that run on nearly every change (the audit entry, the case's phase) are built once per
 * connection as drizzle prepared queries with placeholders. drizzle builds the SQL text anew on
 * every ordinary call, and for such small queries that costs several times what SQLite needs to
 * run them; with thousands of records written at once (the demo data) it added up to minutes.
 */
import type { KimDb } from './open';

const preparedByConnection = new WeakMap<KimDb, Map<object, unknown>>();

/** The query that `prepare` builds, built on its first use on this connection and kept with it. */
export function preparedFor<Q>(db: KimDb, prepare: (db: KimDb) => Q): Q {
  let prepared = preparedByConnection.get(db);
  if (!prepared) preparedByConnection.set(db, (prepared = new Map()));
  let query = prepared.get(prepare) as Q | undefined;
  if (query === undefined) prepared.set(prepare, (query = prepare(db)));
  return query;
}
