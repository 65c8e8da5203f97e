/**
 * Found by the soak's fuzz (seed 3, call 8): statistics.exportUnitKey in a store whose unit has no
 * name yet was refused (STATISTICS_UNIT_MISSING), but first made the unit's id, secret and key
 * pairs and logged that: a refusal that changed the store. It is now refused before anything is made.
 */
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/ipc/dispatch';
import { createHandlers } from '../../../electron/ipc/handlers';
import { createdStore } from '../../fixtures/tempStore';
import { contentHash } from '../../services/store/storeContent';

describe('statistics.exportUnitKey without a unit name', () => {
  it('is refused and changes nothing, not even the audit log', async () => {
    const services = await createdStore({ now: () => new Date('2026-11-23T09:30:00Z') });
    const handlers = createHandlers(services);
    const { sqlite } = services.store.session();
    const count = () => sqlite.prepare('SELECT count(*) FROM audit_log').pluck().get();
    const [hash, entries] = [contentHash(sqlite), count()];

    expect(await dispatch(handlers, 'statistics.exportUnitKey', {})).toMatchObject({ ok: false, error: { code: 'STATISTICS_UNIT_MISSING' } });
    expect(contentHash(sqlite)).toBe(hash);
    expect(count()).toBe(entries);

    // With a name, the key file is made as before (the unit and its keys on first use).
    expect(await dispatch(handlers, 'statistics.updateSettings', { unitName: 'KIM Beispielkreis' })).toMatchObject({ ok: true });
    expect(await dispatch(handlers, 'statistics.exportUnitKey', {})).toMatchObject({
      ok: true,
      value: { fileName: expect.stringMatching(/^kim-stellenschluessel_/) },
    });
  });
});
