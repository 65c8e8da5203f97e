import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { IntegrityState } from '../../../electron/contract';
import { seedDemoData } from '../../../electron/services/seed';
import { createHandlers } from '../../../electron/ipc/handlers';
import { createdStore, GOOD_PASSPHRASE, testServices } from '../../fixtures/tempStore';

const NOW = () => new Date('2026-06-15T09:00:00Z');
const PAGE_SIZE = 4096; // SQLCipher 4's default

/** A closed store with demo cases; returns its path and the first page of the persons table. */
async function closedStoreWithCases() {
  const { store, dbPath } = await createdStore({ now: NOW });
  await seedDemoData({ store, now: NOW }, { cases: 6, seed: 3 });
  const rootPage = store.session().sqlite.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'persons'").pluck().get() as number;
  store.lock('manual'); // checkpoints: every page is in the main file now
  return { dbPath, rootPage };
}

async function unlockAndCheck(dbPath: string) {
  const { store } = testServices({ dbPath, now: NOW });
  const seen: IntegrityState[] = [];
  store.onIntegrityChecked((state) => seen.push(state));
  await store.unlock({ passphrase: GOOD_PASSPHRASE }); // the unlock's own check reads only the schema
  store.startIntegrityCheck();
  expect(store.health().integrity).toBe('running');
  await store.integrityCheckFinished();
  return { store, seen };
}

describe('background integrity check after unlock', () => {
  it('reports ok for an intact store', async () => {
    const { dbPath } = await closedStoreWithCases();
    const { store, seen } = await unlockAndCheck(dbPath);
    expect(store.health().integrity).toBe('ok');
    expect(seen).toEqual(['ok']);
  });

  it('reports a problem for a store with one altered page that the unlock does not read', async () => {
    const { dbPath, rootPage } = await closedStoreWithCases();
    const fd = fs.openSync(dbPath, 'r+');
    try {
      fs.writeSync(fd, Buffer.from('kaputt'), 0, 6, (rootPage - 1) * PAGE_SIZE + 1000); // the page's HMAC no longer fits
    } finally {
      fs.closeSync(fd);
    }
    const { store, seen } = await unlockAndCheck(dbPath);
    expect(store.health().integrity).toBe('problem');
    expect(seen).toEqual(['problem']);
  });

  it("the app's unlock starts it, and store.health reports it", async () => {
    const { dbPath } = await closedStoreWithCases();
    const services = testServices({ dbPath, now: NOW });
    const handlers = createHandlers(services);
    await handlers['store.unlock']({ passphrase: GOOD_PASSPHRASE });
    expect(handlers['store.health']({})).toEqual({ integrity: 'running', rekeyRecommended: false });
    await services.store.integrityCheckFinished();
    expect(handlers['store.health']({})).toEqual({ integrity: 'ok', rekeyRecommended: false });
    services.store.exportDataKey();
    expect(handlers['store.health']({})).toEqual({ integrity: 'ok', rekeyRecommended: true });
  });

  it('locking cancels a running check; its answer is ignored and nothing is kept', async () => {
    const { dbPath } = await closedStoreWithCases();
    const { store } = testServices({ dbPath, now: NOW });
    const seen: IntegrityState[] = [];
    store.onIntegrityChecked((state) => seen.push(state));
    await store.unlock({ passphrase: GOOD_PASSPHRASE });
    store.startIntegrityCheck();
    store.lock('manual');
    await store.integrityCheckFinished();
    expect(seen).toEqual([]);
    await store.unlock({ passphrase: GOOD_PASSPHRASE });
    expect(store.health().integrity).toBe('unchecked');
  });
});
