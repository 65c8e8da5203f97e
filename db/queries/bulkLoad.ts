/**
 * Writing many records in one go (the demo data): all of it in one transaction, so it is stored
 * whole or not at all, and the disk is synced once instead of once per record.
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

/** Connections running a step of a bulk load right now (see `bulkStep`). */
const inBulkStep = new WeakSet<Database.Database>();

/**
 * Runs one synchronous step of a bulk load (inside `inOneTransaction`) without the savepoints
 * that each service call and audit entry would open within it (`allOrNothing`). A savepoint lets
 * a failed call take back its own half-done writes while the transaction goes on; in a bulk load
 * any failure ends the load and rolls back the whole transaction, so there is nothing for it to
 * do, and it is not free: each one copies every page the call touches (demo data: ~130 per case,
 * about as much time as all the rest of the writing). Only the step's own code runs meanwhile
 * (it is synchronous): the app's calls between steps keep their savepoints.
 */
export function bulkStep<T>(sqlite: Database.Database, step: () => T): T {
  if (!sqlite.inTransaction) return step(); // not in a load's transaction: every call keeps its own
  inBulkStep.add(sqlite);
  try {
    return step();
  } finally {
    inBulkStep.delete(sqlite);
  }
}

/** Whether a bulk load's step is running on this connection (its writes need no savepoint). */
export const isInBulkStep = (sqlite: Database.Database): boolean => inBulkStep.has(sqlite);

const wrappers = new WeakMap<Database.Database, (work: () => unknown) => unknown>();

/**
 * Runs `work` as one transaction (a savepoint inside an open one): all of it is stored, or
 * nothing. In a bulk load's step, directly (the load's transaction is all or nothing already).
 * The transaction function is built once per connection, not once per call.
 */
export function allOrNothing<T>(sqlite: Database.Database, work: () => T): T {
  if (inBulkStep.has(sqlite)) return work();
  let wrapper = wrappers.get(sqlite);
  if (!wrapper) wrappers.set(sqlite, (wrapper = sqlite.transaction((w: () => unknown) => w())));
  return wrapper(work) as T;
}
