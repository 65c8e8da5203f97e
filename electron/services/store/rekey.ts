/**
 * "Schlüssel erneuern": the database is re-encrypted under a new random data key, which is then
 * wrapped under the passphrase and a new recovery key. Crash-safe in three steps:
 *   (a) a complete copy under the new key is written beside the database (`<db>.rekey-partial`
 *       while it is written, renamed to `<db>.rekeyed` once complete and synced);
 *   (b) the key file with the new wraps replaces the old one atomically — the commit point;
 *   (c) the copy is renamed over the database and the folder synced.
 * At every open, `recoverInterruptedRekey` finishes (c) when the key file's key opens the copy
 * (crash after (b)) and deletes the copy otherwise (crash before (b)). So a kill at any moment
 * leaves the old database with the old key file, or the new one with the new key file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { generateRecoveryKey } from '../crypto/recoveryKey';
import { wrapDataKey, type KeyWrap } from '../crypto/keyWrap';
import type { ScryptCost } from '../crypto/kdf';
import { newKeyfile, syncDirectory, writeKeyfile, type StoredAuditAnchor } from './keyfile';
import { applyCipherKey, copyDatabase, openEncryptedDatabase, opensWithKey, type DbSession, type KimDb } from '../../../db/open';
import * as schema from '../../../db/schema';
import { latestAuditId } from '../../../db/queries/audit';

/** The copy while it is being written: never rolled forward, always deleted at the next open. */
export const partialCopyPath = (dbPath: string) => `${dbPath}.rekey-partial`;
/** The complete copy under the new key, between its creation and step (c). */
export const completeCopyPath = (dbPath: string) => `${dbPath}.rekeyed`;

/** Files SQLite keeps beside a database; a stale WAL must never be replayed onto the new copy. */
const sideFiles = (file: string) => [`${file}-wal`, `${file}-shm`, `${file}-journal`];

export interface NextKey {
  dataKey: Buffer;
  recoveryKey: string;
  wraps: KeyWrap[];
}

/** The new key and its two wraps: the slow part (key derivation), done before anything is touched. */
export async function newDataKey(passphrase: string, cost: ScryptCost, now: Date): Promise<NextKey> {
  const dataKey = randomBytes(32);
  const recoveryKey = generateRecoveryKey();
  const wraps = [await wrapDataKey('passphrase', passphrase, dataKey, cost, now), await wrapDataKey('recovery', recoveryKey, dataKey, cost, now)];
  return { dataKey, recoveryKey, wraps };
}

export interface ReplaceDataKeyInput {
  dbPath: string;
  keyfile: string;
  migrationsFolder: string;
  /** The open connection under the old key; closed by this function once the copy is complete. */
  session: DbSession;
  oldKey: Buffer;
  next: NextKey;
  /** Writes into the copy what must change together with the key (audit entry, wrap records, …). */
  annotate: (db: KimDb) => void;
  /** The audit chain's anchor for the new key file, from the annotated copy (auditAnchor.ts). */
  anchor?: (db: KimDb) => StoredAuditAnchor | undefined;
  /** Test hook: called between the steps, so a test can stop the process at each of them. */
  step?: (name: RekeyStep) => void;
}

export type RekeyStep = 'copied' | 'rekeyed' | 'copy-complete' | 'old-closed' | 'committed' | 'installed';

/**
 * Synchronous from start to end, so no other call of this process can use the old connection
 * half-way. Returns the session on the new database. Before the commit, a failure leaves the old
 * connection open and removes the copy; after it, the old connection is closed and the store is
 * whole on disk (the next open finishes the switch).
 */
export function replaceDataKey(input: ReplaceDataKeyInput): DbSession {
  const { dbPath, session, oldKey, next, step = () => undefined } = input;
  const partial = partialCopyPath(dbPath);
  const complete = completeCopyPath(dbPath);
  let auditAnchor: StoredAuditAnchor | undefined;
  removeCopies(dbPath);
  try {
    // Created empty first so the copy is 0600 from its first byte (VACUUM INTO accepts an empty file).
    fs.closeSync(fs.openSync(partial, 'wx', 0o600));
    copyDatabase(session.sqlite, partial);
    step('copied');
    const copy = new Database(partial, { fileMustExist: true });
    try {
      applyCipherKey(copy, oldKey); // VACUUM INTO keeps the source's cipher and key
      copy.pragma('journal_mode = DELETE');
      copy.pragma('synchronous = FULL');
      copy.pragma('secure_delete = ON');
      const copyDb = drizzle(copy, { schema });
      input.annotate(copyDb);
      auditAnchor = input.anchor?.(copyDb);
      copy.pragma(`rekey="x'${next.dataKey.toString('hex')}'"`); // rewrites every page of the copy (not possible in WAL mode)
      // The copy is installed in WAL mode, closed with its WAL checkpointed away: the store's first
      // open then switches nothing. That switch wrote a rollback journal into the store itself,
      // and a kill during it left one that a read-only `kim verify` cannot undo (issue 17).
      copy.pragma('journal_mode = WAL');
      step('rekeyed');
    } finally {
      copy.close();
    }
    fs.chmodSync(partial, 0o600);
    syncFile(partial);
    fs.renameSync(partial, complete);
    syncDirectory(path.dirname(dbPath));
    step('copy-complete');
  } catch (error) {
    removeCopies(dbPath);
    throw error;
  }
  // From here on the old connection is gone: its WAL is checkpointed into the file and removed.
  session.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  session.sqlite.close();
  step('old-closed');
  writeKeyfile(input.keyfile, newKeyfile(next.wraps, auditAnchor), { exclusive: false });
  step('committed');
  installCopy(dbPath);
  step('installed');
  return openEncryptedDatabase(dbPath, next.dataKey, { create: false, migrationsFolder: input.migrationsFolder });
}

/** The data key was handed out (`data-key`) after its last rotation (or ever, if never rotated). */
export function rekeyRecommended(db: KimDb): boolean {
  return latestAuditId(db, 'data_key.exported') > latestAuditId(db, 'data_key.rotated');
}

/**
 * Called before every open with the key the key file gave: finishes or discards a rotation that a
 * crash interrupted. Leaves everything alone when no copy is there.
 */
export function recoverInterruptedRekey(dbPath: string, dataKey: Buffer): void {
  removeFileAndSides(partialCopyPath(dbPath));
  const complete = completeCopyPath(dbPath);
  if (!fs.existsSync(complete)) return;
  if (opensWithKey(complete, dataKey)) installCopy(dbPath);
  else removeFileAndSides(complete); // the key file was never switched: the old database is current
}

/** Step (c): the complete copy becomes the database. */
function installCopy(dbPath: string): void {
  // The old database was checkpointed before the copy was taken; its WAL holds nothing newer.
  for (const file of sideFiles(dbPath)) fs.rmSync(file, { force: true });
  fs.renameSync(completeCopyPath(dbPath), dbPath);
  syncDirectory(path.dirname(dbPath));
}

function removeCopies(dbPath: string): void {
  removeFileAndSides(partialCopyPath(dbPath));
  removeFileAndSides(completeCopyPath(dbPath));
}

function removeFileAndSides(file: string): void {
  for (const f of [file, ...sideFiles(file)]) fs.rmSync(f, { force: true });
}

function syncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
