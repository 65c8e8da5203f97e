import type { statisticsMethods } from '../../../electron/contract/areas/statistics';

/** Malformed inputs for each method of the statistics area: every method must be listed (the contract test checks). */
export const statisticsMalformed: Record<keyof typeof statisticsMethods, unknown[]> = {
  'statistics.settings': [{ unitName: 'Stelle' }, { all: true }],
  'statistics.updateSettings': [
    { threshold: 2 },
    { threshold: 21 },
    { threshold: 4.5 },
    { threshold: '5' },
    { perturbation: 'ja' },
    { unitName: '' },
    { unitName: '   ' },
    { unitName: 'x'.repeat(201) },
    { unitName: null },
    { traeger: 'x'.repeat(201) },
    { municipality: 42 },
    { unitId: '00000000-0000-4000-8000-000000000000' },
    { threshold: 5, secret: 'abc' },
  ],
  'statistics.periods': [{ year: 2026 }, { period: '2026-Q1' }],
  'statistics.preview': [
    {},
    { period: 2026 },
    { period: '2026-Q5' },
    { period: '2026-H3' },
    { period: '26' },
    { period: '2026-01' },
    { period: '2026/Q1' },
    { period: '2026-Q1', format: 'json' },
    { period: '2026-Q1 ' },
  ],
  'statistics.export': [
    { period: '2026' },
    { format: 'json' },
    { period: '2026', format: 'csv' },
    { period: '2026', format: 'JSON' },
    { period: '2026-Q0', format: 'json' },
    { period: ['2026'], format: 'xlsx' },
    { period: '2026-Q1', format: 'json', out: '/tmp/x.json' },
    { period: '2026-Q1', format: 'json', correction: true },
  ],
};
