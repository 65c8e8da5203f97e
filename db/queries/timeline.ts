/**
 * Everything that happened on a case, for its timeline. Read-only: the other areas write these
 * tables (assessments, agreements, referrals, contacts, conferences, follow-ups).
 */
import { asc, eq, sql } from 'drizzle-orm';
import type { KimDb } from '../open';
import {
  agreements,
  assessments,
  caseConferences,
  caseEvents,
  consents,
  contacts,
  followUps,
  intakes,
  lifeAreas,
  partners,
  referralStatusHistory,
  referrals,
} from '../schema';

export function caseIntakes(db: KimDb, caseId: string) {
  return db.select({ id: intakes.id, date: intakes.date, accessRoute: intakes.accessRoute }).from(intakes).where(eq(intakes.caseId, caseId)).all();
}

export function caseConsents(db: KimDb, caseId: string) {
  return db
    .select({ id: consents.id, givenAt: consents.givenAt, form: consents.form, revokedAt: consents.revokedAt })
    .from(consents)
    .where(eq(consents.caseId, caseId))
    .all();
}

export function caseEventsOf(db: KimDb, caseId: string) {
  return db.select().from(caseEvents).where(eq(caseEvents.caseId, caseId)).all();
}

export function caseAssessments(db: KimDb, caseId: string) {
  return db.select({ id: assessments.id, kind: assessments.kind, date: assessments.date }).from(assessments).where(eq(assessments.caseId, caseId)).all();
}

export function caseAgreements(db: KimDb, caseId: string) {
  return db
    .select({ id: agreements.id, version: agreements.version, date: agreements.date, signedAt: agreements.signedAt })
    .from(agreements)
    .where(eq(agreements.caseId, caseId))
    .all();
}

export function caseReferrals(db: KimDb, caseId: string) {
  return db
    .select({ id: referrals.id, date: referrals.date, organisation: partners.organisation, lifeArea: lifeAreas.name })
    .from(referrals)
    .innerJoin(partners, eq(partners.id, referrals.partnerId))
    .innerJoin(lifeAreas, eq(lifeAreas.id, referrals.lifeAreaId))
    .where(eq(referrals.caseId, caseId))
    .all();
}

/** The status history of the case's referrals, oldest first (the first entry of each is its status when made). */
export function caseReferralStatusChanges(db: KimDb, caseId: string) {
  return db
    .select({
      id: referralStatusHistory.id,
      referralId: referralStatusHistory.referralId,
      status: referralStatusHistory.status,
      at: referralStatusHistory.at,
      organisation: partners.organisation,
    })
    .from(referralStatusHistory)
    .innerJoin(referrals, eq(referrals.id, referralStatusHistory.referralId))
    .innerJoin(partners, eq(partners.id, referrals.partnerId))
    .where(eq(referrals.caseId, caseId))
    .orderBy(asc(referralStatusHistory.at), asc(sql`referral_status_history.rowid`))
    .all();
}

export function caseContacts(db: KimDb, caseId: string) {
  return db
    .select({ id: contacts.id, at: contacts.at, type: contacts.type, place: contacts.place, durationMinutes: contacts.durationMinutes })
    .from(contacts)
    .where(eq(contacts.caseId, caseId))
    .all();
}

export function caseConferencesOf(db: KimDb, caseId: string) {
  return db
    .select({ id: caseConferences.id, date: caseConferences.date, clientPresent: caseConferences.clientPresent })
    .from(caseConferences)
    .where(eq(caseConferences.caseId, caseId))
    .all();
}

export function caseFollowUps(db: KimDb, caseId: string) {
  return db
    .select({ id: followUps.id, title: followUps.title, dueDate: followUps.dueDate, createdAt: followUps.createdAt, doneAt: followUps.doneAt })
    .from(followUps)
    .where(eq(followUps.caseId, caseId))
    .all();
}
