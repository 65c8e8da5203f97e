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
