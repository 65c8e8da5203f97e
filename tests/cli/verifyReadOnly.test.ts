import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { applyCipherKey } from '../../db/open';
import { recentAudit } from '../../db/queries/audit';
import { readSetting, writeSetting } from '../../db/queries/settings';
import { createdStore, GOOD_PASSPHRASE, tempDir, testServices } from '../fixtures/tempStore';
import { kim, sha256 } from './helpers';

const withPassphrase = { env: { KIM_PASSPHRASE: GOOD_PASSPHRASE } };
const listing = (dir: string) => fs.readdirSync(dir).sort();

describe('kim verify changes nothing', () => {
  it('leaves the database and the key file byte for byte as they were, with no audit entry and no side files', async () => {
    const { store, dbPath } = await createdStore();
    store.lock('manual');
    const before = [sha256(dbPath), sha256(`${dbPath}.keys`)];
    const auditBefore = await testServices({ dbPath }).store.inspect({ passphrase: GOOD_PASSPHRASE }, ({ db }) => recentAudit(db, 1000).length);

    const run = await kim(['verify', '--db', dbPath], withPassphrase);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('Vollständige Prüfung (integrity_check): in Ordnung');

    expect([sha256(dbPath), sha256(`${dbPath}.keys`)]).toEqual(before);
    expect(listing(path.dirname(dbPath))).toEqual(['kim.db', 'kim.db.keys']);
    const auditAfter = await testServices({ dbPath }).store.inspect({ passphrase: GOOD_PASSPHRASE }, ({ db }) => recentAudit(db, 1000).length);
    expect(auditAfter).toBe(auditBefore);
  });

  it('sees what was committed to the WAL of a store that was not closed (a copy taken while open), and writes none of it back', async () => {
    const { store, dbPath } = await createdStore();
    const { sqlite, db } = store.session();
    sqlite.pragma('wal_autocheckpoint = 0');
    writeSetting(db, 'probe', 'nur im WAL', new Date('2026-11-21T09:00:00Z'));
    const copy = path.join(tempDir(), 'kim.db');
    for (const suffix of ['', '-wal', '.keys']) fs.copyFileSync(`${dbPath}${suffix}`, `${copy}${suffix}`);
    store.lock('manual');
    expect(fs.statSync(`${copy}-wal`).size).toBeGreaterThan(0);
    const before = [sha256(copy), sha256(`${copy}-wal`), sha256(`${copy}.keys`)];

    const run = await kim(['verify', '--db', copy], withPassphrase);
    expect(run.code, run.stderr).toBe(0);
    const seen = await testServices({ dbPath: copy }).store.inspect({ passphrase: GOOD_PASSPHRASE }, ({ db: copyDb }) => readSetting(copyDb, 'probe'));
    expect(seen).toBe('nur im WAL');
    expect([sha256(copy), sha256(`${copy}-wal`), sha256(`${copy}.keys`)]).toEqual(before);
  });

  it('does not stamp the application id into a store from before the id', async () => {
    const { store, dbPath } = await createdStore();
    const dataKey = Buffer.from(store.exportDataKey(), 'hex');
    store.lock('manual');
    const sqlite = new Database(dbPath, { fileMustExist: true });
    applyCipherKey(sqlite, dataKey);
    sqlite.pragma('application_id = 0');
    sqlite.close();
    const before = sha256(dbPath);
    const run = await kim(['verify', '--db', dbPath], withPassphrase);
    expect(run.code, run.stderr).toBe(0);
    expect(sha256(dbPath)).toBe(before);
  });

  it('after a key rotation cut short past its commit point, checks the store under the new key instead of calling it foreign', async () => {
    const { store, dbPath } = await createdStore();
    store.lock('manual');
    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', path.resolve(import.meta.dirname, '../services/store/rekeyChild.ts'), dbPath, 'committed', '1'],
      {
        encoding: 'utf8',
        timeout: 60_000,
        env: { ...process.env, KIM_PASSPHRASE: GOOD_PASSPHRASE },
      },
    );
    expect(child.signal, child.stderr).toBe('SIGKILL');
    const run = await kim(['verify', '--db', dbPath], withPassphrase);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('Ergebnis: Die Fallakte ist in Ordnung.');
  }, 60_000);
});
