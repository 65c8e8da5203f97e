import type { consentMethods } from '../../../electron/contract/areas/consent';
import type { restrictionMethods } from '../../../electron/contract/areas/restriction';

/** Malformed inputs for restriction of processing and consent withdrawal: every method must be listed (the contract test checks). */
export const restrictionMalformed: Record<keyof typeof restrictionMethods | keyof typeof consentMethods, unknown[]> = {
  'restrictions.ofCase': [{}, { caseId: '' }, { caseId: 'x'.repeat(65) }, { caseId: 'c1', extra: 1 }],
  'restrictions.restrict': [
    {},
    { caseId: 'c1', since: '2026-01-01' },
    { caseId: 'c1', since: '2026-01-01', reason: '' },
    { caseId: 'c1', since: '2026-01-01', reason: '   ' },
    { caseId: 'c1', since: '2026-01-01', reason: 'x'.repeat(501) },
    { caseId: 'c1', since: '01.01.2026', reason: 'Bestreitet Richtigkeit' },
    { caseId: 'c1', since: '2026-02-30', reason: 'Bestreitet Richtigkeit' },
    { caseId: 'c1', since: null, reason: 'Bestreitet Richtigkeit' },
    { caseId: 'c1', since: '2026-01-01', reason: 'Grund', recordedBy: 'x' },
  ],
  'restrictions.lift': [
    {},
    { caseId: 'c1' },
    { caseId: 'c1', liftedAt: '2026-13-01' },
    { caseId: 'c1', liftedAt: 20260101 },
    { caseId: 'c1', liftedAt: '2026-01-01', by: 'x' },
  ],
  'consents.withdraw': [
    {},
    { caseId: 'c1', withdrawnAt: '2026-01-01' },
    { caseId: 'c1', withdrawnAt: '2026-01-01', followUp: 'loeschen' },
    { caseId: 'c1', withdrawnAt: '2026-02-30', followUp: 'abschliessen' },
    { caseId: 'c1', withdrawnAt: '2026-01-01', followUp: 'einschraenken', restrictionReason: '' },
    { caseId: 'c1', withdrawnAt: '2026-01-01', followUp: 'einschraenken', restrictionReason: 'x'.repeat(501) },
    { caseId: 'c1', withdrawnAt: '2026-01-01', followUp: 'abschliessen', revokeReleases: false },
  ],
};
