/**
 * Found by the soak's fuzz (seed 2, call 172): demo.load in a store without persons or cases but
 * with a running consultation hour went on, failed where the demo starts its own hours and
 * answered SESSION_ALREADY_RUNNING, a code demo.load does not declare (its writes were rolled
 * back). Such a store is not empty: DEMO_NOT_EMPTY, before anything is written.
 */
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/ipc/dispatch';
import { createHandlers } from '../../../electron/ipc/handlers';
import { createdStore } from '../../fixtures/tempStore';
import { contentHash } from '../../services/store/storeContent';

describe('demo.load beside a running consultation hour', () => {
  it('is refused as a store that is not empty, and changes nothing', async () => {
    const services = await createdStore({ now: () => new Date('2026-11-23T09:30:00Z') });
    const handlers = createHandlers(services);
    const location = await dispatch(handlers, 'locations.create', { name: 'Unterkunft Feldweg', kind: 'gu', municipality: 'Beispielstadt' });
    if (!location.ok) throw new Error(location.error.code);
    const session = await dispatch(handlers, 'sessions.start', { locationId: (location.value as { id: string }).id });
    expect(session).toMatchObject({ ok: true });

    const { sqlite } = services.store.session();
    const before = contentHash(sqlite);
    const changes = sqlite.prepare('SELECT total_changes()').pluck().get();
    expect(await dispatch(handlers, 'demo.load', { cases: 3 })).toEqual({
      ok: false,
      error: { code: 'DEMO_NOT_EMPTY', message: expect.stringMatching(/Sprechstunde läuft/) },
    });
    // Refused before writing: not even a rolled-back statement.
    expect(sqlite.prepare('SELECT total_changes()').pluck().get()).toBe(changes);
    expect(contentHash(sqlite)).toBe(before);
    expect(await dispatch(handlers, 'sessions.current', {})).toMatchObject({ ok: true, value: { id: (session as { value: { id: string } }).value.id } });
  });
});
