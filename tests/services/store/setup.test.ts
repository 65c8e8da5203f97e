import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { KimError } from '../../../electron/contract/errors';
import { recentAudit } from '../../../db/queries/audit';
import type { SetupStep } from '../../../electron/services/store/storeService';
import { createServices } from '../../../electron/services';
import { createdStore, GOOD_PASSPHRASE, MIGRATIONS, OTHER_PASSPHRASE, TEST_KDF_COST, tempDir, testServices } from '../../fixtures/tempStore';
import { codeOf } from '../../fixtures/kimError';

const CHILD = path.join(import.meta.dirname, 'setupChild.ts');
const listing = (dir: string) => fs.readdirSync(dir).sort();
const modeOf = (file: string) => fs.statSync(file).mode & 0o777;

/** Sets up a store in a child process that is killed (SIGKILL) at `step`; returns its folder's files. */
function setupKilledAt(step: SetupStep): { dbPath: string; left: string[] } {
  const dbPath = path.join(tempDir(), 'kim.db');
  const child = spawnSync(process.execPath, ['--import', 'tsx', CHILD, dbPath, step], { encoding: 'utf8', timeout: 60_000 });
  expect(child.signal, child.stderr).toBe('SIGKILL');
  return { dbPath, left: listing(path.dirname(dbPath)) };
}

async function expectUsable(dbPath: string): Promise<void> {
  const services = testServices({ dbPath });
  await services.store.unlock({ passphrase: GOOD_PASSPHRASE });
  expect(services.settings.get().userName).toBe('Test Beraterin');
  expect(recentAudit(services.store.session().db, 10).map((e) => e.action)).toContain('store.created');
  services.store.lock('manual');
}

describe('setup is atomic: a kill at any step leaves a store that opens or one that can be set up', () => {
  for (const step of ['database-started', 'database-built'] as const) {
    it(`killed at ${step} (before the key file): the half-built database is unopenable and cleared by the next setup`, async () => {
      const { dbPath, left } = setupKilledAt(step);
      expect(left).toContain('.kim.db.setup');
      expect(left).not.toContain('kim.db.keys');
      expect(left).not.toContain('kim.db');
      const services = testServices({ dbPath });
      expect(services.store.status().state).toBe('new');
      expect(await codeOf(services.store.unlock({ passphrase: GOOD_PASSPHRASE }))).toBe('STORE_MISSING');
      await services.store.create({ userName: 'Test Beraterin', passphrase: OTHER_PASSPHRASE });
      services.store.lock('manual');
      expect(listing(path.dirname(dbPath))).toEqual(['kim.db', 'kim.db.keys']);
      const again = testServices({ dbPath });
      expect((await again.store.unlock({ passphrase: OTHER_PASSPHRASE })).state).toBe('unlocked');
      again.store.lock('manual');
    }, 60_000);
  }

  it('killed at keyfile-written (the commit point passed): the store is rolled forward and opens', async () => {
    const { dbPath, left } = setupKilledAt('keyfile-written');
    expect(left).toEqual(['.kim.db.setup', 'kim.db.keys']);
    const services = testServices({ dbPath });
    expect(services.store.status().state).toBe('locked');
    expect(listing(path.dirname(dbPath))).toEqual(['kim.db', 'kim.db.keys']);
    expect(await codeOf(services.store.create({ userName: 'Test Beraterin', passphrase: OTHER_PASSPHRASE }))).toBe('STORE_EXISTS');
    await expectUsable(dbPath);
  }, 60_000);

  it('killed at database-installed: the store is complete and opens', async () => {
    const { dbPath, left } = setupKilledAt('database-installed');
    expect(left).toEqual(['kim.db', 'kim.db.keys']);
    await expectUsable(dbPath);
  }, 60_000);

  it('killed between linking the database into place and dropping its setup name: the second name is dropped', async () => {
    const { store, dbPath } = await createdStore();
    store.lock('manual');
    fs.linkSync(dbPath, path.join(path.dirname(dbPath), '.kim.db.setup'));
    expect(testServices({ dbPath }).store.status().state).toBe('locked');
    expect(listing(path.dirname(dbPath))).toEqual(['kim.db', 'kim.db.keys']);
    await expectUsable(dbPath);
  });

  it('a failure before the commit point leaves nothing behind, and setup works afterwards', async () => {
    const dbPath = path.join(tempDir(), 'kim.db');
    const failing = createServices({
      dbPath,
      migrationsFolder: MIGRATIONS,
      kdfCost: async () => TEST_KDF_COST,
      setupStep: (step) => {
        if (step === 'database-built') throw new Error('Datenträger voll');
      },
    });
    await expect(failing.store.create({ userName: 'Test Beraterin', passphrase: GOOD_PASSPHRASE })).rejects.toThrow('Datenträger voll');
    expect(listing(path.dirname(dbPath))).toEqual([]);
    expect(failing.store.status().state).toBe('new');
    await createdStore({ dbPath });
  });

  it('a key file without its database (left by an older version) is reported as a missing database, not as no store', async () => {
    const { store, dbPath } = await createdStore();
    store.lock('manual');
    fs.rmSync(dbPath);
    const services = testServices({ dbPath });
    expect(services.store.status().state).toBe('locked');
    expect(await codeOf(services.store.unlock({ passphrase: GOOD_PASSPHRASE }))).toBe('DB_MISSING');
    expect(await codeOf(services.store.create({ userName: 'A', passphrase: GOOD_PASSPHRASE }))).toBe('STORE_EXISTS');
    expect(new KimError('DB_MISSING').message).toMatch(/Datei der Fallakte selbst fehlt/);
  });
});

describe('store files are for the owner only', () => {
  it('a new store: database, -wal, -shm and key file are 0600', async () => {
    const { store, dbPath } = await createdStore();
    const files = listing(path.dirname(dbPath));
    expect(files).toEqual(['kim.db', 'kim.db-shm', 'kim.db-wal', 'kim.db.keys']);
    for (const file of files) expect(modeOf(path.join(path.dirname(dbPath), file)).toString(8), file).toBe('600');
    store.lock('manual');
  });

  it('an existing store with files others may read is tightened at unlock', async () => {
    const { store, dbPath } = await createdStore();
    store.lock('manual');
    fs.chmodSync(dbPath, 0o644);
    const services = testServices({ dbPath });
    await services.store.unlock({ passphrase: GOOD_PASSPHRASE });
    for (const file of [dbPath, `${dbPath}-wal`, `${dbPath}-shm`]) expect(modeOf(file).toString(8), file).toBe('600');
    services.store.lock('manual');
  });
});

describe('leftovers of an interrupted key file write', () => {
  it('are removed at the next open; other files are left alone', async () => {
    const { store, dbPath } = await createdStore();
    store.lock('manual');
    const dir = path.dirname(dbPath);
    fs.writeFileSync(path.join(dir, '.kim.db.keys.0123456789ab.tmp'), '{"format":');
    fs.writeFileSync(path.join(dir, '.kim.db.keys.notizen.tmp'), 'nicht von uns');
    const services = testServices({ dbPath });
    await services.store.unlock({ passphrase: GOOD_PASSPHRASE });
    services.store.lock('manual');
    expect(listing(dir)).toEqual(['.kim.db.keys.notizen.tmp', 'kim.db', 'kim.db.keys']);
  });
});
