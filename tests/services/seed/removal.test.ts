import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/ipc/dispatch';
import { createHandlers } from '../../../electron/ipc/handlers';
import { readSetting } from '../../../db/queries/settings';
import { recentAudit } from '../../../db/queries/audit';
import { DEFAULT_LIFE_AREAS } from '../../../db/queries/demoData';
import { caseStore } from '../cases/helpers';
import { GOOD_PASSPHRASE } from '../../fixtures/tempStore';

/** The sum of every count table's total in the statistics of the running quarter. */
async function statisticsTotal(call: (name: string, input: unknown) => Promise<unknown>): Promise<number> {
  const preview = (await call('statistics.preview', { period: '2026-Q4' })) as {
    ok: boolean;
    value: { document: { demo: boolean; tables: { kind: string; total?: number | null }[] } };
  };
  expect(preview.ok).toBe(true);
  return preview.value.document.tables.reduce((sum, t) => sum + (t.kind === 'counts' ? (t.total ?? 0) : 0), 0);
}

async function demoStoreWithRealCase() {
  const s = await caseStore('2026-11-20T10:00:00');
  const handlers = createHandlers(s);
  const call = (name: string, input: unknown) => dispatch(handlers, name as never, input as never);
  // Plain counts: no perturbation, the smallest threshold, so the demo's cases show and one case alone does not.
  s.statistics.updateSettings({ unitName: 'KIM Test', perturbation: false, threshold: 3 });
  expect(await call('demo.load', { cases: 12 })).toMatchObject({ ok: true });
  const demoPersons = s.persons.list();
  // A real client recorded beside the demo, in a place the demo configured.
  const real = s.persons.create({ names: [{ familyName: 'Wirklich', givenNames: 'Zofia' }] });
  const realCase = s.openCase({ personId: real.id });
  return { s, call, demoPersons, real, realCase };
}

describe('removing demo data (demo.remove)', { timeout: 120_000 }, () => {
  it('removes exactly what the demo load created: persons, cases, search hits, statistics; a real case stays', async () => {
    const { s, call, demoPersons, real, realCase } = await demoStoreWithRealCase();
    const demoName = demoPersons[0]?.displayName.split(',')[0] ?? '';
    expect(demoName).not.toBe('');
    const hits = (query: string) => s.search.global({ query }).groups.reduce((n, g) => n + g.total, 0);
    expect(hits(demoName)).toBeGreaterThan(0);
    expect(await statisticsTotal(call)).toBeGreaterThan(0);
    const mark = s.auditMark();

    const removed = await call('demo.remove', {});
    expect(removed).toEqual({ ok: true, value: { persons: demoPersons.length, cases: 12, remainingCases: 1 } });

    expect(s.persons.list().map((p) => p.id)).toEqual([real.id]);
    expect(s.cases.list({}).map((c) => c.id)).toEqual([realCase.caseId]);
    expect(realCase.caseId).not.toBeNull();
    expect(hits(demoName)).toBe(0);
    expect(hits('Wirklich')).toBeGreaterThan(0);
    expect(await statisticsTotal(call)).toBe(0);
    expect(await call('demo.status', {})).toEqual({ ok: true, value: { isDemo: false, cases: 1 } });
    expect(readSetting(s.db(), 'demoData.created')).toBeUndefined();
    expect(s.auditSince(mark).map((a) => a.action)).toEqual(['demo_data.removed']);
    // The demo's consultation hours and its configuration nobody uses are gone; the default life areas stay.
    const sqlite = s.store.session().sqlite;
    expect(sqlite.prepare('SELECT count(*) AS n FROM consultation_sessions').get()).toEqual({ n: 0 });
    expect(sqlite.prepare('SELECT count(*) AS n FROM partners').get()).toEqual({ n: 0 });
    expect(sqlite.prepare('SELECT count(*) AS n FROM life_areas').get()).toEqual({ n: DEFAULT_LIFE_AREAS.length });
    expect(await call('demo.remove', {})).toMatchObject({ ok: false, error: { code: 'DEMO_NONE' } });
  });

  it('keeps configuration the demo added when a real record uses it', async () => {
    const s = await caseStore('2026-11-20T10:00:00');
    const handlers = createHandlers(s);
    await dispatch(handlers, 'demo.load', { cases: 12 });
    const sqlite = s.store.session().sqlite;
    const location = sqlite.prepare('SELECT id FROM locations ORDER BY name LIMIT 1').get() as { id: string };
    const real = s.persons.create({ names: [{ familyName: 'Wirklich', givenNames: 'Zofia' }] });
    s.openCase({ personId: real.id, locationId: location.id });
    expect(await dispatch(handlers, 'demo.remove', {})).toMatchObject({ ok: true });
    expect(sqlite.prepare('SELECT id FROM locations').all()).toEqual([location]);
  });

  it('refuses demo data loaded without a list of what it created (DEMO_ORIGIN_UNKNOWN), removing nothing', async () => {
    const s = await caseStore('2026-11-20T10:00:00');
    const handlers = createHandlers(s);
    await dispatch(handlers, 'demo.load', { cases: 12 });
    s.store.session().sqlite.prepare(`DELETE FROM settings WHERE key = 'demoData.created'`).run();
    expect(await dispatch(handlers, 'demo.remove', {})).toMatchObject({ ok: false, error: { code: 'DEMO_ORIGIN_UNKNOWN' } });
    expect(s.cases.list({})).toHaveLength(12);
  });
});

describe('starting over with an empty store (demo.emptyStore)', { timeout: 120_000 }, () => {
  it('removes every person, case and record, resets configuration, keeps keys, settings and the audit log', async () => {
    const { s, call } = await demoStoreWithRealCase();
    s.lifeAreas.add({ name: 'Mobilität' });
    const auditBefore = recentAudit(s.db(), 1_000_000).length;

    expect(await call('demo.emptyStore', { confirm: 'leer' })).toMatchObject({ ok: false, error: { code: 'EMPTY_STORE_CONFIRMATION_MISMATCH' } });
    expect(s.cases.list({})).toHaveLength(13);

    expect(await call('demo.emptyStore', { confirm: 'LEEREN' })).toMatchObject({ ok: true, value: { cases: 13 } });
    const sqlite = s.store.session().sqlite;
    for (const table of ['persons', 'cases', 'contacts', 'assessments', 'partners', 'locations', 'target_groups', 'consultation_sessions', 'search_docs']) {
      expect(sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get(), table).toEqual({ n: 0 });
    }
    expect(sqlite.prepare('SELECT id, name, sort_order AS sortOrder FROM life_areas ORDER BY sort_order').all()).toEqual(DEFAULT_LIFE_AREAS);
    expect(s.search.global({ query: 'Wirklich' }).groups).toEqual([]);
    expect(await statisticsTotal(call)).toBe(0);
    expect(await call('demo.status', {})).toEqual({ ok: true, value: { isDemo: false, cases: 0 } });
    // The device's settings and the audit log stay; the log says the store was emptied.
    expect(s.statistics.settings()).toMatchObject({ unit: { name: 'KIM Test' } });
    const audit = recentAudit(s.db(), 1_000_000);
    expect(audit.length).toBe(auditBefore + 1);
    expect(audit[0]?.action).toBe('store.emptied');
    // The same passphrase opens it; a new case starts at number 1 again and demo data may be loaded again.
    s.store.lock('manual');
    await s.store.unlock({ passphrase: GOOD_PASSPHRASE });
    expect(await call('demo.load', { cases: 12 })).toMatchObject({ ok: true });
    expect(await call('demo.emptyStore', { confirm: 'leeren' })).toMatchObject({ ok: true });
    expect(s.openCase().caseNumber).toMatch(/\D0*1$/);
  });

  it('keeps the quarters already published: they were sent and stay as they were', async () => {
    const s = await caseStore('2026-11-20T10:00:00');
    const call = (name: string, input: unknown) => dispatch(createHandlers(s), name as never, input as never);
    s.statistics.updateSettings({ unitName: 'KIM Test' });
    s.openCase({ date: '2026-08-03' });
    s.statistics.export({ period: '2026-Q3', format: 'json' });
    const published = () => s.store.session().sqlite.prepare('SELECT period, sha256 FROM statistics_publications').all();
    const before = published();
    expect(before).toHaveLength(1);
    expect(await call('demo.emptyStore', { confirm: 'LEEREN' })).toMatchObject({ ok: true, value: { cases: 1 } });
    expect(published()).toEqual(before);
  });
});
