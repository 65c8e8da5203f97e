/** Data and a render helper for the network sections' tests (Vermittlungen, Kontakte, Fallkonferenzen). */
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import type { ComponentType } from 'react';
import { vi } from 'vitest';
import type { LifeAreaView, LocationView } from '../../../electron/contract/areas/cases';
import type { CaseConferenceView, ContactView, FollowUpView, PartnerView, ReferralView, ReleaseView } from '../../../electron/contract/areas/network';
import { networkLabels } from '../../../electron/services/network/labels';
import type { CaseSectionProps } from '../../../renderer/features/case/sectionProps';
import { installFakeKim, ok, type FakeKim } from '../fakeKim';
import { localMoment } from '../testClock';

export const CASE_ID = 'case-1';
export const PERSON_ID = 'person-1';

export const labels = networkLabels();

export const jobcenter: PartnerView = {
  id: 'p-jc',
  organisation: 'Jobcenter Kreis Mettmann',
  legalArea: 'sgb2',
  legalAreaLabel: 'SGB II – Jobcenter',
  municipality: 'Mettmann',
  contactName: null,
  phone: null,
  email: null,
  active: true,
};
export const jmd: PartnerView = {
  id: 'p-jmd',
  organisation: 'Jugendmigrationsdienst Ratingen',
  legalArea: 'beratung',
  legalAreaLabel: 'Beratungsdienste wie MBE, JMD, Schuldner- und Suchtberatung',
  municipality: 'Ratingen',
  contactName: 'Frau Yilmaz',
  phone: null,
  email: null,
  active: true,
};
export const oldPartner: PartnerView = { ...jmd, id: 'p-old', organisation: 'Alte Beratungsstelle', active: false };
export const partners = [jobcenter, jmd, oldPartner];

export const lifeAreas: LifeAreaView[] = [
  { id: 'la-work', name: 'Ausbildung und Arbeit', sortOrder: 2, active: true },
  { id: 'la-housing', name: 'Wohnen', sortOrder: 1, active: true },
  { id: 'la-old', name: 'Früher', sortOrder: 3, active: false },
];

export const locations: LocationView[] = [
  { id: 'loc-gu', name: 'GU Talstraße', kind: 'gu', municipality: 'Velbert', active: true },
  { id: 'loc-rh', name: 'Rathaus', kind: 'rathaus', municipality: 'Heiligenhaus', active: true },
];

export const validRelease: ReleaseView = {
  id: 'r-1',
  personId: PERSON_ID,
  partnerId: jobcenter.id,
  partnerName: jobcenter.organisation,
  givenAt: '2026-10-02',
  validUntil: '2027-10-01',
  scope: 'Antrag auf Bürgergeld',
  dataKinds: ['anlass', 'kontakt'],
  dataKindLabels: ['Anlass der Verweisung', 'Anschrift und Kontaktdaten'],
  form: 'schriftlich',
  formLabel: 'schriftlich',
  revokedAt: null,
  state: 'gueltig',
  stateLabel: 'Gültig',
  recordedBy: 'Aylin Demir',
  printout: null,
};
export const revokedRelease: ReleaseView = {
  ...validRelease,
  id: 'r-2',
  partnerId: jmd.id,
  partnerName: jmd.organisation,
  scope: 'Schulanmeldung',
  validUntil: null,
  revokedAt: '2026-11-03',
  state: 'widerrufen',
  stateLabel: 'Widerrufen',
};

export const referral: ReferralView = {
  id: 'ref-1',
  caseId: CASE_ID,
  partnerId: jobcenter.id,
  partnerName: jobcenter.organisation,
  legalAreaLabel: 'SGB II – Jobcenter',
  lifeAreaId: 'la-work',
  lifeAreaName: 'Ausbildung und Arbeit',
  reason: 'Arbeitsvermittlung nach Sprachkurs',
  date: '2026-11-04',
  dataTransfer: true,
  releaseId: 'r-1',
  status: 'vermittelt',
  statusLabel: 'Vermittelt',
  nextStatuses: [
    { value: 'termin_vereinbart', label: 'Termin vereinbart' },
    { value: 'angenommen', label: 'Angenommen' },
    { value: 'abgelehnt', label: 'Abgelehnt' },
    { value: 'abgebrochen', label: 'Abgebrochen' },
  ],
  outcome: null,
  structuralGap: null,
  structuralGapLabel: null,
  history: [
    { status: 'vorgeschlagen', statusLabel: 'Vorgeschlagen', at: localMoment('2026-11-04T09:15'), note: null, by: 'Aylin Demir' },
    { status: 'vermittelt', statusLabel: 'Vermittelt', at: localMoment('2026-11-05T13:30'), note: 'Termin angefragt', by: 'Aylin Demir' },
  ],
  recordedBy: 'Aylin Demir',
};
export const failedReferral: ReferralView = {
  ...referral,
  id: 'ref-2',
  partnerId: jmd.id,
  partnerName: jmd.organisation,
  legalAreaLabel: jmd.legalAreaLabel,
  lifeAreaId: 'la-housing',
  lifeAreaName: 'Wohnen',
  reason: 'Unterstützung bei der Wohnungssuche',
  dataTransfer: false,
  releaseId: null,
  status: 'abgelehnt',
  statusLabel: 'Abgelehnt',
  nextStatuses: [],
  outcome: 'Keine Kapazität bis Frühjahr',
  structuralGap: 'warteliste',
  structuralGapLabel: 'Warteliste',
  history: [{ status: 'abgelehnt', statusLabel: 'Abgelehnt', at: localMoment('2026-11-06T10:00'), note: null, by: 'Aylin Demir' }],
};

export function followUp(patch: Partial<FollowUpView> = {}): FollowUpView {
  return {
    id: 'f-1',
    caseId: CASE_ID,
    dueDate: '2026-11-30',
    title: 'Bescheid nachfragen',
    source: 'kontakt',
    sourceLabel: 'Aus einem Kontakt',
    sourceId: 'c-1',
    doneAt: null,
    ...patch,
  };
}

export const olderContact: ContactView = {
  id: 'c-1',
  personId: PERSON_ID,
  caseId: CASE_ID,
  at: localMoment('2026-11-02T08:30'),
  durationMinutes: 45,
  place: 'sprechstunde',
  placeLabel: 'Sprechstunde',
  locationId: 'loc-gu',
  locationName: 'GU Talstraße',
  type: 'beratung',
  typeLabel: 'Beratung',
  topics: [{ id: 'la-housing', name: 'Wohnen' }],
  interpreterUsed: true,
  interpreterLanguage: 'Arabisch',
  note: 'Mietvertrag besprochen',
  followUps: [followUp()],
  recordedBy: 'Aylin Demir',
  versions: 0,
};
export const newerContact: ContactView = {
  ...olderContact,
  id: 'c-2',
  at: localMoment('2026-11-10T15:00'),
  durationMinutes: 10,
  place: 'telefon',
  placeLabel: 'Telefon',
  locationId: null,
  locationName: null,
  type: 'telefonat',
  typeLabel: 'Telefonat',
  topics: [],
  interpreterUsed: false,
  interpreterLanguage: null,
  note: null,
  followUps: [],
};

export const conference: CaseConferenceView = {
  id: 'k-1',
  caseId: CASE_ID,
  date: '2026-11-12',
  clientPresent: true,
  agenda: 'Ausbildungsplatz',
  results: 'Bewerbung bis Dezember',
  participants: [{ partnerId: jobcenter.id, organisation: jobcenter.organisation, legalAreaLabel: jobcenter.legalAreaLabel, contactPerson: 'Herr Kaya' }],
  actions: [
    followUp({ id: 'f-9', title: 'Bewerbungsunterlagen prüfen', dueDate: '2026-12-01', source: 'fallkonferenz', sourceLabel: 'Aus einer Fallkonferenz' }),
  ],
  recordedBy: 'Aylin Demir',
};

/** The answers every network section reads; tests override single methods. */
export function answerLists(kim: FakeKim): void {
  kim['network.labels'].mockResolvedValue(ok(labels));
  kim['partners.list'].mockResolvedValue(ok(partners));
  kim['lifeAreas.list'].mockResolvedValue(ok(lifeAreas));
  kim['locations.list'].mockResolvedValue(ok(locations));
  kim['releases.listForPerson'].mockResolvedValue(ok([validRelease, revokedRelease]));
  kim['referrals.listForCase'].mockResolvedValue(ok([referral, failedReferral]));
  kim['contacts.listForCase'].mockResolvedValue(ok([olderContact, newerContact]));
  kim['followUps.listOpenForCase'].mockResolvedValue(
    ok([
      followUp(),
      followUp({ id: 'f-2', title: 'Duldung läuft ab', dueDate: '2020-01-01', source: 'manuell', sourceLabel: 'Von Hand angelegt', sourceId: null }),
    ]),
  );
  kim['caseConferences.listForCase'].mockResolvedValue(ok([conference]));
}

/** Renders one section with the fake bridge; `configure` adjusts the answers first. */
export function renderSection(Section: ComponentType<CaseSectionProps>, options: { closed?: boolean; configure?: (kim: FakeKim) => void } = {}) {
  const { kim } = installFakeKim();
  answerLists(kim);
  options.configure?.(kim);
  const onChanged = vi.fn();
  const user = userEvent.setup();
  // As the case shell shows it: in the main area, under the case's h1.
  const view = render(
    <main>
      <h1>Fall 2026-0001</h1>
      <Section caseId={CASE_ID} personId={PERSON_ID} closed={options.closed ?? false} onChanged={onChanged} />
    </main>,
  );
  return { kim, user, onChanged, view };
}

export async function axeViolations(): Promise<string[]> {
  document.documentElement.lang = 'de';
  document.title = 'KIM Fallakte';
  const result = await axe.run(document, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
