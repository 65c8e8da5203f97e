/** The statistics methods end to end through the contract boundary, as the screens call them. */
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/ipc/dispatch';
import { createHandlers } from '../../../electron/ipc/handlers';
import { seededStore } from '../seed/helpers';

describe('statistics through IPC', () => {
  it('settings, periods, preview and export, with typed German errors', async () => {
    const s = await seededStore({ cases: 12, seed: 2 });
    const handlers = createHandlers(s);
    const call = (name: string, input: unknown) => dispatch(handlers, name, input);

    expect(await call('statistics.updateSettings', { unitName: 'KIM Süd', threshold: 4 })).toMatchObject({
      ok: true,
      value: { unit: { name: 'KIM Süd' }, threshold: 4 },
    });
    const periods = await call('statistics.periods', {});
    expect(periods).toMatchObject({
      ok: true,
      value: expect.arrayContaining([expect.objectContaining({ label: '2026-Q1', title: '1. Quartal 2026', state: 'laufend' })]),
    });

    const preview = await call('statistics.preview', { period: '2025-Q4' });
    expect(preview).toMatchObject({
      ok: true,
      value: { asOf: '2025-12-31', state: 'bereit', missing: [], document: { threshold: 4, period: { label: '2025-Q4' } } },
    });
    if (!preview.ok) throw new Error('preview failed');
    const { document, suppressed } = preview.value as { document: { tables: { id: string }[] }; suppressed: { tableId: string }[] };
    expect(suppressed.map((x) => x.tableId)).toEqual(document.tables.map((t) => t.id));

    const exported = await call('statistics.export', { period: '2025-Q4', format: 'json' });
    expect(exported).toMatchObject({ ok: true, value: { fileName: 'kim-statistik_kim-sued_2025-Q4.json' } });
    if (!exported.ok) throw new Error('export failed');
    const { bytes } = exported.value as { bytes: Uint8Array };
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(JSON.parse(new TextDecoder().decode(bytes))).toEqual(document);

    expect(await call('statistics.preview', { period: '2026-Q2' })).toEqual({
      ok: false,
      error: { code: 'PERIOD_NOT_STARTED', message: expect.stringMatching(/noch nicht begonnen/) },
    });
    expect(await call('statistics.export', { period: '2026-Q1', format: 'json' })).toEqual({
      ok: false,
      error: { code: 'PERIOD_RUNNING', message: expect.stringMatching(/läuft noch/) },
    });
    expect(await call('statistics.export', { period: '2025', format: 'json' })).toEqual({
      ok: false,
      error: { code: 'PERIOD_NOT_QUARTER', message: expect.stringMatching(/nur für Quartale/) },
    });
    expect(await call('statistics.export', { period: '1999-Q1', format: 'xlsx' })).toMatchObject({ ok: false, error: { code: 'PERIOD_INVALID' } });
    s.store.lock('manual');
    expect(await call('statistics.preview', { period: '2025-Q4' })).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(await call('statistics.periods', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  }, 60_000);
});
