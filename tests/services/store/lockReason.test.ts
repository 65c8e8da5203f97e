import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../electron/ipc/handlers';
import { dispatch } from '../../../electron/ipc/dispatch';
import { createdStore, GOOD_PASSPHRASE, testServices } from '../../fixtures/tempStore';

/**
 * The store's status carries why it was locked last, so a window reloaded after a crash (the
 * 'locked' event went to the page that was gone) can say why it shows the unlock screen.
 */
describe('store: the last lock reason in the status', () => {
  it("after lock('renderer') the status says renderer, also through the contract", async () => {
    const services = await createdStore();
    services.store.lock('renderer');
    expect(services.store.status()).toEqual({ state: 'locked', recoveryKeyPending: false, lockReason: 'renderer' });
    expect(await dispatch(createHandlers(services), 'store.status', {})).toEqual({
      ok: true,
      value: { state: 'locked', recoveryKeyPending: false, lockReason: 'renderer' },
    });
  });

  it('follows the last lock and is gone once unlocked', async () => {
    const { store } = await createdStore();
    store.lock('idle');
    expect(store.status().lockReason).toBe('idle');
    await store.unlock({ passphrase: GOOD_PASSPHRASE });
    expect(store.status()).toEqual({ state: 'unlocked', recoveryKeyPending: false });
    store.lock('renderer');
    expect(store.status().lockReason).toBe('renderer');
    await store.unlock({ passphrase: GOOD_PASSPHRASE });
    store.lock('manual');
    expect(store.status().lockReason).toBe('manual');
  });

  it('a lock of an already locked store keeps the reason of the lock that happened', async () => {
    const { store } = await createdStore();
    store.lock('renderer');
    store.lock('manual'); // e.g. quitting after the crash: nothing was open, nothing was locked
    expect(store.status().lockReason).toBe('renderer');
  });

  it('a fresh start knows no reason (the unlock screen then names none)', async () => {
    const { store, dbPath } = await createdStore();
    store.lock('renderer');
    const again = testServices({ dbPath });
    expect(again.store.status()).toEqual({ state: 'locked', recoveryKeyPending: false });
    expect(testServices().store.status()).toEqual({ state: 'new', recoveryKeyPending: false });
  });
});
