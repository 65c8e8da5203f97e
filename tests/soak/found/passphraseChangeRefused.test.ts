/**
 * Found by the I/O-fault soak (issue 17): when the drive took the small key file but the database
 * refused the wrap's record (a nearly full drive; SQLite's SQLITE_FULL or SQLITE_READONLY), the
 * passphrase change answered with an error while the new passphrase was already in force: the
 * case manager, told nothing was saved, would be locked out with the old one. Now the key file as
 * it was goes back: refused means unchanged.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/ipc/dispatch';
import { createHandlers } from '../../../electron/ipc/handlers';
import { createdStore, GOOD_PASSPHRASE, OTHER_PASSPHRASE } from '../../fixtures/tempStore';

describe('a passphrase change the database refuses', () => {
  it('changes nothing: the key file stays byte for byte and the old passphrase unlocks', async () => {
    const services = await createdStore();
    const handlers = createHandlers(services);
    const keyfile = fs.readFileSync(services.store.keyfile);
    services.store.session().sqlite.pragma('query_only = ON');
    const answer = await dispatch(handlers, 'store.changePassphrase', { current: GOOD_PASSPHRASE, next: OTHER_PASSPHRASE });
    expect(answer).toMatchObject({ ok: false, error: { code: 'STORAGE_READ_ONLY' } });
    expect(fs.readFileSync(services.store.keyfile).equals(keyfile)).toBe(true);
    services.store.session().sqlite.pragma('query_only = OFF');
    services.store.lock('manual');
    await services.store.unlock({ passphrase: GOOD_PASSPHRASE });
    expect(services.store.status().state).toBe('unlocked');
    // And once the drive takes it, the change goes through, with its audit entry.
    expect(await dispatch(handlers, 'store.changePassphrase', { current: GOOD_PASSPHRASE, next: OTHER_PASSPHRASE })).toEqual({ ok: true, value: null });
    services.store.lock('manual');
    await services.store.unlock({ passphrase: OTHER_PASSPHRASE });
    expect(services.store.status().state).toBe('unlocked');
  });
});
