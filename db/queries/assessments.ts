/** Assessments and their entries (insert only: the database refuses updates), life areas, re-assessment cadence. */
import { and, asc, count, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { KimDb } from '../open';
import { insertRows, preparedFor, rowWhere } from '../preparedQueries';
import { assessmentEntries, assessments, cases, lifeAreas, personNames } from '../schema';
import { caseNotRestricted } from './restrictions';

export type AssessmentRow = typeof assessments.$inferSelect;
export type NewAssessment = typeof assessments.$inferInsert;
export type NewAssessmentEntry = typeof assessmentEntries.$inferInsert;

export function lifeAreaList(db: KimDb) {
  return db.select().from(lifeAreas).orderBy(asc(lifeAreas.sortOrder), asc(lifeAreas.name)).all();
}

const lifeAreaWithId = (db: KimDb) =>
  db
    .select()
    .from(lifeAreas)
    .where(eq(lifeAreas.id, sql.placeholder('id')))
    .prepare();

/** Checked for every entry and goal: prepared once per connection. */
export function lifeAreaById(db: KimDb, id: string) {
  return preparedFor(db, lifeAreaWithId).get({ id }) ?? null;
}

// Writing an assessment and reading it back run for every assessment of the demo data: prepared
// once per connection (db/preparedQueries.ts), the same statements drizzle builds on each call.

export function insertAssessment(db: KimDb, assessment: NewAssessment, entries: NewAssessmentEntry[]): void {
  insertRows(db, assessments, [assessment]);
  insertRows(db, assessmentEntries, entries);
}

export function assessmentById(db: KimDb, id: string): AssessmentRow | null {
  return rowWhere(db, assessments, assessments.id, id) ?? null;
}

const lastOfCase = (db: KimDb) =>
  db
    .select()
    .from(assessments)
    .where(eq(assessments.caseId, sql.placeholder('caseId')))
    .orderBy(desc(assessments.date), desc(assessments.createdAt))
    .limit(1)
    .prepare();

/** The latest assessment of a case: by date, then by when it was recorded. */
export function lastAssessment(db: KimDb, caseId: string): AssessmentRow | null {
  return preparedFor(db, lastOfCase).get({ caseId }) ?? null;
}

/** All assessments of a case, newest first, with how many life areas each assessed. */
export function assessmentsOfCase(db: KimDb, caseId: string) {
  return db
    .select({
      id: assessments.id,
      caseId: assessments.caseId,
      kind: assessments.kind,
      date: assessments.date,
      previousId: assessments.previousId,
      recordedBy: assessments.recordedBy,
      createdAt: assessments.createdAt,
      entryCount: count(assessmentEntries.id),
    })
    .from(assessments)
    .leftJoin(assessmentEntries, eq(assessmentEntries.assessmentId, assessments.id))
    .where(eq(assessments.caseId, caseId))
    .groupBy(assessments.id)
    .orderBy(desc(assessments.date), desc(assessments.createdAt))
    .all();
}

const entriesOfAssessment = (db: KimDb) =>
  db
    .select({
      lifeAreaId: assessmentEntries.lifeAreaId,
      lifeAreaName: lifeAreas.name,
      lifeAreaActive: lifeAreas.active,
      sortOrder: lifeAreas.sortOrder,
      situation: assessmentEntries.situation,
      resources: assessmentEntries.resources,
      needs: assessmentEntries.needs,
      urgency: assessmentEntries.urgency,
      responsibleService: assessmentEntries.responsibleService,
    })
    .from(assessmentEntries)
    .innerJoin(lifeAreas, eq(lifeAreas.id, assessmentEntries.lifeAreaId))
    .where(eq(assessmentEntries.assessmentId, sql.placeholder('assessmentId')))
    .orderBy(asc(lifeAreas.sortOrder), asc(lifeAreas.name))
    .prepare();

/** The entries of one assessment with their life area's name, in the life areas' order. */
export function entriesOf(db: KimDb, assessmentId: string) {
  return preparedFor(db, entriesOfAssessment).all({ assessmentId });
}

export function caseCadence(db: KimDb, caseId: string): { months: number | null } | null {
  return db.select({ months: cases.reassessmentMonths }).from(cases).where(eq(cases.id, caseId)).get() ?? null;
}

export function setCaseCadence(db: KimDb, caseId: string, months: number | null): void {
  db.update(cases).set({ reassessmentMonths: months }).where(eq(cases.id, caseId)).run();
}

/** Open cases with at least one assessment: what the re-assessment list needs. */
export function openCasesWithAssessments(db: KimDb) {
  const rows = db
    .select({
      caseId: cases.id,
      caseNumber: cases.caseNumber,
      caseManager: cases.caseManager,
      personId: cases.personId,
      caseMonths: cases.reassessmentMonths,
      assessmentDate: assessments.date,
    })
    .from(cases)
    .innerJoin(assessments, eq(assessments.caseId, cases.id))
    // A restricted case (Art. 18 DSGVO) is frozen: no re-assessment is due.
    .where(and(ne(cases.phase, 'abgeschlossen'), caseNotRestricted(cases.id)))
    .all();
  const byCase = new Map<string, Omit<(typeof rows)[number], 'assessmentDate'> & { lastAssessmentDate: string }>();
  for (const { assessmentDate, ...row } of rows) {
    const seen = byCase.get(row.caseId);
    if (!seen || seen.lastAssessmentDate < assessmentDate) byCase.set(row.caseId, { ...row, lastAssessmentDate: assessmentDate });
  }
  return [...byCase.values()];
}

/** The name a person is addressed by: the primary spelling, else any recorded one. */
export function displayNames(db: KimDb, personIds: string[]): Map<string, { givenNames: string; familyName: string }> {
  const names = new Map<string, { givenNames: string; familyName: string; primary: boolean }>();
  if (personIds.length === 0) return names;
  const rows = db
    .select({ personId: personNames.personId, givenNames: personNames.givenNames, familyName: personNames.familyName, primary: personNames.primary })
    .from(personNames)
    .where(inArray(personNames.personId, personIds))
    .orderBy(asc(personNames.id))
    .all();
  for (const row of rows) {
    const seen = names.get(row.personId);
    if (!seen || (row.primary && !seen.primary)) names.set(row.personId, row);
  }
  return names;
}

/** All spellings of one person's name, the primary one first. */
export function nameSpellings(db: KimDb, personId: string) {
  return db
    .select({ givenNames: personNames.givenNames, familyName: personNames.familyName, primary: personNames.primary })
    .from(personNames)
    .where(eq(personNames.personId, personId))
    .orderBy(desc(personNames.primary), asc(personNames.id))
    .all();
}
