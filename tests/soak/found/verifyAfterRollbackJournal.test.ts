/**
 * Found by the crash soak (issue 17): once in 1,000 kills, `kim verify` called a healthy store
 * "schreibgeschützt". A rotated key's copy and a restored backup were installed in rollback mode
 * (VACUUM INTO writes that), and the store's first open switched them to WAL, a write with a
 * rollback journal in the store itself. A kill during the switch left a hot journal, which a
 * read-only connection cannot play back (SQLITE_READONLY_ROLLBACK, read as STORE_READ_ONLY).
 * Now both are switched to WAL before they are installed, and `kim verify` plays back a journal
 * that a store from an earlier version may still hold.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { applyCipherKey, integrityCheck } from '../../../db/open';
import { BackupService } from '../../../electron/services/backup/backupService';
import { completeCopyPath } from '../../../electron/services/store/rekey';
import { setupDbPath } from '../../../electron/services/store/setupFiles';
import { StoreService } from '../../../electron/services/store/storeService';
import { kim, passphraseEnv } from '../../cli/helpers';
import { runKillableChild } from '../../fixtures/killableChild';
import { createdStore, GOOD_PASSPHRASE, MIGRATIONS, TEST_KDF_COST, tempDir, testServices } from '../../fixtures/tempStore';
import { contentHash } from '../../services/store/storeContent';

const CHILD = path.join(import.meta.dirname, 'rollbackJournalChild.ts');
const NOW = () => new Date('2026-06-15T09:00:00Z');

/**
 * The journal mode the file's (encrypted) header records, read from a copy: a reader of a WAL
 * file makes -wal and -shm beside it, which must not appear beside the file itself.
 */
function journalMode(file: string, hexKey: string): string {
  const copy = path.join(tempDir(), 'header.db');
  fs.copyFileSync(file, copy);
  const reader = new Database(copy, { readonly: true, fileMustExist: true });
  try {
    applyCipherKey(reader, Buffer.from(hexKey, 'hex'));
    return String(reader.pragma('journal_mode', { simple: true }));
  } finally {
    reader.close();
  }
}
const sideFiles = (file: string) => ['-wal', '-shm', '-journal'].filter((suffix) => fs.existsSync(`${file}${suffix}`));

const locked: StoreService[] = [];
afterEach(() => {
  for (const store of locked.splice(0)) if (store.status().state === 'unlocked') store.lock('manual');
});

describe('kim verify after a kill in a write in rollback mode', () => {
  it('plays the journal back and checks the store, instead of calling it write-protected', { timeout: 60_000 }, async () => {
    const s = await createdStore({ now: NOW });
    const hexKey = s.store.exportDataKey();
    const before = contentHash(s.store.session().sqlite);
    s.store.lock('manual');

    expect((await runKillableChild(CHILD, [s.dbPath, hexKey], 0)).signal).toBe('SIGKILL');
    // the state the kill left: a hot journal, which a reader cannot play back
    expect(sideFiles(s.dbPath)).toContain('-journal');
    const reader = new Database(s.dbPath, { readonly: true, fileMustExist: true });
    applyCipherKey(reader, Buffer.from(hexKey, 'hex'));
    expect(() => reader.prepare('SELECT count(*) FROM sqlite_master').get()).toThrow(expect.objectContaining({ code: 'SQLITE_READONLY_ROLLBACK' }));
    reader.close();

    const run = await kim(['verify', '--db', s.dbPath], { env: passphraseEnv });
    expect(run.stderr).not.toMatch(/schreibgeschützt/);
    expect(run.code, run.stderr).toBe(0);
    expect(sideFiles(s.dbPath)).toEqual([]);

    const { store } = testServices({ dbPath: s.dbPath, now: NOW });
    locked.push(store);
    await store.unlock({ passphrase: GOOD_PASSPHRASE });
    const { sqlite } = store.session();
    expect(sqlite.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'cut_short'").pluck().get()).toBe(0); // the write cut short is gone
    expect(contentHash(sqlite)).toBe(before);
    expect(integrityCheck(sqlite)).toEqual(['ok']);
  });
});

describe('a store is installed in WAL mode, so its first open writes no journal', () => {
  it('the rotated key’s copy', { timeout: 60_000 }, async () => {
    const s = await createdStore({ now: NOW });
    s.store.lock('manual');
    const copy = path.join(tempDir(), 'rekeyed.db');
    let sides: string[] | undefined;
    const store = new StoreService({
      dbPath: s.dbPath,
      migrationsFolder: MIGRATIONS,
      kdfCost: async () => TEST_KDF_COST,
      now: NOW,
      rekeyStep: (step) => {
        if (step !== 'committed') return; // the copy is complete, the key file switched, nothing installed yet
        sides = sideFiles(completeCopyPath(s.dbPath));
        fs.copyFileSync(completeCopyPath(s.dbPath), copy);
      },
    });
    locked.push(store);
    await store.unlock({ passphrase: GOOD_PASSPHRASE });
    await store.rekey({ passphrase: GOOD_PASSPHRASE });
    expect(sides).toEqual([]);
    expect(journalMode(copy, store.exportDataKey())).toBe('wal');
  });

  it('the restored backup', { timeout: 60_000 }, async () => {
    const s = await createdStore({ now: NOW });
    const hexKey = s.store.exportDataKey();
    const file = path.join(tempDir(), 'sicherung.kimsich');
    s.backup.create({ file });
    s.store.lock('manual');

    const dbPath = path.join(tempDir(), 'kim.db');
    let built: { mode: string; sides: string[] } | undefined;
    const store = new StoreService({ dbPath, migrationsFolder: MIGRATIONS, kdfCost: async () => TEST_KDF_COST, now: NOW });
    locked.push(store);
    const backup = new BackupService({ store, now: NOW }, MIGRATIONS, {
      step: (step) => {
        if (step === 'restore-ready') built = { mode: journalMode(setupDbPath(dbPath), hexKey), sides: sideFiles(setupDbPath(dbPath)) };
      },
    });
    await backup.restore({ file, passphrase: GOOD_PASSPHRASE });
    expect(built).toEqual({ mode: 'wal', sides: [] });
    expect(integrityCheck(store.session().sqlite)).toEqual(['ok']);
  });
});
