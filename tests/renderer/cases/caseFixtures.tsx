/** Data and helpers for the case screens' tests: a case, a person, the configuration, and the app opened at a route. */
import { act, screen } from '@testing-library/react';
import axe from 'axe-core';
import type {
  CaseListFilters,
  CaseSummary,
  CaseView,
  LifeAreaView,
  LocationView,
  PersonDetail,
  PersonSummary,
  TargetGroupView,
  TimelineItem,
} from '../../../electron/contract/areas/cases';
import type { GoalView } from '../../../electron/contract/areas/assessment';
import type { NetworkLabels, PartnerView } from '../../../electron/contract/areas/network';
import { openRoute, type Route } from '../../../renderer/features/frame/navigation';
import { ok, renderApp, unlockedStatus, type FakeKim } from '../fakeKim';
import { localMoment } from '../testClock';

export const CASE_ID = 'case-1';
export const PERSON_ID = 'person-1';

export const caseView: CaseView = {
  id: CASE_ID,
  caseNumber: '2026-0007',
  phase: 'zielvereinbarung',
  phaseLabel: 'Zielvereinbarung',
  open: true,
  openedAt: '2026-10-01',
  closedAt: null,
  closureReason: null,
  closureReasonLabel: null,
  caseManager: 'Aylin Demir',
  location: { id: 'loc-1', name: 'GU Am Bahnhof', municipality: 'Coesfeld' },
  traeger: 'DRK Kreisverband',
  reassessmentMonths: 6,
  ownReassessmentMonths: null,
  person: {
    id: PERSON_ID,
    displayName: 'Haddad, Rana',
    otherNames: [{ familyName: 'Al-Haddad', givenNames: 'Rana', primary: false, note: 'so im Ausweis' }],
    birthDate: '1990-03',
    gender: 'weiblich',
    nationalities: ['SY'],
    languages: ['ar', 'ku'],
    interpreterNeeded: true,
    interpreterLanguage: 'ar',
    residenceStatus: 'aufenthaltserlaubnis',
    residenceParagraph: '§ 25 Abs. 2 AufenthG',
    residenceValidUntil: '2027-05-31',
  },
  targetGroups: [{ id: 'tg-1', name: 'Geduldete über 27' }],
  consent: { givenAt: '2026-10-01', form: 'schriftlich', recordedBy: 'Aylin Demir', revokedAt: null, printout: null },
  restriction: null,
  handover: null,
  dueNext: [
    { kind: 'zyklus', title: 'Zielvereinbarung erstellen und unterschreiben lassen', dueDate: null, overdue: false, refId: null },
    { kind: 'wiedervorlage', title: 'Rückruf Jobcenter', dueDate: '2026-11-02', overdue: true, refId: 'fu-1' },
  ],
};

export const closedCaseView: CaseView = {
  ...caseView,
  phase: 'abgeschlossen',
  phaseLabel: 'Abgeschlossen',
  open: false,
  closedAt: '2026-11-15',
  closureReason: 'wegzug',
  closureReasonLabel: 'Wegzug',
  dueNext: [],
};

export const timeline: TimelineItem[] = [
  { at: '2026-10-01', kind: 'erstberatung', title: 'Erstberatung (Zugang: Sprechstunde)', refId: 'in-1' },
  { at: localMoment('2026-11-03T13:05'), kind: 'kontakt', title: 'Beratung in der Sprechstunde', refId: 'co-1' },
  { at: localMoment('2026-10-01T09:00'), kind: 'fall_eroeffnet', title: 'Fall eröffnet', refId: 'ev-1' },
];

export const goals: GoalView[] = [
  goal('goal-1', 'Deutschkurs B1 abschließen', 'Sprache', 'in_arbeit'),
  goal('goal-2', 'Eigene Wohnung finden', 'Wohnen', 'offen'),
  goal('goal-3', 'Kita-Platz', 'Familie', 'erreicht'),
];

function goal(id: string, title: string, lifeAreaName: string, status: GoalView['status']): GoalView {
  return {
    id,
    caseId: CASE_ID,
    lifeAreaId: `la-${id}`,
    lifeAreaName,
    title,
    titleTranslation: null,
    status,
    statusLabel: status,
    createdAt: localMoment('2026-10-05T10:00'),
    updatedAt: localMoment('2026-10-05T10:00'),
    steps: [],
  };
}

export const caseSummaries: CaseSummary[] = [
  {
    id: CASE_ID,
    caseNumber: '2026-0007',
    personId: PERSON_ID,
    personName: 'Haddad, Rana',
    phase: 'zielvereinbarung',
    phaseLabel: 'Zielvereinbarung',
    open: true,
    openedAt: '2026-10-01',
    closedAt: null,
    caseManager: 'Aylin Demir',
    targetGroupNames: ['Geduldete über 27'],
    location: { id: 'loc-1', name: 'GU Am Bahnhof' },
    nextDueDate: '2026-11-02',
    due: true,
    overdue: true,
    restricted: false,
  },
  {
    id: 'case-2',
    caseNumber: '2025-0031',
    personId: 'person-2',
    personName: 'Petrenko, Olena',
    phase: 'abgeschlossen',
    phaseLabel: 'Abgeschlossen',
    open: false,
    openedAt: '2025-04-11',
    closedAt: '2026-02-01',
    caseManager: 'Jonas Weber',
    targetGroupNames: [],
    location: null,
    nextDueDate: null,
    due: false,
    overdue: false,
    restricted: false,
  },
];

export const caseListFilters: CaseListFilters = {
  caseManagers: ['Aylin Demir', 'Jonas Weber'],
  targetGroups: [
    { id: 'tg-1', name: 'Geduldete über 27', validToday: true },
    { id: 'tg-2', name: 'Unbegleitete Minderjährige', validToday: false },
  ],
  locations: [
    { id: 'loc-1', name: 'GU Am Bahnhof', active: true },
    { id: 'loc-2', name: 'Rathaus Dülmen', active: false },
  ],
};

export const personDetail: PersonDetail = {
  id: PERSON_ID,
  displayName: 'Haddad, Rana',
  names: [
    { familyName: 'Haddad', givenNames: 'Rana', primary: true, note: null },
    { familyName: 'Al-Haddad', givenNames: 'Rana', primary: false, note: 'so im Ausweis' },
  ],
  birthDate: '1990-03',
  gender: 'weiblich',
  nationalities: ['SY', 'LB'],
  languages: ['ar', 'am'],
  interpreterNeeded: true,
  interpreterLanguage: 'ar',
  phone: '0151 2345678',
  email: null,
  address: 'Bahnhofstraße 4, 48653 Coesfeld',
  municipality: 'Coesfeld',
  accommodationType: 'gu',
  accommodationName: 'GU Am Bahnhof',
  residenceStatus: 'aufenthaltserlaubnis',
  residenceParagraph: '§ 25 Abs. 2 AufenthG',
  residenceValidUntil: '2027-05-31',
  incomplete: false,
  household: {
    id: 'hh-1',
    role: 'bezugsperson',
    members: [{ personId: 'person-3', displayName: 'Haddad, Sami', role: 'kind' }],
  },
  cases: [{ id: CASE_ID, caseNumber: '2026-0007', phase: 'zielvereinbarung', openedAt: '2026-10-01', closedAt: null }],
  intakes: [{ id: 'in-1', date: '2026-10-01', accessRoute: 'sprechstunde', decision: 'fall_eroeffnet', referredTo: null, caseId: CASE_ID }],
  createdAt: localMoment('2026-10-01T09:00'),
  updatedAt: localMoment('2026-10-01T09:00'),
};

export const personSummaries: PersonSummary[] = [
  {
    id: PERSON_ID,
    displayName: 'Haddad, Rana',
    birthDate: '1990-03',
    municipality: 'Coesfeld',
    incomplete: false,
    openCase: { id: CASE_ID, caseNumber: '2026-0007' },
  },
  { id: 'person-2', displayName: 'Petrenko, Olena', birthDate: '1978-07-14', municipality: 'Dülmen', incomplete: false, openCase: null },
  { id: 'person-3', displayName: 'Haddad, Sami', birthDate: '2019', municipality: 'Coesfeld', incomplete: true, openCase: null },
];

export const targetGroups: TargetGroupView[] = [
  { id: 'tg-1', name: 'Geduldete über 27', description: 'Duldung oder Gestattung, älter als 27', validFrom: '2021-01-01', validUntil: null, validToday: true },
  { id: 'tg-2', name: 'Unbegleitete Minderjährige', description: null, validFrom: '2021-01-01', validUntil: '2023-12-31', validToday: false },
  { id: 'tg-3', name: 'Zugewanderte aus Südosteuropa', description: null, validFrom: '2024-01-01', validUntil: null, validToday: true },
];

export const locations: LocationView[] = [
  { id: 'loc-1', name: 'GU Am Bahnhof', kind: 'gu', municipality: 'Coesfeld', active: true },
  { id: 'loc-2', name: 'Rathaus Dülmen', kind: 'rathaus', municipality: 'Dülmen', active: false },
];

export const lifeAreas: LifeAreaView[] = [
  { id: 'la-1', name: 'Aufenthalt', sortOrder: 10, active: true },
  { id: 'la-2', name: 'Wohnen', sortOrder: 20, active: true },
  { id: 'la-3', name: 'Gesundheit', sortOrder: 30, active: false },
];

export const partners: PartnerView[] = [
  {
    id: 'pa-1',
    organisation: 'Jobcenter Kreis Coesfeld',
    legalArea: 'sgb2',
    legalAreaLabel: 'SGB II – Jobcenter',
    municipality: 'Coesfeld',
    contactName: 'Frau Kemper',
    phone: '02541 1234',
    email: null,
    active: true,
  },
  {
    id: 'pa-2',
    organisation: 'Schuldnerberatung Caritas',
    legalArea: 'beratung',
    legalAreaLabel: 'Beratungsstelle',
    municipality: null,
    contactName: null,
    phone: null,
    email: null,
    active: false,
  },
];

export const networkLabels: NetworkLabels = {
  legalAreas: [
    { value: 'sgb2', label: 'SGB II – Jobcenter' },
    { value: 'sgb8', label: 'SGB VIII – Jugendamt' },
    { value: 'beratung', label: 'Beratungsstelle' },
  ],
  referralStatuses: [],
  referralTransitions: {
    vorgeschlagen: [],
    vermittelt: [],
    termin_vereinbart: [],
    angenommen: [],
    abgeschlossen: [],
    abgelehnt: [],
    abgebrochen: [],
  },
  structuralGaps: [],
  releaseForms: [],
  contactPlaces: [],
  contactTypes: [],
  followUpSources: [],
};

/** cases.list answered in windows from `items` (as the main process does, without filtering): the rows from offset, and the total. */
export function pagesOf(items: CaseSummary[]) {
  return async (input: { offset?: number | undefined; limit?: number | undefined }) => {
    const offset = input.offset ?? 0;
    return ok({ rows: items.slice(offset, offset + (input.limit ?? 100)), total: items.length });
  };
}

/** The answers the case screens need, so each test only overrides what it is about. */
export function answerCaseMethods(kim: FakeKim): void {
  kim['cases.list'].mockImplementation(pagesOf(caseSummaries));
  kim['cases.listFilters'].mockResolvedValue(ok(caseListFilters));
  kim['cases.get'].mockResolvedValue(ok(caseView));
  kim['cases.timeline'].mockResolvedValue(ok(timeline));
  kim['goal.list'].mockResolvedValue(ok(goals));
  kim['persons.list'].mockResolvedValue(ok(personSummaries));
  kim['persons.get'].mockResolvedValue(ok(personDetail));
  kim['targetGroups.list'].mockResolvedValue(ok(targetGroups));
  kim['locations.list'].mockImplementation(async (input) => ok(input.includeInactive ? locations : locations.filter((l) => l.active)));
  kim['lifeAreas.list'].mockResolvedValue(ok(lifeAreas));
  kim['partners.list'].mockResolvedValue(ok(partners));
  kim['network.labels'].mockResolvedValue(ok(networkLabels));
}

/** The unlocked app, opened at a route under "Fälle" (or any page). */
export async function openAt(route: Route, configure: (kim: FakeKim) => void = () => {}) {
  const app = renderApp({
    configure: (kim) => {
      kim['store.status'].mockResolvedValue(ok(unlockedStatus));
      answerCaseMethods(kim);
      configure(kim);
    },
  });
  await screen.findByText('Angemeldet: Aylin Demir');
  act(() => openRoute(route));
  return app;
}

export async function axeViolations(): Promise<string[]> {
  document.documentElement.lang = 'de';
  document.title = 'KIM Fallakte';
  const result = await axe.run(document, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
