/** The consultation hour (Sprechstunde): sessions, what was logged in them, short advice and the queue. */
import { and, asc, count, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import type { KimDb } from '../open';
import {
  cases,
  consultationQueue,
  consultationSessionContacts,
  consultationSessionPersons,
  consultationSessions,
  contacts,
  followUps,
  lifeAreas,
  locations,
  persons,
  shortAdvice,
} from '../schema';

export type SessionRow = typeof consultationSessions.$inferSelect;
export type QueueRow = typeof consultationQueue.$inferSelect;
export type ShortAdviceRow = typeof shortAdvice.$inferSelect;

const sessionWithLocation = {
  id: consultationSessions.id,
  locationId: consultationSessions.locationId,
  locationName: locations.name,
  locationKind: locations.kind,
  municipality: locations.municipality,
  startedAt: consultationSessions.startedAt,
  endedAt: consultationSessions.endedAt,
  stillWaiting: consultationSessions.stillWaiting,
  createdAt: consultationSessions.createdAt,
};

function selectSessions(db: KimDb) {
  return db.select(sessionWithLocation).from(consultationSessions).innerJoin(locations, eq(locations.id, consultationSessions.locationId));
}

export type SessionWithLocation = NonNullable<ReturnType<typeof sessionById>>;

export function sessionById(db: KimDb, id: string) {
  return selectSessions(db).where(eq(consultationSessions.id, id)).get();
}

/** The consultation hour that has not ended, if any (the newest should there ever be two). */
export function runningSession(db: KimDb) {
  return selectSessions(db).where(isNull(consultationSessions.endedAt)).orderBy(sql`${consultationSessions.startedAt} desc`).get();
}

export function insertSession(db: KimDb, session: typeof consultationSessions.$inferInsert): void {
  db.insert(consultationSessions).values(session).run();
}

export function endSession(db: KimDb, id: string, endedAt: string, stillWaiting: number): void {
  db.update(consultationSessions).set({ endedAt, stillWaiting }).where(eq(consultationSessions.id, id)).run();
}

/** The time of the hour's last contact or short advice, if any: an hour cannot end before it. */
export function lastRecordedInSession(db: KimDb, sessionId: string): string | null {
  const contact = db
    .select({ at: sql<string | null>`max(${contacts.at})` })
    .from(consultationSessionContacts)
    .innerJoin(contacts, eq(contacts.id, consultationSessionContacts.contactId))
    .where(eq(consultationSessionContacts.sessionId, sessionId))
    .get()?.at;
  const advice = db
    .select({ at: sql<string | null>`max(${shortAdvice.at})` })
    .from(shortAdvice)
    .where(eq(shortAdvice.sessionId, sessionId))
    .get()?.at;
  const times = [contact, advice].filter((t): t is string => typeof t === 'string');
  return times.length === 0 ? null : times.reduce((a, b) => (Date.parse(a) >= Date.parse(b) ? a : b));
}

export function locationForSession(db: KimDb, id: string): { id: string; active: boolean } | undefined {
  return db.select({ id: locations.id, active: locations.active }).from(locations).where(eq(locations.id, id)).get();
}

export function activeLifeArea(db: KimDb, id: string): { id: string; name: string } | undefined {
  return db
    .select({ id: lifeAreas.id, name: lifeAreas.name })
    .from(lifeAreas)
    .where(and(eq(lifeAreas.id, id), eq(lifeAreas.active, true)))
    .get();
}

/** The person's case that is not closed, if any. */
export function openCaseOfPerson(db: KimDb, personId: string): { id: string; caseNumber: string } | undefined {
  return db
    .select({ id: cases.id, caseNumber: cases.caseNumber })
    .from(cases)
    .where(and(eq(cases.personId, personId), ne(cases.phase, 'abgeschlossen')))
    .orderBy(sql`${cases.openedAt} desc`)
    .get();
}

export function personExists(db: KimDb, personId: string): boolean {
  return db.select({ id: persons.id }).from(persons).where(eq(persons.id, personId)).get() !== undefined;
}

// ---- What was logged in a session ---------------------------------------------------------------

export function linkSessionContact(db: KimDb, sessionId: string, contactId: string): void {
  db.insert(consultationSessionContacts).values({ sessionId, contactId }).run();
}

export function linkSessionPerson(db: KimDb, sessionId: string, personId: string): void {
  db.insert(consultationSessionPersons).values({ sessionId, personId }).run();
}

/** The session's contacts in the order they happened, with the case number. */
export function sessionContacts(db: KimDb, sessionId: string) {
  return db
    .select({
      contactId: contacts.id,
      at: contacts.at,
      personId: contacts.personId,
      caseId: contacts.caseId,
      caseNumber: cases.caseNumber,
      durationMinutes: contacts.durationMinutes,
    })
    .from(consultationSessionContacts)
    .innerJoin(contacts, eq(contacts.id, consultationSessionContacts.contactId))
    .leftJoin(cases, eq(cases.id, contacts.caseId))
    .where(eq(consultationSessionContacts.sessionId, sessionId))
    .orderBy(asc(contacts.at), sql`${contacts}.rowid`)
    .all();
}

/** The people registered in the session, in the order they were registered; incomplete as it is now. */
export function sessionPersons(db: KimDb, sessionId: string): { personId: string; incomplete: boolean }[] {
  return db
    .select({ personId: persons.id, incomplete: persons.incomplete })
    .from(consultationSessionPersons)
    .innerJoin(persons, eq(persons.id, consultationSessionPersons.personId))
    .where(eq(consultationSessionPersons.sessionId, sessionId))
    .orderBy(sql`${consultationSessionPersons}.rowid`)
    .all();
}

/** How many follow-ups were set with these contacts. */
export function followUpsOfContacts(db: KimDb, contactIds: readonly string[]): number {
  if (contactIds.length === 0) return 0;
  const row = db
    .select({ n: count() })
    .from(followUps)
    .where(and(eq(followUps.source, 'kontakt'), inArray(followUps.sourceId, [...contactIds])))
    .get();
  return row?.n ?? 0;
}

// ---- Short advice -------------------------------------------------------------------------------

export function insertShortAdvice(db: KimDb, row: typeof shortAdvice.$inferInsert): void {
  db.insert(shortAdvice).values(row).run();
}

const shortAdviceWithTopic = {
  id: shortAdvice.id,
  at: shortAdvice.at,
  lifeAreaId: shortAdvice.lifeAreaId,
  lifeAreaName: lifeAreas.name,
  lifeAreaOrder: lifeAreas.sortOrder,
  language: shortAdvice.language,
  interpreterUsed: shortAdvice.interpreterUsed,
};

export type ShortAdviceWithTopic = ReturnType<typeof shortAdviceOfSession>[number];

/** In the order they were given. */
export function shortAdviceOfSession(db: KimDb, sessionId: string) {
  return db
    .select(shortAdviceWithTopic)
    .from(shortAdvice)
    .innerJoin(lifeAreas, eq(lifeAreas.id, shortAdvice.lifeAreaId))
    .where(eq(shortAdvice.sessionId, sessionId))
    .orderBy(asc(shortAdvice.at), sql`${shortAdvice}.rowid`)
    .all();
}

export function shortAdviceById(db: KimDb, id: string) {
  return db.select(shortAdviceWithTopic).from(shortAdvice).innerJoin(lifeAreas, eq(lifeAreas.id, shortAdvice.lifeAreaId)).where(eq(shortAdvice.id, id)).get();
}

// ---- Queue --------------------------------------------------------------------------------------

/** In order of arrival. */
export function queueOfSession(db: KimDb, sessionId: string): QueueRow[] {
  return db
    .select()
    .from(consultationQueue)
    .where(eq(consultationQueue.sessionId, sessionId))
    .orderBy(asc(consultationQueue.arrivedAt), sql`${consultationQueue}.rowid`)
    .all();
}

export function queueLength(db: KimDb, sessionId: string): number {
  return db.select({ n: count() }).from(consultationQueue).where(eq(consultationQueue.sessionId, sessionId)).get()?.n ?? 0;
}

export function queueEntryById(db: KimDb, id: string): QueueRow | undefined {
  return db.select().from(consultationQueue).where(eq(consultationQueue.id, id)).get();
}

export function insertQueueEntry(db: KimDb, row: QueueRow): void {
  db.insert(consultationQueue).values(row).run();
}

export function setQueueEntryPerson(db: KimDb, id: string, personId: string): void {
  db.update(consultationQueue).set({ personId }).where(eq(consultationQueue.id, id)).run();
}

export function deleteQueueEntry(db: KimDb, id: string): void {
  db.delete(consultationQueue).where(eq(consultationQueue.id, id)).run();
}

/** Everyone still waiting leaves the list: no list of visitors remains after the hour. */
export function clearQueue(db: KimDb, sessionId: string): void {
  db.delete(consultationQueue).where(eq(consultationQueue.sessionId, sessionId)).run();
}
