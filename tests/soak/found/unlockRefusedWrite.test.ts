/**
 * Found by the I/O-fault soak (issue 17): when the drive refused the unlock's own writes (its
 * audit entry, a renewed recovery key), the unlock answered with an error but left the store
 * open: the data key in memory while the window showed the unlock screen. Now the store is closed
 * again before the error goes out; a read-only drive reads as STORE_READ_ONLY, as at opening.
 */
import { describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../../electron/ipc/dispatch';
import { createHandlers } from '../../../electron/ipc/handlers';
import { createdStore, GOOD_PASSPHRASE } from '../../fixtures/tempStore';

const refusal = (code: string) => Object.assign(new Error('disk refused'), { code });

describe('an unlock whose own writes the drive refuses', () => {
  it.each([
    ['SQLITE_FULL', 'STORAGE_FULL'],
    ['SQLITE_READONLY', 'STORE_READ_ONLY'],
  ])('%s: answers %s and stays locked; the next unlock works', async (sqliteCode, expected) => {
    const services = await createdStore();
    const handlers = createHandlers(services);
    services.store.lock('manual');
    const audit = services.store.audit.bind(services.store);
    const refuse = vi.spyOn(services.store, 'audit').mockImplementation((action, entity, id) => {
      if (action === 'store.unlocked') throw refusal(sqliteCode);
      audit(action, entity, id);
    });
    expect(await dispatch(handlers, 'store.unlock', { passphrase: GOOD_PASSPHRASE })).toMatchObject({ ok: false, error: { code: expected } });
    expect(services.store.status().state).toBe('locked');
    expect(() => services.store.session()).toThrow(/gesperrt/);
    refuse.mockRestore();
    expect(await dispatch(handlers, 'store.unlock', { passphrase: GOOD_PASSPHRASE })).toMatchObject({ ok: true, value: { state: 'unlocked' } });
    await services.store.integrityCheckFinished();
  });
});
