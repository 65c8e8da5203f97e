/**
 * Sicherung: one file that opens with the passphrase or the recovery key (format.ts).
 *
 * The snapshot is made with `VACUUM INTO` from the open, keyed connection: one consistent read of
 * the database (WAL included) while the app runs, written under the same cipher and key, so its
 * pages are encrypted from the first byte. (SQLite's online backup API is refused by the cipher
 * library here: the target connection would have no key.) It is packed together with a copy of
 * the key file under a temporary name in the target folder, synced and renamed: a kill at any
 * moment leaves under the final name the previous backup or the complete new one, never a part.
 * Temporary files left by a kill are encrypted and are removed by the next backup to that name.
 *
 * Restore only ever creates a new store (the path must be free); it goes through the same
 * commit point as setting up a store (setupFiles.ts): database under a hidden name, then the key
 * file written exclusively, then the database moved into place.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import { KimError } from '../../contract/errors';
import { assessPassphrase } from '../../contract/passphrasePolicy';
import { unwrapDataKey, type KeyWrap, type WrapKind } from '../crypto/keyWrap';
import { parseRecoveryKey } from '../crypto/recoveryKey';
import { findWrap, readKeyfile, syncDirectory, writeKeyfile, type Keyfile } from '../store/keyfile';
import { clearAbandonedSetup, installSetupDb, isDirectory, removeSetupDb, setupDbPath } from '../store/setupFiles';
import type { ServiceContext } from '../context';
import { BACKUP_REMINDER_DAYS, type AuditHead, type BackupCheck, type BackupResult, type BackupStatus } from '../../contract/areas/backup';
import { copyDatabase, integrityCheck, openEncryptedDatabase, switchToWal, type DbSession } from '../../../db/open';
import { readSetting, writeSetting } from '../../../db/queries/settings';
import { lastAuditAt } from '../../../db/queries/audit';
import { chainHead } from '../../../db/queries/auditChain';
import { checkContent, fullHeader, HEADER_SIZE, headerPrefix, openBackup, pump, writeAll, type OpenedBackup } from './format';
import type { FileChooser } from '../fileChooser';

export const LAST_BACKUP_AT = 'lastBackupAt';
const REMINDER_DAYS_SETTING = 'backupReminderDays';

export type BackupSecret = { passphrase: string } | { recoveryKey: string };

/**
 * How the app asks for a file: a system dialog in the main process (electron/main), a fixed
 * path in tests. Resolves to null when the user cancels.
 */
export interface BackupHooks {
  /** Test hook: called between the steps, so the crash test can stop the process there. */
  step?: (name: BackupStep) => void;
}

export type BackupStep = 'snapshot-written' | 'part-written' | 'renamed' | 'restore-ready' | 'restore-committed';

/** Temporary names in the target folder: `.<name>.<12 hex>.snapshot` (with SQLite's side files) and `.part`. */
const TEMP_NAME = /^[0-9a-f]{12}\.(snapshot(-journal|-wal|-shm)?|part)$/;

export class BackupService {
  private chooser: FileChooser | null = null;

  constructor(
    private readonly ctx: ServiceContext,
    private readonly migrationsFolder: string,
    private readonly hooks: BackupHooks = {},
  ) {}

  /** Set once by the app's main process (its save and open dialogs). */
  chooseFilesWith(chooser: FileChooser): void {
    this.chooser = chooser;
  }

  /** The app's "Sicherung anlegen": asks where, then writes. Null when the dialog was cancelled. */
  async createChosen(): Promise<BackupResult | null> {
    this.ctx.store.session(); // LOCKED before a dialog is shown
    const file = await this.files().saveAs(suggestedName(this.ctx.now()));
    return file === null ? null : this.create({ file });
  }

  /** The app's "Sicherung prüfen": asks for the file, then checks it with the passphrase. */
  async verifyChosen({ passphrase }: { passphrase: string }): Promise<BackupCheck | null> {
    const file = await this.files().open();
    return file === null ? null : this.verify({ file, secret: { passphrase } });
  }

  /**
   * The setup screen's "Aus einer Sicherung wiederherstellen": asks for the file, then restores,
   * with the passphrase of the time of the backup or with the recovery key and a new passphrase.
   */
  async restoreChosen(secret: { passphrase: string } | { recoveryKey: string; newPassphrase: string }): Promise<BackupCheck | null> {
    if (this.ctx.store.status().state !== 'new') throw new KimError('STORE_EXISTS'); // before a dialog is shown
    if ('newPassphrase' in secret && !assessPassphrase(secret.newPassphrase).acceptable) throw new KimError('WEAK_PASSPHRASE'); // before the dialog too
    const file = await this.files().open();
    return file === null ? null : this.restore({ file, ...secret });
  }

  private files(): FileChooser {
    if (!this.chooser) throw new Error('no file chooser: only the app asks for backup files');
    return this.chooser;
  }

  /** Writes a backup of the open store to `file` (a former backup there is replaced atomically). */
  create({ file }: { file: string }): BackupResult {
    const { store } = this.ctx;
    const session = store.session();
    const target = path.resolve(file);
    const dir = path.dirname(target);
    if (!isDirectory(dir)) throw new KimError('BACKUP_TARGET_UNAVAILABLE');
    if (isDirectory(target)) throw new KimError('BACKUP_TARGET_UNAVAILABLE');
    const step = this.hooks.step ?? (() => undefined);
    removeLeftovers(target);

    // Read before the snapshot, without anything asynchronous in between: both belong to the
    // same data key (a key rotation cannot run between them in this process).
    const keys = fs.readFileSync(store.keyfile);
    readKeyfile(store.keyfile); // a damaged key file is reported, not backed up

    const tag = randomBytes(6).toString('hex');
    const snapshot = path.join(dir, `.${path.basename(target)}.${tag}.snapshot`);
    const part = path.join(dir, `.${path.basename(target)}.${tag}.part`);
    let bytes: number;
    let auditHead: AuditHead | null = null;
    try {
      try {
        fs.closeSync(fs.openSync(snapshot, 'wx', 0o600)); // 0600 from the first byte
        // The audit chain's last entry (migration 0012): a backup names it so a later cut-back log
        // shows. Read synchronously with the snapshot: the same head.
        auditHead = chainHead(session.sqlite);
        copyDatabase(session.sqlite, snapshot);
      } catch (cause) {
        throw new KimError('BACKUP_WRITE_FAILED', { cause });
      }
      step('snapshot-written');
      bytes = writePackage(part, keys, snapshot);
      step('part-written');
      fs.renameSync(part, target);
      syncDirectory(dir);
      step('renamed');
    } catch (error) {
      fs.rmSync(part, { force: true });
      throw error instanceof KimError ? error : new KimError('BACKUP_WRITE_FAILED', { cause: error });
    } finally {
      // VACUUM INTO keeps a rollback journal beside its target while it writes
      for (const f of [snapshot, `${snapshot}-journal`, `${snapshot}-wal`, `${snapshot}-shm`]) fs.rmSync(f, { force: true });
    }

    const createdAt = this.ctx.now().toISOString();
    writeSetting(session.db, LAST_BACKUP_AT, createdAt, this.ctx.now());
    store.audit('backup.created', 'store');
    return { file: target, bytes, createdAt, auditHead };
  }

  status(): BackupStatus {
    const { db } = this.ctx.store.session();
    const last = readSetting(db, LAST_BACKUP_AT);
    const days = readSetting(db, REMINDER_DAYS_SETTING);
    const reminderDays = typeof days === 'number' ? days : BACKUP_REMINDER_DAYS.default;
    const lastBackupAt = typeof last === 'string' ? last : null;
    const due = lastBackupAt === null || this.ctx.now().getTime() - Date.parse(lastBackupAt) > reminderDays * 86_400_000;
    return { lastBackupAt, reminderDays, due };
  }

  setReminderDays({ days }: { days: number }): BackupStatus {
    const { db } = this.ctx.store.session();
    writeSetting(db, REMINDER_DAYS_SETTING, days, this.ctx.now());
    this.ctx.store.audit('settings.updated', 'settings');
    return this.status();
  }

  /**
   * Checks a backup without restoring it: header and checksum, the secret, and the full
   * integrity check of the snapshot, opened read-only from a private temporary folder (the copy
   * there is the encrypted snapshot as it is in the file).
   */
  async verify({ file, secret }: { file: string; secret: BackupSecret }): Promise<BackupCheck> {
    const backup = openBackup(file);
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kim-sicherung-'));
    try {
      checkContent(backup);
      const dataKey = await unlockKey(keyfileOf(backup, tmp), secret);
      const copy = path.join(tmp, 'snapshot.db');
      try {
        extractSnapshot(backup, copy);
        return { ...checkSnapshot(copy, dataKey, this.migrationsFolder), bytes: HEADER_SIZE + backup.keys.length + backup.header.snapshotLength };
      } finally {
        dataKey.fill(0);
      }
    } finally {
      fs.closeSync(backup.fd);
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  }

  /**
   * Makes this service's store from a backup; the store must not exist yet. With the recovery
   * key, a new passphrase is set (as when unlocking with it). The store is unlocked afterwards.
   */
  async restore(input: { file: string; passphrase: string } | { file: string; recoveryKey: string; newPassphrase: string }): Promise<BackupCheck> {
    const { store } = this.ctx;
    if (store.status().state !== 'new') throw new KimError('STORE_EXISTS');
    if ('newPassphrase' in input && !assessPassphrase(input.newPassphrase).acceptable) throw new KimError('WEAK_PASSPHRASE');
    const dbPath = store.dbPath;
    const secret: BackupSecret = 'recoveryKey' in input ? { recoveryKey: input.recoveryKey } : { passphrase: input.passphrase };

    const backup = openBackup(input.file);
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'kim-sicherung-'));
    let keyfile: Keyfile;
    let check: BackupCheck;
    try {
      checkContent(backup); // damage is found before a secret is tried
      keyfile = keyfileOf(backup, scratch);
      const dataKey = await unlockKey(keyfile, secret);
      if (store.status().state !== 'new') throw new KimError('STORE_EXISTS'); // someone set one up meanwhile
      clearAbandonedSetup(dbPath, store.keyfile);
      const building = setupDbPath(dbPath);
      try {
        extractSnapshot(backup, building);
        check = { ...checkSnapshot(building, dataKey, this.migrationsFolder), bytes: HEADER_SIZE + backup.keys.length + backup.header.snapshotLength };
        switchToWal(building, dataKey);
        this.hooks.step?.('restore-ready');
        writeKeyfile(store.keyfile, keyfile, { exclusive: true }); // the commit point
        this.hooks.step?.('restore-committed');
      } catch (error) {
        if (!fs.existsSync(store.keyfile)) removeSetupDb(dbPath);
        throw error;
      } finally {
        dataKey.fill(0);
      }
    } finally {
      fs.closeSync(backup.fd);
      fs.rmSync(scratch, { recursive: true, force: true });
    }
    installSetupDb(dbPath, store.keyfile);

    if ('recoveryKey' in input) await store.unlockWithRecoveryKey({ recoveryKey: input.recoveryKey, newPassphrase: input.newPassphrase });
    else await store.unlock({ passphrase: input.passphrase });
    store.audit('store.restored_from_backup', 'store');
    return check;
  }
}

/** `kim-sicherung-2026-03-15.kimsich`: the local date, so a folder of backups sorts by day. */
export function suggestedName(now: Date): string {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return `kim-sicherung-${local.toISOString().slice(0, 10)}.kimsich`;
}

/** Header placeholder, key file copy, snapshot; then the real header; synced before the rename. */
function writePackage(part: string, keys: Buffer, snapshot: string): number {
  const snapshotLength = fs.statSync(snapshot).size;
  const prefix = headerPrefix(keys.length, snapshotLength);
  const hash = createHash('sha256').update(prefix).update(keys);
  const out = fs.openSync(part, 'wx', 0o600);
  try {
    writeAll(out, Buffer.alloc(HEADER_SIZE));
    writeAll(out, keys);
    const source = fs.openSync(snapshot, 'r');
    try {
      pump(source, 0, snapshotLength, hash, out);
    } finally {
      fs.closeSync(source);
    }
    fs.writeSync(out, fullHeader(prefix, hash.digest()), 0, HEADER_SIZE, 0);
    fs.fsyncSync(out);
  } finally {
    fs.closeSync(out);
  }
  return HEADER_SIZE + keys.length + snapshotLength;
}

/** The key file copy, read by the key file's own strict reader (its checksum included). */
function keyfileOf(backup: OpenedBackup, scratch: string): Keyfile {
  const file = path.join(scratch, 'kim.db.keys');
  fs.writeFileSync(file, backup.keys, { mode: 0o600 });
  try {
    return readKeyfile(file);
  } catch (error) {
    // the checksum over the whole backup matched, so the copy was taken from a damaged key file
    if (error instanceof KimError && error.code === 'KEYFILE_DAMAGED') throw new KimError('BACKUP_DAMAGED', { cause: error });
    throw error;
  }
}

async function unlockKey(keyfile: Keyfile, secret: BackupSecret): Promise<Buffer> {
  const kind: WrapKind = 'passphrase' in secret ? 'passphrase' : 'recovery';
  const canonical = 'passphrase' in secret ? secret.passphrase : parseRecoveryKey(secret.recoveryKey);
  let wrap: KeyWrap;
  try {
    wrap = findWrap(keyfile, kind);
  } catch (cause) {
    throw new KimError('BACKUP_DAMAGED', { cause });
  }
  const dataKey = canonical === null ? null : await unwrapDataKey(wrap, canonical);
  if (!dataKey) throw new KimError(kind === 'passphrase' ? 'BACKUP_WRONG_PASSPHRASE' : 'BACKUP_WRONG_RECOVERY_KEY');
  return dataKey;
}

/** Copies the snapshot into a new file (0600); the checksum is checked again on the way. */
function extractSnapshot(backup: OpenedBackup, target: string): void {
  const out = fs.openSync(target, 'wx', 0o600);
  try {
    checkContent(backup, out);
    fs.fsyncSync(out);
  } finally {
    fs.closeSync(out);
  }
}

/** Opens the snapshot read-only with the key and runs the full integrity check. */
function checkSnapshot(file: string, dataKey: Buffer, migrationsFolder: string): { lastEntryAt: string | null; auditHead: AuditHead | null } {
  let session: DbSession;
  try {
    session = openEncryptedDatabase(file, dataKey, { create: false, migrationsFolder, readonly: true });
  } catch (cause) {
    throw new KimError('BACKUP_DAMAGED', { cause });
  }
  try {
    let findings: string[];
    try {
      findings = integrityCheck(session.sqlite);
    } catch (cause) {
      throw new KimError('BACKUP_DAMAGED', { cause });
    }
    if (findings.length !== 1 || findings[0] !== 'ok') throw new KimError('BACKUP_DAMAGED');
    return { lastEntryAt: lastAuditAt(session.db), auditHead: chainHead(session.sqlite) };
  } finally {
    session.sqlite.close();
  }
}

/** Temporary files a kill left in the target folder for this name (encrypted, but useless). */
function removeLeftovers(target: string): void {
  const dir = path.dirname(target);
  const prefix = `.${path.basename(target)}.`;
  for (const name of fs.readdirSync(dir)) {
    if (name.startsWith(prefix) && TEMP_NAME.test(name.slice(prefix.length))) fs.rmSync(path.join(dir, name), { force: true });
  }
}
