import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/ipc/dispatch';
import { createHandlers } from '../../../electron/ipc/handlers';
import { readSetting } from '../../../db/queries/settings';
import { recentAudit } from '../../../db/queries/audit';
import { createdStore } from '../../fixtures/tempStore';

describe('the app offers demo data (demo.load, demo.status)', { timeout: 60_000 }, () => {
  it('loads demo data into an empty store and then says so', async () => {
    const services = await createdStore();
    const handlers = createHandlers(services);
    expect(await dispatch(handlers, 'demo.status', {})).toEqual({ ok: true, value: { isDemo: false, cases: 0 } });

    const loaded = await dispatch(handlers, 'demo.load', { cases: 12 });
    expect(loaded).toMatchObject({ ok: true, value: { isDemo: true, cases: 12, intakesWithoutCase: expect.any(Number), contacts: expect.any(Number) } });
    expect(await dispatch(handlers, 'demo.status', {})).toEqual({ ok: true, value: { isDemo: true, cases: 12 } });
    expect(recentAudit(services.store.session().db, 100_000).some((a) => a.action === 'demo_data.marked')).toBe(true);
  });

  it('refuses a store that holds cases or people (DEMO_NOT_EMPTY), changing nothing', async () => {
    const services = await createdStore();
    const handlers = createHandlers(services);
    expect(await dispatch(handlers, 'demo.load', { cases: 12 })).toMatchObject({ ok: true });
    expect(await dispatch(handlers, 'demo.load', {})).toEqual({
      ok: false,
      error: { code: 'DEMO_NOT_EMPTY', message: expect.stringMatching(/nur in eine leere Fallakte/) },
    });
    expect(services.cases.list({})).toHaveLength(12);

    const real = await createdStore();
    real.persons.create({ names: [{ familyName: 'Haddad', givenNames: 'Amira' }] });
    const before = recentAudit(real.store.session().db, 1000).length;
    expect(await dispatch(createHandlers(real), 'demo.load', { cases: 12 })).toMatchObject({ ok: false, error: { code: 'DEMO_NOT_EMPTY' } });
    expect(readSetting(real.store.session().db, 'demoData')).toBeUndefined();
    expect(recentAudit(real.store.session().db, 1000).length).toBe(before);
    expect(real.persons.list()).toHaveLength(1);
  });

  it('loads once at a time (DEMO_LOADING)', async () => {
    const services = await createdStore();
    const handlers = createHandlers(services);
    const [first, second] = await Promise.all([dispatch(handlers, 'demo.load', { cases: 12 }), dispatch(handlers, 'demo.load', { cases: 12 })]);
    expect(first).toMatchObject({ ok: true, value: { cases: 12 } });
    expect(second).toMatchObject({ ok: false, error: { code: 'DEMO_LOADING', message: expect.stringMatching(/gerade geladen/) } });
    expect(services.cases.list({})).toHaveLength(12);
  });

  it('needs an unlocked store (LOCKED)', async () => {
    const services = await createdStore();
    const handlers = createHandlers(services);
    services.store.lock('manual');
    expect(await dispatch(handlers, 'demo.status', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(await dispatch(handlers, 'demo.load', { cases: 12 })).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  });
});
