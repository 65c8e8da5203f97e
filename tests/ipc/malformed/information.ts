import type { informationMethods } from '../../../electron/contract/areas/information';

const bad = [
  {},
  { caseId: 'c1', personId: 'p1' },
  { caseId: '' },
  { personId: '' },
  { caseId: 'x'.repeat(65) },
  { personId: 42 },
  { caseId: null },
  { caseId: 'c1', format: 'pdf' },
  { caseNumber: '2026-0001' },
];

/** Malformed inputs for each method of the Art. 15 information: every method must be listed (the contract test checks). */
export const informationMalformed: Record<keyof typeof informationMethods, unknown[]> = {
  'information.pdf': bad,
  'information.json': bad,
};
