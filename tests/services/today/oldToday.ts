/**
 * The reference for Heute from SQL: how the re-assessments and the referrals without feedback
 * were computed before (issue 13) — every open case with an assessment and every open referral
 * read, the names of all of them looked up, the due date and the cut-off applied in JS. Kept
 * only here, so the tests can show the queries answer exactly as this did.
 */
import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import type { DueReassessment } from '../../../electron/contract/areas/assessment';
import type { TodayItem } from '../../../electron/contract/areas/today';
import { personName, REFERRAL_STATUS_LABELS } from '../../../electron/contract/labels';
import { reassessmentDueDate } from '../../../electron/services/reassessment';
import { addDays, dayOf, daysBetween, germanDate } from '../../../electron/services/today/dates';
import type { KimDb } from '../../../db/open';
import { openReferralsWithLastChange } from '../../../db/queries/today';
import { caseNotRestricted } from '../../../db/queries/restrictions';
import { assessments, cases, personNames } from '../../../db/schema';

function openCasesWithAssessments(db: KimDb) {
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
    .where(and(ne(cases.phase, 'abgeschlossen'), caseNotRestricted(cases.id)))
    .all();
  const byCase = new Map<string, Omit<(typeof rows)[number], 'assessmentDate'> & { lastAssessmentDate: string }>();
  for (const { assessmentDate, ...row } of rows) {
    const seen = byCase.get(row.caseId);
    if (!seen || seen.lastAssessmentDate < assessmentDate) byCase.set(row.caseId, { ...row, lastAssessmentDate: assessmentDate });
  }
  return [...byCase.values()];
}

function displayNames(db: KimDb, personIds: string[]): Map<string, { givenNames: string; familyName: string }> {
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

export function oldDueReassessments(db: KimDb, todayDate: string, withinDays: number, fallback: number): DueReassessment[] {
  const rows = openCasesWithAssessments(db);
  const names = displayNames(db, [...new Set(rows.map((r) => r.personId))]);
  return rows
    .map((row) => {
      const months = row.caseMonths ?? fallback;
      const dueDate = reassessmentDueDate(row.lastAssessmentDate, months);
      const name = names.get(row.personId);
      return {
        caseId: row.caseId,
        caseNumber: row.caseNumber,
        clientName: name ? personName(name) : '',
        caseManager: row.caseManager,
        lastAssessmentDate: row.lastAssessmentDate,
        months,
        dueDate,
        overdue: dueDate < todayDate,
        daysUntilDue: daysBetween(todayDate, dueDate),
      };
    })
    .filter((due) => due.daysUntilDue <= withinDays)
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.caseNumber.localeCompare(b.caseNumber));
}

const item = (day: string, fields: Omit<TodayItem, 'target' | 'overdue'> & { section: TodayItem['target']['section'] }): TodayItem => {
  const { section, ...rest } = fields;
  return { ...rest, overdue: rest.dueDate < day, target: { caseId: rest.caseId, section } };
};

export function oldReassessmentItems(db: KimDb, todayDate: string, day: string, fallback: number): TodayItem[] {
  return oldDueReassessments(db, todayDate, daysBetween(todayDate, day), fallback).map((r) =>
    item(day, {
      kind: 'reassessment',
      id: r.caseId,
      title: `Re-Assessment, das letzte war am ${germanDate(r.lastAssessmentDate)}`,
      caseId: r.caseId,
      caseNumber: r.caseNumber,
      clientName: r.clientName || null,
      dueDate: r.dueDate,
      section: 'assessment',
    }),
  );
}

export function oldReferralItems(db: KimDb, day: string, days: number): TodayItem[] {
  // Every open referral awaiting feedback: the old query had no cut-off.
  return openReferralsWithLastChange(db, ['vorgeschlagen', 'vermittelt', 'termin_vereinbart'], '9999-12-31')
    .map((r) => ({ ...r, expectedBy: addDays(dayOf(r.lastChange), days) }))
    .filter((r) => r.expectedBy < day)
    .sort((a, b) => a.expectedBy.localeCompare(b.expectedBy) || a.caseNumber.localeCompare(b.caseNumber))
    .map((r) =>
      item(day, {
        kind: 'referralFeedback',
        id: r.referralId,
        title: `Rückmeldung von ${r.partnerName} fehlt (${REFERRAL_STATUS_LABELS[r.status]} seit ${germanDate(dayOf(r.lastChange))})`,
        caseId: r.caseId,
        caseNumber: r.caseNumber,
        clientName: r.clientFamilyName === null ? null : personName({ familyName: r.clientFamilyName, givenNames: r.clientGivenNames ?? '' }),
        dueDate: r.expectedBy,
        section: 'referrals',
      }),
    );
}
