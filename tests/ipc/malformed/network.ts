import type { networkMethods } from '../../../electron/contract/areas/network';

const id = '3f1c2a54-1111-4222-8333-944455556666';
const long = (n: number) => 'x'.repeat(n + 1);
const contact = {
  personId: id,
  at: '2026-11-20T10:00:00Z',
  durationMinutes: 20,
  place: 'telefon',
  type: 'telefonat',
  topics: [],
  interpreterUsed: false,
};
const conference = { caseId: id, date: '2026-11-20', clientPresent: true, participants: [{ partnerId: id }], actions: [] };
/** A well-formed release input; each case below breaks one thing of it. */
const release = { personId: id, partnerId: id, givenAt: '2026-11-20', scope: 'Arbeitsvermittlung', dataKinds: ['anlass', 'kontakt'], form: 'schriftlich' };
const referral = { caseId: id, partnerId: id, lifeAreaId: 'wohnen', reason: 'Wohnungssuche', date: '2026-11-20', dataTransfer: false };

/** Malformed inputs for each method of this area: every method must be listed (the contract test checks). */
export const networkMalformed: Record<keyof typeof networkMethods, unknown[]> = {
  'network.labels': [{ all: true }, { legalAreas: [] }],
  'partners.list': [{ includeInactive: 'ja' }, { includeInactive: true, legalArea: 'sgb2' }],
  'partners.create': [
    { legalArea: 'sgb2' },
    { organisation: 'Jobcenter', legalArea: 'sgb99' },
    { organisation: '   ', legalArea: 'sgb2' },
    { organisation: long(200), legalArea: 'sgb2' },
    { organisation: 'Jobcenter', legalArea: 'sgb2', active: false },
  ],
  'partners.update': [{ organisation: 'Jobcenter' }, { id, legalArea: 'abh' }, { id, phone: long(50) }, { id, active: true }],
  'partners.deactivate': [{}, { id: 42 }, { id, reason: 'x' }],
  'partners.reactivate': [{}, { id: '' }, { id: long(64) }],
  'releases.create': [
    { ...release, scope: undefined },
    { ...release, givenAt: '20.11.2026' },
    { ...release, givenAt: '2026-02-30' },
    { ...release, form: 'per Fax' },
    { ...release, scope: long(2000) },
    // The kinds of data: required, at least one, each a known kind, each once.
    { ...release, dataKinds: undefined },
    { ...release, dataKinds: [] },
    { ...release, dataKinds: 'anlass' },
    { ...release, dataKinds: ['anlass', 'alles'] },
    { ...release, dataKinds: ['Anlass der Verweisung'] },
    { ...release, dataKinds: ['kontakt', 'kontakt'] },
    { ...release, dataKinds: [null] },
    // The printed form signed: an id, if given.
    { ...release, printoutId: '' },
    { ...release, printoutId: null },
    { ...release, printoutId: 42 },
    { ...release, printoutId: long(65) },
  ],
  'releases.revoke': [{ id }, { id, revokedAt: '2026-11-20T10:00:00Z' }, { id, revokedAt: '2026-11-20', reason: 'x' }],
  'releases.listForPerson': [{}, { personId: null }, { personId: id, partnerId: id }],
  'referrals.create': [
    { ...referral, dataTransfer: 'nein' },
    { ...referral, reason: '' },
    { ...referral, reason: long(2000) },
    { ...referral, status: 'abgeschlossen' },
    { ...referral, releaseId: id },
    { caseId: id, partnerId: id },
  ],
  'referrals.setStatus': [
    { id },
    { id, status: 'erledigt' },
    { id, status: 'abgelehnt', structuralGap: 'kein_geld' },
    { id, status: 'abgelehnt', at: '2026-11-20' },
  ],
  'referrals.setOutcome': [{ outcome: 'gut' }, { id, outcome: long(5000) }, { id, outcome: 5 }],
  'referrals.listForCase': [{}, { caseId: 1 }, { caseId: id, status: 'offen' }],
  'contacts.create': [
    { ...contact, at: '2026-11-20' },
    { ...contact, durationMinutes: 0 },
    { ...contact, durationMinutes: 601 },
    { ...contact, durationMinutes: 12.5 },
    { ...contact, place: 'cafe' },
    { ...contact, type: 'besuch' },
    { ...contact, topics: ['wohnen', 'wohnen'] },
    { ...contact, note: long(5000) },
    { ...contact, interpreterUsed: 'ja' },
    { ...contact, followUps: [{ dueDate: '2026-12-01' }] },
    { ...contact, secret: true },
  ],
  'contacts.listForCase': [{}, { caseId: [] }],
  'contacts.listForPerson': [{}, { personId: id, since: '2026-01-01' }],
  'followUps.create': [
    { caseId: id, dueDate: '2026-12-01' },
    { caseId: id, dueDate: 'morgen', title: 'Anruf' },
    { caseId: id, dueDate: '2026-12-01', title: long(200) },
  ],
  'followUps.markDone': [{}, { id, doneAt: '2026-11-20' }],
  'followUps.listOpenForCase': [{}, { caseId: id, until: '2026-12-01' }],
  'followUps.listDue': [{}, { until: '2026-13-01' }, { until: '2026-12-01', caseId: id }],
  'caseConferences.checkReleases': [
    { caseId: id, date: '2026-11-20' },
    { caseId: id, date: '2026-11-20', partnerIds: [] },
    { caseId: id, date: '2026-11-20', partnerIds: [id, id] },
  ],
  'caseConferences.create': [
    { ...conference, participants: [] },
    { ...conference, participants: [{ partnerId: id }, { partnerId: id }] },
    { ...conference, clientPresent: 'ja' },
    { ...conference, actions: [{ title: 'Antrag stellen' }] },
    { ...conference, agenda: long(5000) },
    { ...conference, participants: [{ partnerId: id, role: 'Leitung' }] },
  ],
  'caseConferences.listForCase': [{}, { caseId: id, date: '2026-11-20' }],
};
