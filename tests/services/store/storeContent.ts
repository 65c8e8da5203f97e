/** What a rotation of the data key must keep: the content of every table, hashed. */
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';

/**
 * Tables the rotation writes to on purpose (its audit entry and its chain link, the new wraps) and the unlocks of
 * the tests themselves add to; everything else must come out byte-for-byte the same.
 */
const BOOKKEEPING = new Set(['audit_log', 'audit_chain', 'key_wraps']);
/** Cleared by the rotation: the new recovery key has not been typed back yet. */
const RECOVERY_CONFIRMED = 'recoveryKeyConfirmedAt';

export function tableNames(sqlite: Database.Database): string[] {
  return sqlite.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
}

/** One hash over every table's rows (sorted, so the physical order a VACUUM chooses does not count). */
export function contentHash(sqlite: Database.Database): string {
  const hash = createHash('sha256');
  for (const table of tableNames(sqlite)) {
    if (BOOKKEEPING.has(table)) continue;
    const rows = (sqlite.prepare(`SELECT * FROM "${table}"`).raw().all() as unknown[][])
      .filter((row) => !(table === 'settings' && row[0] === RECOVERY_CONFIRMED))
      .map((row) =>
        JSON.stringify(row, (_key, value: unknown) => (Buffer.isBuffer(value) ? value.toString('hex') : typeof value === 'bigint' ? String(value) : value)),
      )
      .sort();
    hash.update(`${table}\n${rows.join('\n')}\n`);
  }
  return hash.digest('hex');
}

export function rowCount(sqlite: Database.Database): number {
  return tableNames(sqlite).reduce((sum, table) => sum + Number(sqlite.prepare(`SELECT count(*) FROM "${table}"`).pluck().get()), 0);
}
