/** Assessments and their entries (insert only: the database refuses updates), life areas, re-assessment cadence. */
import { asc, count, desc, eq, sql } from 'drizzle-orm';
import type { KimDb } from '../open';
import { insertRows, preparedFor, rowWhere } from '../preparedQueries';
import { assessmentEntries, assessments, cases, lifeAreas, personNames, PHASES } from '../schema';
import { caseNotRestricted } from './restrictions';
import { reassessmentDue } from './reassessmentDue';

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

/** The phases of an open case, for a look-up by cases_phase_idx (`<> 'abgeschlossen'` would read every case). */
const OPEN_PHASES = sql.raw(
  `(${PHASES.filter((p) => p !== 'abgeschlossen')
    .map((p) => `'${p}'`)
    .join(', ')})`,
);

/**
 * Open, not restricted cases (Art. 18 DSGVO: a frozen case has nothing due) whose re-assessment
 * is due on or before `until`: the last assessment plus the case's cadence (`defaultMonths` where
 * it has none), computed as the case list computes it (reassessmentDue). Every open case is looked
 * at once in SQL (by the phase index, its last assessment by assessments_case_idx); only the
 * cases due come back, with their person's name. MATERIALIZED keeps the last assessment a
 * value: flattened, SQLite would look it up again for each use in the due date.
 */
export function dueReassessmentRows(db: KimDb, until: string, defaultMonths: number) {
  return db.all<{
    caseId: string;
    caseNumber: string;
    caseManager: string;
    lastAssessmentDate: string;
    months: number;
    dueDate: string;
    clientFamilyName: string | null;
    clientGivenNames: string | null;
  }>(sql`
    WITH assessed AS MATERIALIZED (
      SELECT c.id, c.case_number, c.case_manager, c.person_id, coalesce(c.reassessment_months, ${defaultMonths}) AS months,
        (SELECT max(a.date) FROM assessments a WHERE a.case_id = c.id) AS last
      FROM cases c
      WHERE c.phase IN ${OPEN_PHASES} AND ${caseNotRestricted(sql.raw('c.id'))}
    ),
    due AS (
      SELECT *, ${reassessmentDue(sql.raw('substr(last, 1, 10)'), sql.raw('months'))} AS due_date FROM assessed WHERE last IS NOT NULL
    )
    SELECT due.id AS caseId, due.case_number AS caseNumber, due.case_manager AS caseManager, due.last AS lastAssessmentDate,
      due.months, due.due_date AS dueDate, name.family_name AS clientFamilyName, name.given_names AS clientGivenNames
    FROM due
      -- the primary spelling (any if none is primary), looked up once for both parts of the name
      LEFT JOIN person_names name ON name.rowid = (SELECT n.rowid FROM person_names n WHERE n.person_id = due.person_id ORDER BY n.is_primary DESC, n.id LIMIT 1)
    WHERE due.due_date <= ${until}
    ORDER BY due.due_date, due.case_number`);
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
