/**
 * Rows the other areas write (goals, steps, follow-ups, assessments, ...), inserted directly so
 * these tests do not depend on those areas' services.
 */
import { randomUUID } from 'node:crypto';
import {
  agreements,
  assessments,
  caseConferences,
  contacts,
  followUps,
  goalSteps,
  goals,
  partners,
  referralStatusHistory,
  referrals,
} from '../../../db/schema';
import type { CaseStore } from './helpers';

const AT = '2026-01-01T00:00:00.000Z';

export function addGoal(s: CaseStore, caseId: string, status: (typeof goals.$inferInsert)['status'] = 'offen', title = 'Deutschkurs B1 abschließen'): string {
  const id = randomUUID();
  s.db().insert(goals).values({ id, caseId, lifeAreaId: 'sprache', title, status, createdAt: AT, updatedAt: AT }).run();
  return id;
}

export function addStep(s: CaseStore, goalId: string, dueDate: string | null, doneAt: string | null = null, description = 'Anmeldung bei der VHS'): string {
  const id = randomUUID();
  s.db().insert(goalSteps).values({ id, goalId, description, responsible: 'klient', dueDate, doneAt }).run();
  return id;
}

export function addFollowUp(
  s: CaseStore,
  caseId: string,
  dueDate: string,
  title = 'Bescheid Jobcenter nachfragen',
  extra: { createdAt?: string; doneAt?: string | null } = {},
): string {
  const id = randomUUID();
  s.db()
    .insert(followUps)
    .values({ id, caseId, dueDate, title, source: 'manuell', createdAt: extra.createdAt ?? AT, doneAt: extra.doneAt ?? null })
    .run();
  return id;
}

export function addAssessment(s: CaseStore, caseId: string, date: string, kind: 'erst' | 're' = 'erst'): string {
  const id = randomUUID();
  s.db()
    .insert(assessments)
    .values({ id, caseId, kind, date, recordedBy: 'Test Beraterin', createdAt: `${date}T12:00:00.000Z` })
    .run();
  return id;
}

export function addAgreement(s: CaseStore, caseId: string, date: string, signedAt: string | null, version = 1): string {
  const id = randomUUID();
  s.db().insert(agreements).values({ id, caseId, version, date, snapshot: [], signedAt, recordedBy: 'Test Beraterin', createdAt: AT }).run();
  return id;
}

export function addReferral(s: CaseStore, caseId: string, date: string, history: { status: (typeof referrals.$inferInsert)['status']; at: string }[]) {
  const partnerId = randomUUID();
  s.db().insert(partners).values({ id: partnerId, organisation: 'Jobcenter ME-aktiv', legalArea: 'sgb2', createdAt: AT }).run();
  const id = randomUUID();
  const status = history.at(-1)?.status ?? 'vorgeschlagen';
  s.db()
    .insert(referrals)
    .values({
      id,
      caseId,
      partnerId,
      lifeAreaId: 'arbeit',
      reason: 'Arbeitssuche',
      date,
      dataTransfer: false,
      status,
      recordedBy: 'Test Beraterin',
      createdAt: AT,
    })
    .run();
  const historyIds = history.map((h) => {
    const historyId = randomUUID();
    s.db().insert(referralStatusHistory).values({ id: historyId, referralId: id, status: h.status, at: h.at, by: 'Test Beraterin' }).run();
    return historyId;
  });
  return { id, historyIds };
}

export function addContact(s: CaseStore, caseId: string, personId: string, at: string): string {
  const id = randomUUID();
  s.db()
    .insert(contacts)
    .values({ id, personId, caseId, at, durationMinutes: 30, place: 'sprechstunde', type: 'beratung', recordedBy: 'Test Beraterin', createdAt: AT })
    .run();
  return id;
}

export function addConference(s: CaseStore, caseId: string, date: string): string {
  const id = randomUUID();
  s.db().insert(caseConferences).values({ id, caseId, date, clientPresent: true, recordedBy: 'Test Beraterin', createdAt: AT }).run();
  return id;
}
