/** Intake, consent, cases with their numbers and events, and the goals' outcomes at closure. */
import { and, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { KimDb } from '../open';
import { insertRows, rowWhere } from '../preparedQueries';
import {
  caseEvents,
  caseNumberSequences,
  caseTargetGroups,
  cases,
  consents,
  goals,
  intakeTargetGroups,
  intakes,
  locations,
  printouts,
  targetGroups,
} from '../schema';

export type CaseRow = typeof cases.$inferSelect;
export type CaseEventInsert = typeof caseEvents.$inferInsert;
type GoalStatus = (typeof goals.$inferSelect)['status'];

// Inserts and the case by id: prepared once per connection (db/preparedQueries.ts), the same
// statements drizzle builds on each call; the demo data opens thousands of cases.

export function insertIntake(db: KimDb, intake: typeof intakes.$inferInsert, targetGroupIds: string[]): void {
  insertRows(db, intakes, [intake]);
  insertRows(
    db,
    intakeTargetGroups,
    targetGroupIds.map((targetGroupId) => ({ intakeId: intake.id, targetGroupId })),
  );
}

export function insertConsent(db: KimDb, consent: typeof consents.$inferInsert): void {
  insertRows(db, consents, [consent]);
}

/** The next running number of `year` (1 for its first case). Call inside the opening transaction. */
export function allocateCaseNumber(db: KimDb, year: number): number {
  const row = db
    .insert(caseNumberSequences)
    .values({ year, last: 1 })
    .onConflictDoUpdate({ target: caseNumberSequences.year, set: { last: sql`${caseNumberSequences.last} + 1` } })
    .returning({ last: caseNumberSequences.last })
    .get();
  return row.last;
}

export function insertCase(db: KimDb, row: typeof cases.$inferInsert, targetGroupIds: string[]): void {
  insertRows(db, cases, [row]);
  insertRows(
    db,
    caseTargetGroups,
    targetGroupIds.map((targetGroupId) => ({ caseId: row.id, targetGroupId })),
  );
}

export function insertCaseEvent(db: KimDb, event: CaseEventInsert): void {
  insertRows(db, caseEvents, [event]);
}

export function caseById(db: KimDb, caseId: string): CaseRow | undefined {
  return rowWhere(db, cases, cases.id, caseId);
}

export function openCaseOfPerson(db: KimDb, personId: string): CaseRow | undefined {
  return db
    .select()
    .from(cases)
    .where(and(eq(cases.personId, personId), ne(cases.phase, 'abgeschlossen')))
    .get();
}

export function updateCase(
  db: KimDb,
  caseId: string,
  patch: Partial<Pick<CaseRow, 'caseManager' | 'locationId' | 'traeger' | 'reassessmentMonths' | 'phase' | 'closedAt' | 'closureReason'>>,
): void {
  // drizzle refuses an UPDATE without columns ("No values to set"): nothing to change is a no-op.
  if (Object.keys(patch).length === 0) return;
  db.update(cases).set(patch).where(eq(cases.id, caseId)).run();
}

export function targetGroupsOfCase(db: KimDb, caseId: string) {
  return db
    .select({ id: targetGroups.id, name: targetGroups.name })
    .from(caseTargetGroups)
    .innerJoin(targetGroups, eq(targetGroups.id, caseTargetGroups.targetGroupId))
    .where(eq(caseTargetGroups.caseId, caseId))
    .orderBy(targetGroups.sortOrder, targetGroups.name)
    .all();
}

/** The consent recorded for the case, the latest when there are several, with the printout signed if one was named. */
export function consentOfCase(db: KimDb, caseId: string) {
  return db
    .select({
      givenAt: consents.givenAt,
      form: consents.form,
      recordedBy: consents.recordedBy,
      revokedAt: consents.revokedAt,
      printoutId: printouts.id,
      printoutCode: printouts.code,
      printoutLanguage: printouts.language,
      printoutPrintedAt: printouts.printedAt,
    })
    .from(consents)
    .leftJoin(printouts, eq(printouts.id, consents.printoutId))
    .where(eq(consents.caseId, caseId))
    .orderBy(desc(consents.givenAt), desc(consents.createdAt))
    .get();
}

export function locationOfCase(db: KimDb, locationId: string) {
  return db.select({ id: locations.id, name: locations.name, municipality: locations.municipality }).from(locations).where(eq(locations.id, locationId)).get();
}

// ---- Goals at closure (the goals themselves belong to the assessment area) ----

export function goalsOfCase(db: KimDb, caseId: string) {
  return db.select({ id: goals.id, status: goals.status }).from(goals).where(eq(goals.caseId, caseId)).all();
}

export function setGoalStatuses(db: KimDb, updates: { goalId: string; status: GoalStatus }[], updatedAt: string): void {
  for (const { goalId, status } of updates) {
    db.update(goals).set({ status, updatedAt }).where(eq(goals.id, goalId)).run();
  }
}

/** The case's target groups become exactly `targetGroupIds` (a correction; the caller keeps the earlier list). */
export function replaceCaseTargetGroups(db: KimDb, caseId: string, targetGroupIds: string[]): void {
  db.delete(caseTargetGroups).where(eq(caseTargetGroups.caseId, caseId)).run();
  insertRows(
    db,
    caseTargetGroups,
    targetGroupIds.map((targetGroupId) => ({ caseId, targetGroupId })),
  );
}

/**
 * The case's latest change of status (closure or reopening): one recorded afterwards may not go
 * before it. Phase steps do not bound it: they follow the work and are stamped when it is
 * recorded (an Erstberatung typed in weeks later steps into the assessment that day), while the
 * status is the day the case really ended or started again.
 */
export function latestStatusChange(db: KimDb, caseId: string): { at: string; kind: string } | undefined {
  return db
    .select({ at: caseEvents.at, kind: caseEvents.kind })
    .from(caseEvents)
    .where(and(eq(caseEvents.caseId, caseId), inArray(caseEvents.kind, ['abgeschlossen', 'wiedereroeffnet'])))
    .orderBy(desc(caseEvents.at), desc(sql`case_events.rowid`))
    .get();
}
