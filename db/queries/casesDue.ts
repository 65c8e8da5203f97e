/** What is due on a case: read-only look at the follow-ups, goal steps and assessments other areas write. */
import { and, asc, desc, eq, inArray, isNull, lt, lte } from 'drizzle-orm';
import type { KimDb } from '../open';
import { assessments, followUps, goalSteps, goals } from '../schema';

/** Follow-ups (Wiedervorlagen) not yet done and due on or before `until`. */
export function openFollowUpsDueBy(db: KimDb, caseId: string, until: string) {
  return db
    .select({ id: followUps.id, title: followUps.title, dueDate: followUps.dueDate })
    .from(followUps)
    .where(and(eq(followUps.caseId, caseId), isNull(followUps.doneAt), lte(followUps.dueDate, until)))
    .orderBy(asc(followUps.dueDate))
    .all();
}

/** Steps of the case's open goals that are not done and were due before `today`. */
export function overdueGoalSteps(db: KimDb, caseId: string, today: string) {
  return db
    .select({ id: goalSteps.id, description: goalSteps.description, dueDate: goalSteps.dueDate, goalTitle: goals.title })
    .from(goalSteps)
    .innerJoin(goals, eq(goals.id, goalSteps.goalId))
    .where(and(eq(goals.caseId, caseId), inArray(goals.status, ['offen', 'in_arbeit']), isNull(goalSteps.doneAt), lt(goalSteps.dueDate, today)))
    .orderBy(asc(goalSteps.dueDate))
    .all();
}

/** The date of the case's latest assessment (initial or re-assessment), if any. */
export function lastAssessmentDate(db: KimDb, caseId: string): string | null {
  const row = db.select({ date: assessments.date }).from(assessments).where(eq(assessments.caseId, caseId)).orderBy(desc(assessments.date)).limit(1).get();
  return row?.date ?? null;
}
