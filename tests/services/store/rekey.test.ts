import fs from 'node:fs';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import SQLCipher, { setLogger } from '@signalapp/sqlcipher';
import { seedDemoData } from '../../../electron/services/seed';
import { readKeyfile, findWrap } from '../../../electron/services/store/keyfile';
import { unwrapDataKey } from '../../../electron/services/crypto/keyWrap';
import { recoveryGroup } from '../../../electron/services/crypto/recoveryKey';
import { completeCopyPath, partialCopyPath } from '../../../electron/services/store/rekey';
import { APPLICATION_ID } from '../../../db/open';
import { recentAudit } from '../../../db/queries/audit';
import { currentWraps } from '../../../db/queries/keyWraps';
import { createServices } from '../../../electron/services';
import { createdStore, GOOD_PASSPHRASE, MIGRATIONS, OTHER_PASSPHRASE, TEST_KDF_COST } from '../../fixtures/tempStore';
import { contentHash } from './storeContent';

setLogger(() => undefined); // the reference library logs the failed HMAC of the wrong-key case

/** A clock the test moves by hand (the unlock delay after a wrong secret is measured on it). */
function manualClock(start = '2026-06-15T09:00:00Z') {
  let now = new Date(start);
  return { now: () => now, advance: (ms: number) => (now = new Date(now.getTime() + ms)) };
}

/** Opens the file with the reference SQLCipher 4 and reads one row, or throws. */
function readWithReference(dbPath: string, hexKey: string): unknown {
  const reference = new SQLCipher(dbPath);
  try {
    reference.exec(`PRAGMA key = "x'${hexKey}'"`);
    const value = reference.prepare("SELECT value FROM settings WHERE key = 'userName'", { pluck: true }).get();
    expect(reference.prepare('PRAGMA cipher_integrity_check').all()).toEqual([]);
    return value;
  } finally {
    reference.close();
  }
}

const fileHash = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const confirmAnswers = (key: string) => [1, 5].map((group) => ({ group, value: recoveryGroup(key, group) }));

describe('Schlüssel erneuern (data key rotation)', () => {
  it('re-encrypts under a new key: same content, old key and old recovery key refused, new ones work', async () => {
    const clock = manualClock();
    const services = await createdStore({ now: clock.now });
    const { store, dbPath, recoveryKey: oldRecoveryKey } = services;
    store.confirmRecoveryKey({ answers: confirmAnswers(oldRecoveryKey) });
    await seedDemoData({ store, now: clock.now }, { cases: 6, seed: 11 });
    const oldKey = store.exportDataKey();
    expect(store.health().rekeyRecommended).toBe(true);
    const oldWrap = JSON.stringify(findWrap(readKeyfile(store.keyfile), 'passphrase'));
    const before = contentHash(store.session().sqlite);

    const { recoveryKey: newRecoveryKey } = await store.rekey({ passphrase: GOOD_PASSPHRASE });

    expect(newRecoveryKey).not.toBe(oldRecoveryKey);
    expect(store.status()).toEqual({ state: 'unlocked', recoveryKeyPending: true });
    expect(store.health().rekeyRecommended).toBe(false);
    expect(contentHash(store.session().sqlite)).toBe(before);
    expect(store.session().sqlite.pragma('application_id', { simple: true })).toBe(APPLICATION_ID); // still ours
    expect(store.exportDataKey()).not.toBe(oldKey);
    expect(recentAudit(store.session().db, 5).map((e) => e.action)).toContain('data_key.rotated');
    expect(
      currentWraps(store.session().db)
        .map((w) => w.kind)
        .sort(),
    ).toEqual(['passphrase', 'recovery']);
    store.confirmRecoveryKey({ answers: confirmAnswers(newRecoveryKey) });
    store.lock('manual');

    expect(fs.existsSync(partialCopyPath(dbPath)) || fs.existsSync(completeCopyPath(dbPath))).toBe(false);
    expect(fs.statSync(dbPath).mode & 0o777).toBe(0o600);
    const keyfile = readKeyfile(store.keyfile);
    expect(JSON.stringify(findWrap(keyfile, 'passphrase'))).not.toBe(oldWrap);
    const newKey = (await unwrapDataKey(findWrap(keyfile, 'passphrase'), GOOD_PASSPHRASE))!.toString('hex');
    expect(newKey).not.toBe(oldKey);
    expect(() => readWithReference(dbPath, oldKey)).toThrow(/not a database/);
    expect(JSON.parse(String(readWithReference(dbPath, newKey)))).toBe('Test Beraterin');

    // the passphrase still opens it, and nothing asks for a new recovery key (it was confirmed)
    expect((await store.unlock({ passphrase: GOOD_PASSPHRASE }, { renewUnconfirmedRecoveryKey: true })).recoveryKey).toBeNull();
    expect(contentHash(store.session().sqlite)).toBe(before);
    store.lock('manual');
    await expect(store.unlockWithRecoveryKey({ recoveryKey: oldRecoveryKey, newPassphrase: OTHER_PASSPHRASE })).rejects.toMatchObject({
      code: 'WRONG_RECOVERY_KEY',
    });
    clock.advance(60_000);
    await store.unlockWithRecoveryKey({ recoveryKey: newRecoveryKey, newPassphrase: OTHER_PASSPHRASE });
    expect(contentHash(store.session().sqlite)).toBe(before);
  });

  it('an unconfirmed new recovery key is replaced at the next unlock of the app', async () => {
    const services = await createdStore({ now: manualClock().now });
    const { store, recoveryKey } = services;
    store.confirmRecoveryKey({ answers: confirmAnswers(recoveryKey) });
    const { recoveryKey: issued } = await store.rekey({ passphrase: GOOD_PASSPHRASE });
    store.lock('manual'); // the process "dies" before the user typed the new key back

    const again = await store.unlock({ passphrase: GOOD_PASSPHRASE }, { renewUnconfirmedRecoveryKey: true });
    expect(again.recoveryKey).toMatch(/\S/);
    expect(again.recoveryKey).not.toBe(issued);
    expect(again.recoveryKeyPending).toBe(true);
  });

  it('refuses a wrong passphrase and leaves the files as they were', async () => {
    const { store, dbPath } = await createdStore({ now: manualClock().now });
    store.session().sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const before = { db: fileHash(dbPath), keys: fileHash(store.keyfile) };
    await expect(store.rekey({ passphrase: OTHER_PASSPHRASE })).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    expect(store.status().state).toBe('unlocked');
    expect({ db: fileHash(dbPath), keys: fileHash(store.keyfile) }).toEqual(before);
  });

  it('is refused while locked', async () => {
    const { store } = await createdStore();
    store.lock('manual');
    await expect(store.rekey({ passphrase: GOOD_PASSPHRASE })).rejects.toMatchObject({ code: 'LOCKED' });
  });

  it('a failure before the key file is switched leaves the store open under the old key (REKEY_FAILED)', async () => {
    const created = await createdStore();
    created.store.lock('manual');
    // the rotation breaks right after the copy was re-encrypted, as a full disk would
    const failing = createServices({
      dbPath: created.dbPath,
      migrationsFolder: MIGRATIONS,
      kdfCost: async () => TEST_KDF_COST,
      rekeyStep: (step) => {
        if (step === 'rekeyed') throw new Error('disk full');
      },
    });
    const { dbPath } = created;
    await failing.store.unlock({ passphrase: GOOD_PASSPHRASE });
    const oldKey = failing.store.exportDataKey();
    await expect(failing.store.rekey({ passphrase: GOOD_PASSPHRASE })).rejects.toMatchObject({ code: 'REKEY_FAILED' });
    expect(failing.store.status().state).toBe('unlocked');
    expect(failing.store.exportDataKey()).toBe(oldKey);
    expect(fs.existsSync(partialCopyPath(dbPath)) || fs.existsSync(completeCopyPath(dbPath))).toBe(false);
  });
});
