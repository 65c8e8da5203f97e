/** "Heute": read-only look across all open cases at residence documents, open referrals and overdue goal steps. */
import { and, asc, desc, eq, inArray, isNotNull, isNull, lt, lte, ne, notInArray, sql } from 'drizzle-orm';
import type { KimDb } from '../open';
import { cases, goals, goalSteps, partners, personNames, persons, referralStatusHistory, referrals } from '../schema';
import { caseNotRestricted } from './restrictions';

/**
 * Joins the person's primary spelling (any spelling if none is primary) to the case: one look-up
 * per row for both parts of the name; the service writes the name (contract/labels personName).
 */
const primaryNameOfCase = sql`${personNames}.rowid = (select n.rowid from person_names n
  where n.person_id = ${cases.personId} order by n.is_primary desc, n.id limit 1)`;

const caseColumns = {
  caseId: cases.id,
  caseNumber: cases.caseNumber,
  personId: cases.personId,
  clientFamilyName: personNames.familyName,
  clientGivenNames: personNames.givenNames,
};
/** Open and not restricted (Art. 18 DSGVO): a frozen case is not worked on, so nothing of it is due. */
const openCase = and(ne(cases.phase, 'abgeschlossen'), caseNotRestricted(cases.id));

/** Persons with an open case whose residence document is valid until `until` or earlier; one row per open case, newest case first. */
export function residenceExpiringBy(db: KimDb, until: string) {
  return db
    .select({
      ...caseColumns,
      validUntil: sql<string>`${persons.residenceValidUntil}`,
      residenceStatus: persons.residenceStatus,
      residenceParagraph: persons.residenceParagraph,
    })
    .from(persons)
    .innerJoin(cases, eq(cases.personId, persons.id))
    .leftJoin(personNames, primaryNameOfCase)
    .where(and(openCase, isNotNull(persons.residenceValidUntil), lte(persons.residenceValidUntil, until)))
    .orderBy(asc(persons.residenceValidUntil), desc(cases.openedAt), desc(cases.caseNumber))
    .all();
}

/**
 * Referrals of open cases in these statuses whose last status change (the referral's date if
 * there is no history) lies before `changedBefore`, with the partner; the names are read for
 * these rows only.
 */
export function openReferralsWithLastChange(db: KimDb, statuses: readonly (typeof referrals.$inferSelect)['status'][], changedBefore: string) {
  const lastChange = sql<string>`coalesce((select max(${referralStatusHistory.at}) from ${referralStatusHistory}
        where ${referralStatusHistory.referralId} = ${referrals.id}), ${referrals.date})`;
  return db
    .select({
      ...caseColumns,
      referralId: referrals.id,
      status: referrals.status,
      partnerName: partners.organisation,
      lastChange,
    })
    .from(referrals)
    .innerJoin(cases, eq(cases.id, referrals.caseId))
    .innerJoin(partners, eq(partners.id, referrals.partnerId))
    .leftJoin(personNames, primaryNameOfCase)
    .where(and(openCase, inArray(referrals.status, [...statuses]), lt(lastChange, changedBefore)))
    .all();
}

/** Steps not done, due before `before`, of goals not in these statuses, in open cases; the earliest first. */
export function overdueStepsOfOpenCases(db: KimDb, before: string, closedGoalStatuses: readonly (typeof goals.$inferSelect)['status'][]) {
  return db
    .select({
      ...caseColumns,
      stepId: goalSteps.id,
      description: goalSteps.description,
      dueDate: sql<string>`${goalSteps.dueDate}`,
      goalTitle: goals.title,
    })
    .from(goalSteps)
    .innerJoin(goals, eq(goals.id, goalSteps.goalId))
    .innerJoin(cases, eq(cases.id, goals.caseId))
    .leftJoin(personNames, primaryNameOfCase)
    .where(
      and(openCase, notInArray(goals.status, [...closedGoalStatuses]), isNull(goalSteps.doneAt), isNotNull(goalSteps.dueDate), lt(goalSteps.dueDate, before)),
    )
    .orderBy(asc(goalSteps.dueDate), asc(cases.caseNumber), asc(goalSteps.sortOrder))
    .all();
}
