import type { monitoringCorrectionMethods } from '../../../electron/contract/areas/monitoringCorrections';

const id = '3f1c2a54-1111-4222-8333-944455556666';
const long = (n: number) => 'x'.repeat(n + 1);
const contact = {
  id,
  at: '2026-11-20T10:00:00Z',
  durationMinutes: 20,
  place: 'telefon',
  type: 'telefonat',
  topics: [],
  interpreterUsed: false,
};

/** Malformed inputs for each method of this area: every method must be listed (the contract test checks). */
export const monitoringCorrectionsMalformed: Record<keyof typeof monitoringCorrectionMethods, unknown[]> = {
  'contacts.update': [
    { ...contact, id: undefined },
    { ...contact, at: '2026-11-20' },
    { ...contact, durationMinutes: 0 },
    { ...contact, durationMinutes: 12.5 },
    { ...contact, place: 'garten' },
    { ...contact, topics: [id, id] },
    { ...contact, note: long(5000) },
    { ...contact, personId: id },
    { ...contact, followUps: [] },
  ],
  'followUps.postpone': [
    {},
    { followUpId: id },
    { followUpId: id, dueDate: '20.11.2026' },
    { id, dueDate: '2026-11-20' },
    { followUpId: id, dueDate: '2026-02-30' },
  ],
};
