/** Contacts (Begleitendes Monitoring) with their topics. */
import { and, count, desc, eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import type { KimDb } from '../open';
import { filled, insertRows, placeholders, preparedFor, preparedShape } from '../preparedQueries';
import { contactTopics, contacts, lifeAreas, locations, recordVersions } from '../schema';

export type ContactRow = typeof contacts.$inferSelect;
export type ContactWithLocation = ContactRow & { locationName: string | null };

// Writing and reading back a contact runs for every contact of the demo data: prepared once per
// connection (db/preparedQueries.ts), the same statements drizzle builds on each call.

export function insertContact(db: KimDb, contact: typeof contacts.$inferInsert, topicIds: readonly string[]): void {
  insertRows(db, contacts, [contact]);
  insertRows(
    db,
    contactTopics,
    topicIds.map((lifeAreaId) => ({ contactId: contact.id, lifeAreaId })),
  );
}

/** A correction: the contact's fields and topics become those given (the caller keeps the earlier version). */
export function updateContact(
  db: KimDb,
  id: string,
  fields: Pick<typeof contacts.$inferInsert, 'at' | 'durationMinutes' | 'place' | 'locationId' | 'type' | 'interpreterUsed' | 'interpreterLanguage' | 'note'>,
  topicIds: readonly string[],
): void {
  db.update(contacts).set(fields).where(eq(contacts.id, id)).run();
  db.delete(contactTopics).where(eq(contactTopics.contactId, id)).run();
  insertRows(
    db,
    contactTopics,
    topicIds.map((lifeAreaId) => ({ contactId: id, lifeAreaId })),
  );
}

/** How many earlier versions each of these contacts has (absent: never corrected). */
export function contactVersionCounts(db: KimDb, contactIds: readonly string[]): Map<string, number> {
  if (contactIds.length === 0) return new Map();
  const rows = preparedShape(db, versionCountsOfContacts, contactIds.length).all(filled('contact', contactIds));
  return new Map(rows.map((r) => [r.recordId, r.versions]));
}

// Read back after every contact recorded (the view the service returns): prepared per number of ids.
const versionCountsOfContacts = (db: KimDb, contacts: number) =>
  db
    .select({ recordId: recordVersions.recordId, versions: count() })
    .from(recordVersions)
    .where(and(eq(recordVersions.recordKind, 'contact'), inArray(recordVersions.recordId, placeholders('contact', contacts))))
    .groupBy(recordVersions.recordId)
    .prepare();

function selectWithLocation(db: KimDb) {
  return db
    .select({ ...getTableColumns(contacts), locationName: locations.name })
    .from(contacts)
    .leftJoin(locations, eq(locations.id, contacts.locationId));
}

const contactWithId = (db: KimDb) =>
  selectWithLocation(db)
    .where(eq(contacts.id, sql.placeholder('id')))
    .prepare();

export function findContact(db: KimDb, id: string): ContactWithLocation | undefined {
  return preparedFor(db, contactWithId).get({ id });
}

/** Newest first. */
export function listContacts(db: KimDb, by: { caseId: string } | { personId: string }): ContactWithLocation[] {
  const filter = 'caseId' in by ? eq(contacts.caseId, by.caseId) : eq(contacts.personId, by.personId);
  return selectWithLocation(db).where(filter).orderBy(desc(contacts.at), desc(sql`contacts.rowid`)).all();
}

const topicsOfContacts = (db: KimDb, contacts: number) =>
  db
    .select({ contactId: contactTopics.contactId, id: lifeAreas.id, name: lifeAreas.name })
    .from(contactTopics)
    .innerJoin(lifeAreas, eq(lifeAreas.id, contactTopics.lifeAreaId))
    .where(inArray(contactTopics.contactId, placeholders('contact', contacts)))
    .orderBy(lifeAreas.sortOrder)
    .prepare();

/** The topics (life areas) of these contacts, in the life areas' order. */
export function topicsOf(db: KimDb, contactIds: readonly string[]): { contactId: string; id: string; name: string }[] {
  if (contactIds.length === 0) return [];
  return preparedShape(db, topicsOfContacts, contactIds.length).all(filled('contact', contactIds));
}

const locationWithId = (db: KimDb) =>
  db
    .select({ id: locations.id, name: locations.name })
    .from(locations)
    .where(eq(locations.id, sql.placeholder('id')))
    .prepare();

export function findLocation(db: KimDb, id: string): { id: string; name: string } | undefined {
  return preparedFor(db, locationWithId).get({ id });
}
