/**
 * Found by the soak's fuzz (seed 1, call 44,874): with more than 200 target groups the
 * statistic's document has more rows in a table than its format carries; statistics.preview (and
 * statistics.export) answered INTERNAL from the schema check. The typed STATISTICS_LAYOUT_TOO_LARGE
 * now, changing nothing.
 */
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/ipc/dispatch';
import { createHandlers } from '../../../electron/ipc/handlers';
import { createdStore } from '../../fixtures/tempStore';
import { contentHash } from '../../services/store/storeContent';

describe('statistics.preview with more target groups than the format carries', () => {
  it('answers STATISTICS_LAYOUT_TOO_LARGE and changes nothing', async () => {
    const services = await createdStore({ now: () => new Date('2026-12-10T09:30:00Z') });
    const handlers = createHandlers(services);
    expect(await dispatch(handlers, 'statistics.preview', { period: '2026-Q4' })).toMatchObject({ ok: true });
    for (let i = 1; i <= 201; i++) {
      expect((await dispatch(handlers, 'targetGroups.create', { name: `Zielgruppe ${i}`, validFrom: '2026-01-01', validUntil: null })).ok).toBe(true);
    }
    const { sqlite } = services.store.session();
    const before = contentHash(sqlite);
    expect(await dispatch(handlers, 'statistics.preview', { period: '2026-Q4' })).toMatchObject({ ok: false, error: { code: 'STATISTICS_LAYOUT_TOO_LARGE' } });
    expect(contentHash(sqlite)).toBe(before);
  });
});
