/**
 * A restricted case (Art. 18 DSGVO) leaves the statistic of every quarter not yet published; a
 * published quarter is a frozen document and stays byte for byte as it was.
 */
import { describe, expect, it } from 'vitest';
import { prepareStatistics, rawIndicators } from '../../../electron/services/statistics/document';
import type { RawCountTable } from '../../../electron/services/statistics/tally';
import { clockedStore, contact, openCase, personalA } from '../statistics/helpers';

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('statistics and restriction', () => {
  it('leaves the restricted case out of an unpublished quarter; the published quarter stays byte-identical', async () => {
    const s = await clockedStore('2025-10-01');
    s.statistics.updateSettings({ unitName: 'KIM Team Nord' });
    const person = {
      gender: 'weiblich' as const,
      birthDate: '1990-05-01',
      residenceStatus: 'duldung' as const,
      municipality: 'Nordheim',
      nationalities: ['SY'],
    };
    const autumn = [0, 1, 2, 3].map((i) => openCase(s, `2025-10-0${i + 2}`, person, {}, personalA(i)));
    s.at('2026-01-10');
    const q4First = decode((await s.statistics.export({ period: '2025-Q4', format: 'json' })).bytes);
    const winter = [4, 5].map((i) => openCase(s, `2026-01-1${i}`, person, {}, personalA(i)));
    contact(s, '2026-02-02', winter[0]!);
    contact(s, '2026-02-03', winter[1]!);
    s.at('2026-04-10');

    const ctx = { store: s.store, now: () => s.clock.now };
    const total = (period: string, id: string) =>
      (rawIndicators(prepareStatistics(ctx, period).input).find((t) => t.id === id) as RawCountTable).counts.flat().reduce((a, b) => a + b, 0);
    const figures = () => ({
      neu: total('2026-Q1', 'faelle-neu-geschlecht'),
      laufend: total('2026-Q1', 'faelle-laufend-geschlecht'),
      kontakte: total('2026-Q1', 'kontakte-art-ort'),
    });
    expect(figures()).toEqual({ neu: 2, laufend: 6, kontakte: 2 });

    s.restrictions.restrict({ caseId: autumn[0]!.caseId, since: '2026-04-10', reason: 'Widerspruch gegen die Verarbeitung' });
    s.restrictions.restrict({ caseId: winter[0]!.caseId, since: '2026-04-10', reason: 'Für Rechtsanspruch aufbewahren' });
    expect(figures()).toEqual({ neu: 1, laufend: 4, kontakte: 1 });

    // The published quarter: the same bytes, and its preview is the frozen document.
    expect(decode((await s.statistics.export({ period: '2025-Q4', format: 'json' })).bytes)).toBe(q4First);
    expect(s.statistics.preview({ period: '2025-Q4' }).state).toBe('veroeffentlicht');

    // Lifted: counted again.
    s.restrictions.lift({ caseId: winter[0]!.caseId, liftedAt: '2026-04-10' });
    expect(figures()).toEqual({ neu: 2, laufend: 5, kontakte: 2 });
  });
});
