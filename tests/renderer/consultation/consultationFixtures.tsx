/** A consultation hour as the main process returns it, and the page rendered on a fake bridge. */
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import type { LifeAreaView, LocationView, PersonDetail } from '../../../electron/contract/areas/cases';
import type { PersonHit, QueueEntry, SessionSummary, SessionView } from '../../../electron/contract/areas/consultation';
import type { ContactView } from '../../../electron/contract/areas/network';
import { ConsultationPage } from '../../../renderer/features/consultation/ConsultationPage';
import { installFakeKim, ok, resetAppState, type FakeKim } from '../fakeKim';

export const location: LocationView = { id: 'loc1', name: 'GU Am Bahnhof', kind: 'gu', municipality: 'Kreisstadt', active: true };

export const session: SessionView = {
  id: 's1',
  locationId: 'loc1',
  locationName: 'GU Am Bahnhof',
  locationKind: 'gu',
  municipality: 'Kreisstadt',
  startedAt: '2026-11-21T09:05:00',
  endedAt: null,
  afterwards: false,
};

export const lifeAreas: LifeAreaView[] = [
  { id: 'la-wohnen', name: 'Wohnen', sortOrder: 2, active: true },
  { id: 'la-aufenthalt', name: 'Aufenthalt', sortOrder: 1, active: true },
  { id: 'la-alt', name: 'Nicht mehr genutzt', sortOrder: 3, active: false },
  { id: 'la-arbeit', name: 'Ausbildung/Arbeit', sortOrder: 4, active: true },
];

export const mohammed: PersonHit = {
  personId: 'p1',
  displayName: 'Al-Hassan, Mohammed',
  matchedSpelling: 'Al Hasan, Muhammad',
  matchedBy: ['name'],
  birthDate: '1991-04-03',
  openCaseId: 'c1',
  openCaseNumber: '2026-0001',
  incomplete: false,
  score: 0.9,
};

export const mahmoud: PersonHit = {
  personId: 'p2',
  displayName: 'Mahmoud, Ali',
  matchedSpelling: null,
  matchedBy: ['name'],
  birthDate: '1988',
  openCaseId: null,
  openCaseNumber: null,
  incomplete: true,
  score: 0.7,
};

export function emptySummary(overrides: Partial<SessionSummary> = {}): SessionSummary {
  return {
    session,
    contacts: [],
    newPersons: [],
    shortAdvice: { total: 0, byTopic: [] },
    followUpsCreated: 0,
    stillWaiting: 0,
    totalMinutes: 0,
    ...overrides,
  };
}

export function queueEntry(id: string, label: string, overrides: Partial<QueueEntry> = {}): QueueEntry {
  return { id, label, personId: null, personName: null, arrivedAt: '2026-11-21T09:10:00', ...overrides };
}

export const savedContact = { id: 'k1' } as unknown as ContactView;

/** The person as persons.get gives it, with only what the quick contact reads. */
export function personDetailWith(patch: Partial<PersonDetail>): PersonDetail {
  return { id: 'p1', displayName: 'Al-Hassan, Mohammed', interpreterNeeded: false, interpreterLanguage: null, ...patch } as unknown as PersonDetail;
}

export function registered(id: string, displayName: string): PersonDetail {
  return { id, displayName, incomplete: true } as unknown as PersonDetail;
}

/** The page on a fake bridge; `running` decides whether sessions.current finds an hour. */
export function renderConsultation(options: { running?: boolean; configure?: (kim: FakeKim) => void } = {}) {
  const fake = installFakeKim();
  const { kim } = fake;
  kim['sessions.current'].mockResolvedValue(ok(options.running === false ? null : session));
  kim['lifeAreas.list'].mockResolvedValue(ok(lifeAreas));
  kim['locations.list'].mockResolvedValue(ok([location, { ...location, id: 'loc2', name: 'Rathaus Nord', kind: 'rathaus', active: true }]));
  kim['sessions.summary'].mockResolvedValue(ok(emptySummary()));
  kim['queue.list'].mockResolvedValue(ok([]));
  kim['persons.find'].mockResolvedValue(ok([mohammed, mahmoud]));
  kim['persons.likelyDuplicates'].mockResolvedValue(ok([]));
  kim['sessions.logContact'].mockResolvedValue(ok(savedContact));
  options.configure?.(kim);
  resetAppState();
  const user = userEvent.setup();
  const view = render(
    <main>
      <ConsultationPage />
    </main>,
  );
  return { ...fake, user, view };
}

export async function axeViolations(): Promise<string[]> {
  const result = await axe.run(document, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
