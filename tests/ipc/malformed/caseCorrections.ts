import type { caseCorrectionMethods } from '../../../electron/contract/areas/caseCorrections';

const id = '5f0c1d2e-0000-4000-8000-000000000001';
const other = '5f0c1d2e-0000-4000-8000-000000000002';
const conference = { id, date: '2026-11-20', clientPresent: true, participants: [{ partnerId: other }] };

/** Malformed inputs for each method of this area: every method must be listed (the contract test checks). */
export const caseCorrectionsMalformed: Record<keyof typeof caseCorrectionMethods, unknown[]> = {
  'caseConferences.update': [
    {},
    { ...conference, id: '' },
    { ...conference, date: '20.11.2026' },
    { ...conference, date: '2026-02-30' },
    { ...conference, clientPresent: 'ja' },
    { ...conference, participants: [] },
    { ...conference, participants: [{ partnerId: other }, { partnerId: other }] },
    { ...conference, participants: [{ partnerId: other, extra: 1 }] },
    { ...conference, agenda: 'x'.repeat(5001) },
    { ...conference, caseId: id },
    { ...conference, actions: [] },
  ],
  'cases.setTargetGroups': [
    {},
    { caseId: id },
    { caseId: id, targetGroupIds: [other, other] },
    { caseId: id, targetGroupIds: 'alle' },
    { caseId: id, targetGroupIds: [], note: 'x' },
  ],
  'cases.assignCaseManager': [
    {},
    { caseId: id },
    { caseId: id, caseManagerId: '' },
    { caseId: id, caseManager: 'Frau Weber' },
    { caseId: id, caseManagerId: 7 },
  ],
  'locations.reactivate': [{}, { locationId: '' }, { locationId: 3 }, { id }],
  'caseManagers.list': [{ active: true }, null],
  'caseManagers.add': [{}, { name: '' }, { name: '   ' }, { name: 'x'.repeat(101) }, { name: 'Frau Weber', active: false }],
  'caseManagers.deactivate': [{}, { id: '' }, { name: 'Frau Weber' }],
  'caseManagers.reactivate': [{}, { id: 1 }, { id, active: true }],
};
