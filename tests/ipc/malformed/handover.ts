import type { handoverMethods } from '../../../electron/contract/areas/handover';

/** Malformed inputs for each method of the handover: every method must be listed (the contract test checks). The renderer never names a file. */
export const handoverMalformed: Record<keyof typeof handoverMethods, unknown[]> = {
  'handover.preview': [
    {},
    { caseIds: [] },
    { caseIds: 'c1' },
    { caseIds: [''] },
    { caseIds: ['x'.repeat(65)] },
    { caseIds: Array(201).fill('c1') },
    { caseIds: ['c1'], extra: 1 },
  ],
  'handover.export': [
    {},
    { caseIds: ['c1'] },
    { caseIds: ['c1'], recipient: '' },
    { caseIds: ['c1'], recipient: '   ' },
    { caseIds: ['c1'], recipient: 'x'.repeat(201) },
    { caseIds: [], recipient: 'Frau Kollegin' },
    { caseIds: ['c1'], recipient: 'Frau Kollegin', file: '/tmp/x.kimuebergabe' },
    { caseIds: ['c1'], recipient: 42 },
  ],
  'handover.list': [{ all: true }, null, 'alle'],
  'handover.confirm': [
    {},
    { handoverId: 'h1' },
    { handoverId: 'h1', code: '' },
    { handoverId: 'h1', code: 'x'.repeat(21) },
    { handoverId: '', code: 'ABCD-1234' },
    { handoverId: 'h1', code: 12341234 },
    { handoverId: 'h1', code: 'ABCD-1234', confirmedAt: '2026-01-01' },
  ],
  'handover.erase': [{}, { handoverId: '' }, { handoverId: 'x'.repeat(65) }, { handoverId: 'h1', reason: 'Übergeben' }, { caseId: 'c1' }],
  'handover.inspect': [
    {},
    { passphrase: '' },
    { passphrase: '   ' },
    { passphrase: 'x'.repeat(101) },
    { passphrase: 'ABCD', file: '/tmp/x.kimuebergabe' },
    { passphrase: 42 },
  ],
  'handover.import': [
    {},
    { token: '0'.repeat(32), passphrase: 'ABCD' },
    { token: '0'.repeat(32), passphrase: 'ABCD', acceptDuplicates: 'ja' },
    { token: 'kein-token', passphrase: 'ABCD', acceptDuplicates: false },
    { token: '0'.repeat(31), passphrase: 'ABCD', acceptDuplicates: false },
    { token: '0'.repeat(32), passphrase: '', acceptDuplicates: false },
    { token: '0'.repeat(32), passphrase: 'ABCD', acceptDuplicates: false, file: '/tmp/x.kimuebergabe' },
    { file: '/tmp/x.kimuebergabe', passphrase: 'ABCD', acceptDuplicates: true },
  ],
};
