import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import SQLCipher, { setLogger } from '@signalapp/sqlcipher';
import { writeSetting } from '../../db/queries/settings';
import { appendAudit } from '../../db/queries/audit';
import { createdStore, GOOD_PASSPHRASE, TEST_START, testServices } from '../fixtures/tempStore';

setLogger(() => undefined); // the reference library logs the failed HMAC of the wrong-key case

const MARKER = 'Fatima Al-Hassan geb. 03.04.1991';

/** Every file the store leaves on disk. */
const storeFiles = (dbPath: string) => [dbPath, `${dbPath}-wal`, `${dbPath}-shm`, `${dbPath}.keys`].filter((f) => fs.existsSync(f));

describe('encrypted store on disk', () => {
  it('contains no plaintext of what was written, neither while open nor after close', async () => {
    const { store, recoveryKey, dbPath } = await createdStore();
    const { db } = store.session();
    writeSetting(db, 'probe', MARKER, TEST_START);
    appendAudit(db, { actor: MARKER, action: 'probe', entity: 'person', entityId: MARKER }, TEST_START);
    const secrets = [MARKER, 'Test Beraterin', GOOD_PASSPHRASE, recoveryKey, store.exportDataKey(), 'SQLite format 3', 'audit_log', 'CREATE TABLE'];

    const scan = () => {
      for (const file of storeFiles(dbPath)) {
        const bytes = fs.readFileSync(file);
        for (const secret of secrets) {
          expect(bytes.includes(Buffer.from(secret, 'utf8')), `${secret} in ${file}`).toBe(false);
          expect(bytes.includes(Buffer.from(secret, 'utf16le')), `${secret} (UTF-16) in ${file}`).toBe(false);
        }
      }
    };
    expect(fs.existsSync(`${dbPath}-wal`)).toBe(true);
    scan();
    store.lock('manual');
    scan();
  });

  it('is SQLCipher 4: real SQLCipher opens it with the raw data key, and not without it', async () => {
    const { store, dbPath } = await createdStore();
    writeSetting(store.session().db, 'probe', MARKER, TEST_START);
    const hexKey = store.exportDataKey();
    store.lock('manual');

    const reference = new SQLCipher(dbPath);
    try {
      reference.exec(`PRAGMA key = "x'${hexKey}'"`);
      const version = reference.prepare('PRAGMA cipher_version', { pluck: true }).get();
      expect(String(version)).toMatch(/^4\./);
      const value = reference.prepare("SELECT value FROM settings WHERE key = 'probe'", { pluck: true }).get();
      expect(JSON.parse(String(value))).toBe(MARKER);
      expect(reference.prepare('PRAGMA cipher_integrity_check').all()).toEqual([]);
    } finally {
      reference.close();
    }

    const wrongKey = new SQLCipher(dbPath);
    try {
      wrongKey.exec(`PRAGMA key = "x'${'00'.repeat(32)}'"`);
      expect(() => wrongKey.prepare('SELECT count(*) FROM settings').get()).toThrow(/not a database/);
    } finally {
      wrongKey.close();
    }
  });

  it('runs with WAL, synchronous=FULL, foreign keys, secure delete, a page cache for large stores and temporary data in memory', async () => {
    const { store, dbPath } = await createdStore();
    store.lock('manual');
    const again = testServices({ dbPath }); // a session opened on an existing store, as every unlock does
    await again.store.unlock({ passphrase: GOOD_PASSPHRASE });
    const { sqlite } = again.store.session();
    expect(sqlite.pragma('temp_store', { simple: true })).toBe(2); // MEMORY: the cipher does not encrypt temporary files
    expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(sqlite.pragma('synchronous', { simple: true })).toBe(2);
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(sqlite.pragma('secure_delete', { simple: true })).toBe(1);
    expect(sqlite.pragma('cache_size', { simple: true })).toBe(-256 * 1024); // the working set of 20,000 cases stays decrypted
  });
});
