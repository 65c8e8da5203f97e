import type { erasureMethods } from '../../../electron/contract/areas/erasure';

/** Malformed inputs for each method of erasure and retention: every method must be listed (the contract test checks). */
export const erasureMalformed: Record<keyof typeof erasureMethods, unknown[]> = {
  'erasure.erase': [
    {},
    { caseId: 'c1' },
    { caseId: 'c1', confirmCaseNumber: '' },
    { caseId: 'c1', confirmCaseNumber: '   ' },
    { caseId: 'c1', confirmCaseNumber: '2026-0001', reason: '' },
    { caseId: 'c1', confirmCaseNumber: '2026-0001', reason: '  ' },
    { caseId: 'c1', confirmCaseNumber: '2026-0001', reason: 'x'.repeat(501) },
    { caseId: 'c1', confirmCaseNumber: 20260001 },
    { caseId: 'x'.repeat(65), confirmCaseNumber: '2026-0001', reason: 'Antrag' },
    { caseId: 'c1', confirmCaseNumber: '2026-0001', reason: 'Antrag', personId: 'p1' },
  ],
  'erasure.erasePersonWithoutCase': [
    {},
    { personId: 'p1' },
    { personId: 'p1', reason: '' },
    { personId: 'p1', reason: '   ' },
    { personId: 'p1', reason: 'x'.repeat(501) },
    { personId: 'x'.repeat(65), reason: 'Antrag' },
    { personId: 'p1', reason: 'Antrag', caseId: 'c1' },
  ],
  'erasure.due': [{ date: '31.12.2026' }, { date: '2026-02-30' }, { date: null }, { years: 10 }],
  'erasure.hold': [
    {},
    { caseId: 'c1', keepUntil: '2030-01-01' },
    { caseId: 'c1', keepUntil: '01.01.2030', reason: 'Klage' },
    { caseId: 'c1', keepUntil: '2030-02-30', reason: 'Klage' },
    { caseId: 'c1', keepUntil: '2030-01-01', reason: '' },
    { caseId: 'c1', keepUntil: '2030-01-01', reason: 'x'.repeat(501) },
    { caseId: 'c1', keepUntil: '2030-01-01', reason: 'Klage', by: 'x' },
  ],
  'erasure.settings': [{ retentionYears: 10 }],
  'erasure.updateSettings': [
    {},
    { retentionYears: 0 },
    { retentionYears: 31 },
    { retentionYears: 2.5 },
    { retentionYears: '10' },
    { retentionYears: null },
    { retentionYears: 10, extra: true },
  ],
};
