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
  referralStatusHistory,
  referrals,
  shortAdvice,
} from '../schema';
import { caseNotRestricted, personNotRestricted } from './restrictions';

type GoalStatus = (typeof GOAL_STATUSES)[number];

/** Cases opened on or before `until`, with what the case tables count by. */
export function casesOpenedBy(db: KimDb, until: string) {
  return db
    .select({
      id: cases.id,
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
    .where(and(lte(cases.openedAt, until), caseNotRestricted(cases.id)))
    .all();
}

/** The intakes that opened cases, oldest first (the first one per case names its way of access). */
export function caseIntakes(db: KimDb) {
  return db
    .select({ caseId: sql<string>`${intakes.caseId}`, accessRoute: intakes.accessRoute })
    .from(intakes)
    .where(and(isNotNull(intakes.caseId), caseNotRestricted(intakes.caseId)))
    .orderBy(asc(intakes.date), asc(intakes.createdAt))
    .all();
}

export function caseTargetGroupLinks(db: KimDb) {
  return db
    .select({ caseId: caseTargetGroups.caseId, targetGroupId: caseTargetGroups.targetGroupId })
    .from(caseTargetGroups)
    .where(caseNotRestricted(caseTargetGroups.caseId))
    .all();
}

/** Closures and reopenings before `beforeInstant`, in the order they happened. */
export function closureEventsBefore(db: KimDb, beforeInstant: string) {
  return db
    .select({ id: caseEvents.id, caseId: caseEvents.caseId, at: caseEvents.at, kind: caseEvents.kind, reason: caseEvents.reason })
    .from(caseEvents)
    .where(and(inArray(caseEvents.kind, ['abgeschlossen', 'wiedereroeffnet']), lt(caseEvents.at, beforeInstant), caseNotRestricted(caseEvents.caseId)))
    .orderBy(asc(caseEvents.at), asc(caseEvents.id))
    .all();
}

/** Contacts from `fromInstant` (inclusive) to `beforeInstant`, with the kind of location and the person's preferred language. */
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
      language: sql<string | null>`json_extract(${persons.languages}, '$[0]')`,
    })
    .from(contacts)
    .innerJoin(persons, eq(persons.id, contacts.personId))
    .leftJoin(locations, eq(locations.id, contacts.locationId))
    .where(and(gte(contacts.at, fromInstant), lt(contacts.at, beforeInstant), personNotRestricted(contacts.personId)))
    .all();
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
    .where(and(lte(assessments.date, until), caseNotRestricted(assessments.caseId)))
    .orderBy(asc(assessments.date))
    .all();
}

/** Agreements signed on or before `until`. */
export function agreementsSignedBy(db: KimDb, until: string) {
  return db
    .select({ id: agreements.id, caseId: agreements.caseId, version: agreements.version, signedAt: sql<string>`${agreements.signedAt}` })
    .from(agreements)
    .where(and(isNotNull(agreements.signedAt), lte(agreements.signedAt, until), caseNotRestricted(agreements.caseId)))
    .all();
}

/** Goals agreed from `fromInstant` (inclusive) to `beforeInstant`. */
export function goalsCreatedBetween(db: KimDb, fromInstant: string, beforeInstant: string) {
  return db
    .select({ id: goals.id, lifeAreaId: goals.lifeAreaId })
    .from(goals)
    .where(and(gte(goals.createdAt, fromInstant), lt(goals.createdAt, beforeInstant), caseNotRestricted(goals.caseId)))
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
    .where(and(inArray(goals.status, [...statuses]), gte(goals.updatedAt, fromInstant), lt(goals.updatedAt, beforeInstant), caseNotRestricted(goals.caseId)))
    .all();
}

export function conferencesBetween(db: KimDb, from: string, to: string) {
  return db
    .select({ id: caseConferences.id, clientPresent: caseConferences.clientPresent })
    .from(caseConferences)
    .where(and(gte(caseConferences.date, from), lte(caseConferences.date, to), caseNotRestricted(caseConferences.caseId)))
    .all();
}

/** Referrals dated on or before `until`, with the partner's legal area. */
export function referralsBy(db: KimDb, until: string) {
  return db
    .select({
      id: referrals.id,
      caseId: referrals.caseId,
      date: referrals.date,
      lifeAreaId: referrals.lifeAreaId,
      legalArea: partners.legalArea,
      status: referrals.status,
      structuralGap: referrals.structuralGap,
    })
    .from(referrals)
    .innerJoin(partners, eq(partners.id, referrals.partnerId))
    .where(and(lte(referrals.date, until), caseNotRestricted(referrals.caseId)))
    .all();
}

/** Every status a referral took, oldest first. */
export function referralStatusChanges(db: KimDb) {
  return db
    .select({ referralId: referralStatusHistory.referralId, status: referralStatusHistory.status, at: referralStatusHistory.at })
    .from(referralStatusHistory)
    .orderBy(asc(referralStatusHistory.at), asc(referralStatusHistory.id))
    .all();
}
