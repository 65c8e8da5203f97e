/** Case conferences (Fallkonferenzen) with the participating network partners. */
import { desc, eq, inArray, sql } from 'drizzle-orm';
import type { KimDb } from '../open';
import { caseConferenceParticipants, caseConferences, partners } from '../schema';

export type CaseConferenceRow = typeof caseConferences.$inferSelect;
export type ParticipantRow = {
  conferenceId: string;
  partnerId: string;
  organisation: string;
  legalArea: (typeof partners.$inferSelect)['legalArea'];
  contactPerson: string | null;
};

export function insertCaseConference(
  db: KimDb,
  conference: typeof caseConferences.$inferInsert,
  participants: { partnerId: string; contactPerson: string | null }[],
): void {
  db.insert(caseConferences).values(conference).run();
  db.insert(caseConferenceParticipants)
    .values(participants.map((p) => ({ conferenceId: conference.id, partnerId: p.partnerId, contactPerson: p.contactPerson })))
    .run();
}

/** A correction: the conference's fields and its participants become those given (the caller keeps the earlier version). */
export function updateCaseConference(
  db: KimDb,
  id: string,
  fields: Pick<typeof caseConferences.$inferInsert, 'date' | 'clientPresent' | 'agenda' | 'results'>,
  participants: { partnerId: string; contactPerson: string | null }[],
): void {
  db.update(caseConferences).set(fields).where(eq(caseConferences.id, id)).run();
  db.delete(caseConferenceParticipants).where(eq(caseConferenceParticipants.conferenceId, id)).run();
  db.insert(caseConferenceParticipants)
    .values(participants.map((p) => ({ conferenceId: id, partnerId: p.partnerId, contactPerson: p.contactPerson })))
    .run();
}

export function findCaseConference(db: KimDb, id: string): CaseConferenceRow | undefined {
  return db.select().from(caseConferences).where(eq(caseConferences.id, id)).get();
}

/** Newest first. */
export function listCaseConferences(db: KimDb, caseId: string): CaseConferenceRow[] {
  return db
    .select()
    .from(caseConferences)
    .where(eq(caseConferences.caseId, caseId))
    .orderBy(desc(caseConferences.date), desc(sql`case_conferences.rowid`))
    .all();
}

export function participantsOf(db: KimDb, conferenceIds: readonly string[]): ParticipantRow[] {
  if (conferenceIds.length === 0) return [];
  return db
    .select({
      conferenceId: caseConferenceParticipants.conferenceId,
      partnerId: caseConferenceParticipants.partnerId,
      organisation: partners.organisation,
      legalArea: partners.legalArea,
      contactPerson: caseConferenceParticipants.contactPerson,
    })
    .from(caseConferenceParticipants)
    .innerJoin(partners, eq(partners.id, caseConferenceParticipants.partnerId))
    .where(inArray(caseConferenceParticipants.conferenceId, [...conferenceIds]))
    .orderBy(partners.organisation)
    .all();
}
