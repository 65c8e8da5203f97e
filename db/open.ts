/**
 * Opens the encrypted store: SQLCipher 4 format with a raw 256-bit key, checked page by page
 * before anything is written, then WAL, synchronous=FULL, foreign keys, secure delete, and
 * migrations. A file that fails any of this is closed untouched and reported, never repaired.
 */
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { KimError } from '../electron/contract/errors';
import * as schema from './schema';
import { migrateToLatest } from './migrate';

export type KimDb = BetterSQLite3Database<typeof schema>;
export interface DbSession {
  sqlite: Database.Database;
  db: KimDb;
}

export function applyCipherKey(sqlite: Database.Database, dataKey: Buffer): void {
  if (dataKey.length !== 32) throw new Error('data key must be 32 bytes');
  sqlite.pragma(`cipher='sqlcipher'`);
  sqlite.pragma('legacy=4');
  sqlite.pragma(`key="x'${dataKey.toString('hex')}'"`);
}

export function openEncryptedDatabase(
  file: string,
  dataKey: Buffer,
  { create, migrationsFolder }: { create: boolean; migrationsFolder: string },
): DbSession {
  const exists = fs.existsSync(file);
  if (create && exists) throw new KimError('STORE_EXISTS');
  if (!create && !exists) throw new KimError('STORE_MISSING');
  const sqlite = new Database(file, { fileMustExist: !create });
  try {
    applyCipherKey(sqlite, dataKey);
    if (!create) verifyReadable(sqlite);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('secure_delete = ON');
    sqlite.pragma('cache_size = -32000'); // 32 MB of decrypted pages: fewer decryptions on large stores
    cachePreparedStatements(sqlite);
    const db = drizzle(sqlite, { schema });
    migrateToLatest(sqlite, db, migrationsFolder);
    return { sqlite, db };
  } catch (error) {
    sqlite.close();
    throw error;
  }
}

const STATEMENT_CACHE_SIZE = 500;

/**
 * drizzle prepares every query anew; preparing is the costliest step of a small query on an
 * encrypted store. Statements are reused per connection, handed out in their default modes
 * (drizzle switches raw mode on where it wants arrays).
 */
function cachePreparedStatements(sqlite: Database.Database): void {
  const prepare = sqlite.prepare.bind(sqlite);
  const cache = new Map<string, Database.Statement>();
  sqlite.prepare = ((source: string) => {
    let statement = cache.get(source);
    if (statement && !statement.busy) {
      cache.delete(source); // re-inserted below: most recently used last
    } else {
      statement = prepare(source);
      if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
    }
    cache.set(source, statement);
    if (statement.reader) statement.raw(false).pluck(false).expand(false);
    return statement;
  }) as typeof sqlite.prepare;
}

/** Reads every page (each one's HMAC is checked on read); a foreign or altered file fails here. */
function verifyReadable(sqlite: Database.Database): void {
  let result: unknown;
  try {
    result = sqlite.pragma('quick_check', { simple: true });
  } catch (cause) {
    throw new KimError('DB_DAMAGED', { cause });
  }
  if (result !== 'ok') throw new KimError('DB_DAMAGED');
}

/** The full check for `kim verify`: every page, index and constraint. */
export function integrityCheck(sqlite: Database.Database): string[] {
  const rows = sqlite.pragma('integrity_check') as { integrity_check: string }[];
  return rows.map((row) => row.integrity_check);
}
