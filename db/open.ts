/**
 * Opens the encrypted store: SQLCipher 4 format with a raw 256-bit key. Before anything is
 * written, the file must prove it is this application's store: it decrypts with the key (one
 * read of the schema, whose pages carry an HMAC), carries our application id (or, for stores
 * from before the id, our schema) and is not cut short. Only then come WAL, synchronous=FULL,
 * foreign keys, secure delete and migrations. A file that fails is closed untouched and
 * reported, never repaired or replaced. The full page-by-page check is `integrityCheck`
 * (`kim verify` and the background check after unlock), not part of opening.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { KimError } from '../electron/contract/errors';
import { storageError } from './storageErrors';
import * as schema from './schema';
import { migrateToLatest } from './migrate';

export type KimDb = BetterSQLite3Database<typeof schema>;
export interface DbSession {
  sqlite: Database.Database;
  db: KimDb;
}

/** `PRAGMA application_id` of every store: the ASCII of 'KIMF'. */
export const APPLICATION_ID = 0x4b494d46;
/** Tables every store has had since its first migration: how a store from before the id is known. */
const OWN_TABLES = ['__drizzle_migrations', 'settings', 'key_wraps', 'audit_log'];

export interface OpenOptions {
  /** True: a new file (refused if anything is at the path). False: an existing store. */
  create: boolean;
  migrationsFolder: string;
  /** Opens without writing anything (no WAL switch, no migration, no id stamp): for `kim verify`. */
  readonly?: boolean;
}

export function applyCipherKey(sqlite: Database.Database, dataKey: Buffer): void {
  for (const statement of cipherKeyPragmas(dataKey)) sqlite.pragma(statement);
}

/** The statements that key a connection; also sent to the background check's worker thread. */
export function cipherKeyPragmas(dataKey: Buffer): string[] {
  if (dataKey.length !== 32) throw new Error('data key must be 32 bytes');
  return [`cipher='sqlcipher'`, 'legacy=4', `key="x'${dataKey.toString('hex')}'"`];
}

export function openEncryptedDatabase(file: string, dataKey: Buffer, { create, migrationsFolder, readonly = false }: OpenOptions): DbSession {
  if (create) return createDatabase(file, dataKey, migrationsFolder);
  checkFileBeforeOpening(file, { readonly });
  const sqlite = new Database(file, { fileMustExist: true, readonly });
  if (readonly) tidySideFilesOnClose(sqlite, file, dataKey);
  try {
    applyCipherKey(sqlite, dataKey);
    sqlite.pragma('temp_store = MEMORY'); // the cipher does not encrypt temporary files
    const identity = checkIdentity(sqlite, file);
    if (readonly) {
      sqlite.pragma('query_only = ON');
      cachePreparedStatements(sqlite);
      return { sqlite, db: drizzle(sqlite, { schema }) };
    }
    restrictFileModes(file);
    const db = configure(sqlite);
    migrateToLatest(sqlite, db, migrationsFolder);
    if (identity === 'unstamped') sqlite.pragma(`application_id = ${APPLICATION_ID}`); // once, for stores from before the id
    return { sqlite, db };
  } catch (error) {
    sqlite.close();
    throw asDamaged(error);
  }
}

/**
 * A page that fails its HMAC after the schema was read (migrations read their own table) is
 * damage too, not an unexpected error.
 */
function asDamaged(error: unknown): unknown {
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB')) return new KimError('DB_DAMAGED', { cause: error });
  return error;
}

/**
 * A new database file. It is created empty with mode 0600 before SQLite opens it, because SQLite
 * gives -wal and -shm the mode of the database file; the id is stamped before the first table.
 */
function createDatabase(file: string, dataKey: Buffer, migrationsFolder: string): DbSession {
  try {
    fs.closeSync(fs.openSync(file, 'wx', 0o600));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new KimError('STORE_EXISTS');
    throw error;
  }
  const sqlite = new Database(file, { fileMustExist: true });
  try {
    applyCipherKey(sqlite, dataKey);
    sqlite.pragma('temp_store = MEMORY');
    sqlite.pragma(`application_id = ${APPLICATION_ID}`);
    const db = configure(sqlite);
    migrateToLatest(sqlite, db, migrationsFolder);
    return { sqlite, db };
  } catch (error) {
    sqlite.close();
    throw error;
  }
}

/**
 * A read-only connection to a WAL database creates -wal and -shm and, unlike a writer, never
 * removes them. If they were not there before, a writing connection that reads nothing is opened
 * after it: SQLite removes them on its close when no other connection uses the file, after
 * checkpointing a WAL that holds nothing (a read-only reader wrote nothing into it).
 */
function tidySideFilesOnClose(sqlite: Database.Database, file: string, dataKey: Buffer): void {
  if ([`${file}-wal`, `${file}-shm`].some((f) => fs.existsSync(f))) return; // someone else's, or a crash's: left alone
  const key = Buffer.from(dataKey); // the caller may zero its own copy once the database is open
  const close = sqlite.close.bind(sqlite);
  sqlite.close = () => {
    close();
    try {
      if (!fs.existsSync(`${file}-wal`)) return sqlite;
      const writer = new Database(file, { fileMustExist: true });
      try {
        applyCipherKey(writer, key);
        writer.prepare('SELECT count(*) FROM sqlite_master').get();
      } catch {
        // not readable under this key: SQLite did not open its WAL, nothing to tidy
      } finally {
        writer.close();
      }
    } finally {
      key.fill(0);
    }
    return sqlite;
  };
}

/** The page cache of a writing connection, in KiB. */
const PAGE_CACHE_KIB = 256 * 1024;

/** The settings of every writing connection to a store (also given to the benchmark's unencrypted copy, to compare like with like). */
export function configure(sqlite: Database.Database): KimDb {
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('secure_delete = ON');
  // Up to 256 MiB of decrypted pages (taken only as pages are read): with 32 MB a store of 20,000
  // cases decrypted its working set again on every case list, Heute and statistic (1.5–2× an
  // unencrypted copy in the benchmark).
  sqlite.pragma(`cache_size = -${PAGE_CACHE_KIB}`);
  cachePreparedStatements(sqlite);
  return drizzle(sqlite, { schema });
}

/**
 * What can be told without SQLite: a folder at the path, an empty file (SQLite would take it for
 * a new, empty database) and a store this process may not write (not damaged, just read-only).
 */
function checkFileBeforeOpening(file: string, { readonly }: { readonly: boolean }): void {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new KimError('STORE_MISSING');
    throw error;
  }
  if (stat.isDirectory()) throw new KimError('DB_IS_DIRECTORY');
  if (!stat.isFile() || stat.size === 0) throw new KimError('DB_DAMAGED');
  if (!readonly && !(isWritable(file) && isWritable(path.dirname(file)))) throw new KimError('STORE_READ_ONLY');
}

function isWritable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * One read of the schema: the key check (a wrong key or a foreign file fails to decrypt page 1)
 * and the identity check. SQLite itself refuses a file shorter than its header says; a file cut
 * inside its last page is caught by the size.
 */
function checkIdentity(sqlite: Database.Database, file: string): 'ours' | 'unstamped' {
  let tables: string[];
  let applicationId: number;
  let pageSize: number;
  try {
    tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
    applicationId = Number(sqlite.pragma('application_id', { simple: true }));
    pageSize = Number(sqlite.pragma('page_size', { simple: true }));
  } catch (cause) {
    const code = (cause as { code?: string }).code ?? '';
    if (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN')) throw new KimError('STORE_READ_ONLY', { cause });
    // A full or read-only drive fails the first read too (SQLite cannot make its -shm file:
    // SQLITE_IOERR_SHMSIZE): that is no damage, and "beschädigt" would alarm for nothing (issue 17).
    const storage = storageError(cause, path.dirname(file));
    if (storage) throw storage.code === 'STORAGE_FULL' ? storage : new KimError('STORE_READ_ONLY', { cause });
    throw new KimError('DB_DAMAGED', { cause });
  }
  if (fs.statSync(file).size % pageSize !== 0) throw new KimError('DB_DAMAGED');
  const ownSchema = OWN_TABLES.every((table) => tables.includes(table));
  if (applicationId === APPLICATION_ID && ownSchema) return 'ours';
  if (applicationId === 0 && ownSchema) return 'unstamped';
  throw new KimError('DB_DAMAGED');
}

/** Only the owner may read the store's files; stores from before this rule are tightened at open. */
function restrictFileModes(file: string): void {
  if (process.platform === 'win32') return; // permissions there are ACLs, not mode bits
  for (const f of [file, `${file}-wal`, `${file}-shm`]) {
    try {
      const { mode } = fs.statSync(f);
      if ((mode & 0o077) !== 0) fs.chmodSync(f, mode & 0o700);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
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

/**
 * Puts a closed database file into WAL mode, as every store is, before it is moved into place
 * (a restored backup: `VACUUM INTO` writes rollback mode). The store's first open then switches
 * nothing: that switch writes a rollback journal into the store, and a kill during it left one
 * that a read-only `kim verify` cannot play back (issue 17, the crash soak).
 */
export function switchToWal(file: string, dataKey: Buffer): void {
  const sqlite = new Database(file, { fileMustExist: true });
  try {
    applyCipherKey(sqlite, dataKey);
    sqlite.pragma('journal_mode = WAL');
  } finally {
    sqlite.close(); // the last connection: the empty WAL is removed
  }
}

/**
 * A write a kill cut short in rollback mode leaves a hot journal, which only a writing connection
 * can play back (a reader gets SQLITE_READONLY_ROLLBACK). Stores are in WAL mode, but one left by
 * an earlier version in the moment of its switch to WAL may hold one. Playing it back restores the
 * last committed state, as any open would; nothing else is written. Without a journal, or where
 * the file may not be written, nothing happens (a read-only store is then reported as such).
 */
export function playBackInterruptedWrite(file: string, dataKey: Buffer): void {
  const journal = `${file}-journal`;
  if (!fs.existsSync(journal) || !(isWritable(file) && isWritable(path.dirname(file)))) return;
  const sqlite = new Database(file, { fileMustExist: true });
  try {
    applyCipherKey(sqlite, dataKey);
    sqlite.prepare('SELECT count(*) FROM sqlite_master').get(); // the first read plays the journal back
  } catch {
    // not readable under this key: the read-only open reports what is wrong
  } finally {
    sqlite.close();
  }
}

/**
 * Whether `file` decrypts under `dataKey` (one read of the schema, read-only; nothing written).
 * A WAL file's reader makes -wal and -shm beside it; they are removed again, so a rotation's copy
 * does not leave them behind once it is moved into place.
 */
export function opensWithKey(file: string, dataKey: Buffer): boolean {
  let sqlite: Database.Database | undefined;
  try {
    sqlite = new Database(file, { readonly: true, fileMustExist: true });
    tidySideFilesOnClose(sqlite, file, dataKey);
    applyCipherKey(sqlite, dataKey);
    sqlite.prepare('SELECT count(*) FROM sqlite_master').get();
    return true;
  } catch {
    return false;
  } finally {
    sqlite?.close();
  }
}

/** One consistent snapshot of the open database, WAL included, written to `file` under the same key. */
export function copyDatabase(sqlite: Database.Database, file: string): void {
  sqlite.prepare('VACUUM INTO ?').run(file);
}

/** The full check for `kim verify` and the background check: every page, index and constraint. */
export function integrityCheck(sqlite: Database.Database): string[] {
  const rows = sqlite.pragma('integrity_check') as { integrity_check: string }[];
  return rows.map((row) => row.integrity_check);
}
