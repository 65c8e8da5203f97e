import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { APPLICATION_ID, applyCipherKey } from '../../../db/open';
import { KimError } from '../../../electron/contract/errors';
import { dispatch } from '../../../electron/ipc/dispatch';
import { createHandlers } from '../../../electron/ipc/handlers';
import { createdStore, GOOD_PASSPHRASE, testServices } from '../../fixtures/tempStore';
import { sha256 } from '../../cli/helpers';
import { DAMAGES, damage } from './damagedFiles';
import { codeOf } from '../../fixtures/kimError';

/** A locked store with its data key, for tests that look inside with SQLite directly. */
async function lockedStore() {
  const { store, dbPath } = await createdStore();
  const dataKey = Buffer.from(store.exportDataKey(), 'hex');
  store.lock('manual');
  return { dbPath, dataKey, keyfile: `${dbPath}.keys` };
}

function pragmaOf(dbPath: string, dataKey: Buffer, pragma: string): unknown {
  const sqlite = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    applyCipherKey(sqlite, dataKey);
    return sqlite.pragma(pragma, { simple: true });
  } finally {
    sqlite.close();
  }
}

describe('store identity: a file beside a valid key file must be this store', () => {
  for (const kind of DAMAGES) {
    it(`${kind}: the unlock (service and IPC) refuses it as damaged and leaves it byte for byte as it was`, async () => {
      const { dbPath, dataKey, keyfile } = await lockedStore();
      damage(dbPath, kind, dataKey);
      const before = [sha256(dbPath), sha256(keyfile)];
      const folder = fs.readdirSync(path.dirname(dbPath)).sort();

      const services = testServices({ dbPath });
      expect(services.store.status().state).toBe('locked');
      expect(await codeOf(services.store.unlock({ passphrase: GOOD_PASSPHRASE }))).toBe('DB_DAMAGED');
      expect(services.store.status().state).toBe('locked');

      const viaIpc = await dispatch(createHandlers(testServices({ dbPath })), 'store.unlock', { passphrase: GOOD_PASSPHRASE });
      expect(viaIpc).toEqual({ ok: false, error: { code: 'DB_DAMAGED', message: new KimError('DB_DAMAGED').message } });

      expect([sha256(dbPath), sha256(keyfile)]).toEqual(before);
      expect(fs.readdirSync(path.dirname(dbPath)).sort()).toEqual(folder); // no -wal or -shm left behind
    });
  }

  it('a damaged database costs no unlock delay: the passphrase was right', async () => {
    const { dbPath, dataKey } = await lockedStore();
    damage(dbPath, 'empty', dataKey);
    const { store } = testServices({ dbPath, now: () => new Date('2026-11-21T09:00:00Z') });
    expect(await codeOf(store.unlock({ passphrase: GOOD_PASSPHRASE }))).toBe('DB_DAMAGED');
    expect(await codeOf(store.unlock({ passphrase: GOOD_PASSPHRASE }))).toBe('DB_DAMAGED'); // not UNLOCK_THROTTLED
  });

  it('a new store carries the application id from its creation', async () => {
    const { dbPath, dataKey } = await lockedStore();
    expect(pragmaOf(dbPath, dataKey, 'application_id')).toBe(APPLICATION_ID);
    expect(Buffer.from('KIMF').readUInt32BE(0)).toBe(APPLICATION_ID);
  });

  it('a store from before the id (our schema, id 0) is accepted and stamped once at unlock', async () => {
    const { dbPath, dataKey } = await lockedStore();
    const sqlite = new Database(dbPath, { fileMustExist: true });
    applyCipherKey(sqlite, dataKey);
    sqlite.pragma('application_id = 0');
    sqlite.close();
    expect(pragmaOf(dbPath, dataKey, 'application_id')).toBe(0);

    const services = testServices({ dbPath });
    await services.store.unlock({ passphrase: GOOD_PASSPHRASE });
    expect(services.settings.get().userName).toBe('Test Beraterin');
    expect(services.store.session().sqlite.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    services.store.lock('manual');
    expect(pragmaOf(dbPath, dataKey, 'application_id')).toBe(APPLICATION_ID);
  });
});
