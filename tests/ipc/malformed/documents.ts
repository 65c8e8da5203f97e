import type { documentMethods } from '../../../electron/contract/areas/documents';

/** Malformed inputs for the papers of daily work: every method must be listed (the contract test checks). */
export const documentsMalformed: Record<keyof typeof documentMethods, unknown[]> = {
  'documents.caseFile': [
    {},
    { caseId: '' },
    { caseId: 'x'.repeat(65) },
    { caseId: 42 },
    { caseId: null },
    { caseId: 'c1', format: 'pdf' },
    { caseNumber: '2026-0001' },
  ],
  'documents.consultationSummary': [{}, { sessionId: '' }, { sessionId: 'x'.repeat(65) }, { sessionId: 7 }, { id: 's1' }, { sessionId: 's1', caseId: 'c1' }],
  'documents.today': [
    { date: '23.11.2026' },
    { date: '2026-02-30' },
    { date: '2026-11' },
    { date: null },
    { date: 20261123 },
    { date: '2026-11-23T10:00:00' },
    { date: '2026-11-23', caseId: 'c1' },
  ],
  'documents.referralSheet': [
    {},
    { date: '2026-11-23' },
    { referralId: '' },
    { referralId: 'r1', personId: 'p1', partnerId: 'x1' },
    { personId: 'p1' },
    { partnerId: 'x1' },
    { personId: 'p1', partnerId: 42 },
    { referralId: 'r1', date: '23.11.2026' },
    { referralId: 'r1', scope: 'alles' },
    { referralId: 'x'.repeat(65) },
  ],
};
