/** Cases with due things for the "Heute" tests, written straight to a test store whose clock stands at 2026-11-21. */
import { eq } from 'drizzle-orm';
import { newId } from '../../../electron/services/context';
import { assessments, goals, goalSteps, lifeAreas, partners, persons, referralStatusHistory, referrals } from '../../../db/schema';
import { networkStore } from '../network/fixtures';

export { TODAY } from '../network/fixtures';

export async function todayStore() {
  const s = await networkStore();
  const { db } = s;
  const at = '2026-01-10T09:00:00.000Z';
  const lifeAreaId = db.select({ id: lifeAreas.id }).from(lifeAreas).limit(1).get()!.id;
  const partnerId = newId();
  db.insert(partners).values({ id: partnerId, organisation: 'Jobcenter Musterstadt', legalArea: 'sgb2', createdAt: at }).run();

  /** A person named Haddad, Amina with an open case; returns both ids. */
  function openCase(name = { givenNames: 'Amina', familyName: 'Haddad' }) {
    const personId = s.addPerson(name);
    return { personId, caseId: s.addCase(personId) };
  }

  function addAssessment(caseId: string, date: string): void {
    db.insert(assessments).values({ id: newId(), caseId, kind: 'erst', date, recordedBy: 'Test', createdAt: at }).run();
  }

  function setResidence(personId: string, validUntil: string | null, paragraph: string | null = null): void {
    db.update(persons).set({ residenceValidUntil: validUntil, residenceParagraph: paragraph }).where(eq(persons.id, personId)).run();
  }

  /** A referral in `status` whose status history ends at `lastChange` (date-time or date). */
  function addReferral(caseId: string, status: (typeof referrals.$inferInsert)['status'], lastChange: string, earlier?: string): string {
    const id = newId();
    db.insert(referrals)
      .values({ id, caseId, partnerId, lifeAreaId, reason: 'Arbeitssuche', date: '2026-01-15', dataTransfer: false, status, recordedBy: 'Test', createdAt: at })
      .run();
    for (const when of [earlier, lastChange].filter((x): x is string => x !== undefined)) {
      db.insert(referralStatusHistory).values({ id: newId(), referralId: id, status, at: when, by: 'Test' }).run();
    }
    return id;
  }

  function addGoal(caseId: string, status: (typeof goals.$inferInsert)['status'] = 'offen', title = 'Arbeit finden'): string {
    const id = newId();
    db.insert(goals).values({ id, caseId, lifeAreaId, title, status, createdAt: at, updatedAt: at }).run();
    return id;
  }

  function addStep(goalId: string, dueDate: string | null, doneAt: string | null = null, description = 'Lebenslauf schreiben'): string {
    const id = newId();
    db.insert(goalSteps).values({ id, goalId, description, responsible: 'klient', dueDate, doneAt }).run();
    return id;
  }

  return { ...s, partnerId, openCase, addAssessment, setResidence, addReferral, addGoal, addStep };
}

export type TodayStore = Awaited<ReturnType<typeof todayStore>>;

/** The items of one kind, as [id, dueDate, overdue]. */
export function itemsOf(s: TodayStore, kind: string, date?: string) {
  const overview = s.today.items(date === undefined ? {} : { date });
  return overview.groups.find((g) => g.kind === kind)!.items.map((i) => [i.id, i.dueDate, i.overdue] as const);
}
