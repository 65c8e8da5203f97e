/**
 * Read-only queries of the statistic: one query per kind of record, each returning the few
 * columns the indicators count by, never names, notes or other free text. Dates (YYYY-MM-DD) are
 * compared as text; moments (ISO UTC) against the local day's bounds the service computes.
 * A handful of queries for the whole store, so the statistic stays quick for thousands of cases.
 * A case whose processing is restricted (Art. 18 DSGVO) is left out with everything of it: the
 * statistic is processing, which a restriction stops. Published quarters are frozen documents
 * (statistics_publications) and are not built again, so they stay as they were.
 */
import { and, asc, eq, gte, inArray, isNotNull, lt, lte, sql } from 'drizzle-orm';
import type { GOAL_STATUSES } from '../../electron/contract/vocabulary';
import type { KimDb } from '../open';
import {
  agreements,
  assessments,
  caseConferences,
  caseEvents,
  caseTargetGroups,
  cases,
  contacts,
  goals,
  intakes,
  locations,
  partners,
  persons,
  referrals,
  shortAdvice,
} from '../schema';
import { caseNotRestrictedInBulk, personNotRestrictedInBulk } from './restrictions';

type GoalStatus = (typeof GOAL_STATUSES)[number];

/** Cases opened on or before `until`, with what the case tables count by. */
export function casesOpenedBy(db: KimDb, until: string) {
  return db
    .select({
      id: cases.id,
      personId: cases.personId,
      openedAt: cases.openedAt,
      reassessmentMonths: cases.reassessmentMonths,
      birthDate: persons.birthDate,
      gender: persons.gender,
      nationalities: persons.nationalities,
      municipality: persons.municipality,
      residenceStatus: persons.residenceStatus,
    })
    .from(cases)
    .innerJoin(persons, eq(persons.id, cases.personId))
    .where(and(lte(cases.openedAt, until), caseNotRestrictedInBulk(cases.id)))
    .all();
}

/** The intakes that opened cases, oldest first (the first one per case names its way of access). */
export function caseIntakes(db: KimDb) {
  return db
    .select({ caseId: sql<string>`${intakes.caseId}`, accessRoute: intakes.accessRoute })
    .from(intakes)
    .where(and(isNotNull(intakes.caseId), caseNotRestrictedInBulk(intakes.caseId)))
    .orderBy(asc(intakes.date), asc(intakes.createdAt))
    .all();
}

export function caseTargetGroupLinks(db: KimDb) {
  return db
    .select({ caseId: caseTargetGroups.caseId, targetGroupId: caseTargetGroups.targetGroupId })
    .from(caseTargetGroups)
    .where(caseNotRestrictedInBulk(caseTargetGroups.caseId))
    .all();
}

/** Closures and reopenings before `beforeInstant`, in the order they happened. */
export function closureEventsBefore(db: KimDb, beforeInstant: string) {
  return db
    .select({ id: caseEvents.id, caseId: caseEvents.caseId, at: caseEvents.at, kind: caseEvents.kind, reason: caseEvents.reason })
    .from(caseEvents)
    .where(and(inArray(caseEvents.kind, ['abgeschlossen', 'wiedereroeffnet']), lt(caseEvents.at, beforeInstant), caseNotRestrictedInBulk(caseEvents.caseId)))
    .orderBy(asc(caseEvents.at), asc(caseEvents.id))
    .all();
}

/** Contacts from `fromInstant` (inclusive) to `beforeInstant`, with the kind of location. */
export function contactsBetween(db: KimDb, fromInstant: string, beforeInstant: string) {
  return db
    .select({
      id: contacts.id,
      personId: contacts.personId,
      durationMinutes: contacts.durationMinutes,
      place: contacts.place,
      locationKind: locations.kind,
      type: contacts.type,
      interpreterUsed: contacts.interpreterUsed,
    })
    .from(contacts)
    .leftJoin(locations, eq(locations.id, contacts.locationId))
    .where(and(gte(contacts.at, fromInstant), lt(contacts.at, beforeInstant), personNotRestrictedInBulk(contacts.personId)))
    .all();
}

/**
 * The preferred language of every person with a contact from `fromInstant` to `beforeInstant`:
 * each person once, not once per contact (a person has several contacts in a quarter).
 */
export function contactPersonLanguages(db: KimDb, fromInstant: string, beforeInstant: string): Map<string, string | null> {
  const rows = db
    .select({ id: persons.id, language: sql<string | null>`json_extract(${persons.languages}, '$[0]')` })
    .from(persons)
    .where(sql`"persons"."id" in (select c.person_id from contacts c where c.at >= ${fromInstant} and c.at < ${beforeInstant})`)
    .all();
  return new Map(rows.map((r) => [r.id, r.language]));
}

export function shortAdviceBetween(db: KimDb, fromInstant: string, beforeInstant: string) {
  return db
    .select({ id: shortAdvice.id, lifeAreaId: shortAdvice.lifeAreaId, language: shortAdvice.language, interpreterUsed: shortAdvice.interpreterUsed })
    .from(shortAdvice)
    .where(and(gte(shortAdvice.at, fromInstant), lt(shortAdvice.at, beforeInstant)))
    .all();
}

/** Assessments dated on or before `until`, oldest first. */
export function assessmentsBy(db: KimDb, until: string) {
  return db
    .select({ id: assessments.id, caseId: assessments.caseId, kind: assessments.kind, date: assessments.date })
    .from(assessments)
    .where(and(lte(assessments.date, until), caseNotRestrictedInBulk(assessments.caseId)))
    .orderBy(asc(assessments.date))
    .all();
}

/** Agreements signed on or before `until`. */
export function agreementsSignedBy(db: KimDb, until: string) {
  return db
    .select({ id: agreements.id, caseId: agreements.caseId, version: agreements.version, signedAt: sql<string>`${agreements.signedAt}` })
    .from(agreements)
    .where(and(isNotNull(agreements.signedAt), lte(agreements.signedAt, until), caseNotRestrictedInBulk(agreements.caseId)))
    .all();
}

/** Goals agreed from `fromInstant` (inclusive) to `beforeInstant`. */
export function goalsCreatedBetween(db: KimDb, fromInstant: string, beforeInstant: string) {
  return db
    .select({ id: goals.id, lifeAreaId: goals.lifeAreaId })
    .from(goals)
    .where(and(gte(goals.createdAt, fromInstant), lt(goals.createdAt, beforeInstant), caseNotRestrictedInBulk(goals.caseId)))
    .all();
}

/**
 * Goals with one of the `statuses` (an outcome) whose last change falls from `fromInstant` to
 * `beforeInstant`. There is no history of a goal's status: its last change is the nearest moment
 * of its outcome there is.
 */
export function goalsSettledBetween(db: KimDb, statuses: readonly GoalStatus[], fromInstant: string, beforeInstant: string) {
  return db
    .select({ id: goals.id, lifeAreaId: goals.lifeAreaId, status: goals.status })
    .from(goals)
    .where(
      and(inArray(goals.status, [...statuses]), gte(goals.updatedAt, fromInstant), lt(goals.updatedAt, beforeInstant), caseNotRestrictedInBulk(goals.caseId)),
    )
    .all();
}

export function conferencesBetween(db: KimDb, from: string, to: string) {
  return db
    .select({ id: caseConferences.id, clientPresent: caseConferences.clientPresent })
    .from(caseConferences)
    .where(and(gte(caseConferences.date, from), lte(caseConferences.date, to), caseNotRestrictedInBulk(caseConferences.caseId)))
    .all();
}

const FAILED_REFERRAL = sql.raw(`('abgelehnt', 'abgebrochen')`);
// Inside the subqueries below the outer referral is named with its table by hand: drizzle writes a
// column of a one-table query without it, and "id" would bind to the history's own id.

/**
 * Referrals dated from `from` to `until`, with the partner's legal area and the status they had
 * before `beforeInstant`: that of their last status change before it, else their first one (a
 * referral recorded late), else the referral's own. Per referral through the history's index, so
 * a quarter reads its own referrals' changes, not every change ever made.
 */
export function referralsBetween(db: KimDb, from: string, until: string, beforeInstant: string) {
  return db
    .select({
      id: referrals.id,
      legalArea: partners.legalArea,
      status: sql<string>`coalesce(
        (select h.status from referral_status_history h where h.referral_id = "referrals"."id" and h.at < ${beforeInstant} order by h.at desc, h.id desc limit 1),
        (select h.status from referral_status_history h where h.referral_id = "referrals"."id" order by h.at asc, h.id asc limit 1),
        ${referrals.status})`,
    })
    .from(referrals)
    .innerJoin(partners, eq(partners.id, referrals.partnerId))
    .where(and(gte(referrals.date, from), lte(referrals.date, until), caseNotRestrictedInBulk(referrals.caseId)))
    .all();
}

/**
 * Referrals dated on or before `until` that first failed (their earliest change to a failing
 * status) from `fromInstant` to `beforeInstant`: a referral fails once for the statistic, so it
 * counts in one quarter only.
 */
export function referralsFirstFailedBetween(db: KimDb, until: string, fromInstant: string, beforeInstant: string) {
  return db
    .select({ id: referrals.id, lifeAreaId: referrals.lifeAreaId, structuralGap: referrals.structuralGap })
    .from(referrals)
    .where(
      and(
        sql`"referrals"."id" in (select h.referral_id from referral_status_history h
          where h.status in ${FAILED_REFERRAL} and h.at >= ${fromInstant} and h.at < ${beforeInstant})`,
        sql`not exists (select 1 from referral_status_history e
          where e.referral_id = "referrals"."id" and e.status in ${FAILED_REFERRAL} and e.at < ${fromInstant})`,
        lte(referrals.date, until),
        caseNotRestrictedInBulk(referrals.caseId),
      ),
    )
    .all();
}
