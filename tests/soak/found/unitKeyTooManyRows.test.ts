/**
 * Found by the soak's fuzz (seed 1, from call 38,190 on): after the fuzz had created some 200
 * target groups, statistics.exportUnitKey answered INTERNAL: the key file's format carries at most
 * 200 rows a table, and its schema check threw. It is the typed STATISTICS_LAYOUT_TOO_LARGE now,
 * and the refusal changes nothing.
 */
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/ipc/dispatch';
import { createHandlers } from '../../../electron/ipc/handlers';
import { createdStore } from '../../fixtures/tempStore';
import { contentHash } from '../../services/store/storeContent';

describe('statistics.exportUnitKey with more target groups than the key file carries', () => {
  it('answers STATISTICS_LAYOUT_TOO_LARGE and changes nothing', async () => {
    const services = await createdStore({ now: () => new Date('2026-11-23T09:30:00Z') });
    const handlers = createHandlers(services);
    expect(await dispatch(handlers, 'statistics.updateSettings', { unitName: 'KIM Beispielkreis' })).toMatchObject({ ok: true });
    expect(await dispatch(handlers, 'statistics.exportUnitKey', {})).toMatchObject({ ok: true });
    for (let i = 1; i <= 200; i++) {
      const created = await dispatch(handlers, 'targetGroups.create', { name: `Zielgruppe ${i}`, validFrom: '2026-01-01', validUntil: null });
      expect(created.ok).toBe(true);
    }
    const { sqlite } = services.store.session();
    const before = contentHash(sqlite);
    const entries = sqlite.prepare('SELECT count(*) FROM audit_log').pluck().get();
    expect(await dispatch(handlers, 'statistics.exportUnitKey', {})).toMatchObject({ ok: false, error: { code: 'STATISTICS_LAYOUT_TOO_LARGE' } });
    expect(contentHash(sqlite)).toBe(before);
    expect(sqlite.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(entries);
  });
});
