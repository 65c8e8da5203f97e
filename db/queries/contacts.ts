/** Contacts (Begleitendes Monitoring) with their topics. */
import { desc, eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import type { KimDb } from '../open';
import { contactTopics, contacts, lifeAreas, locations } from '../schema';

export type ContactRow = typeof contacts.$inferSelect;
export type ContactWithLocation = ContactRow & { locationName: string | null };

export function insertContact(db: KimDb, contact: typeof contacts.$inferInsert, topicIds: readonly string[]): void {
  db.insert(contacts).values(contact).run();
  if (topicIds.length > 0)
    db.insert(contactTopics)
      .values(topicIds.map((lifeAreaId) => ({ contactId: contact.id, lifeAreaId })))
      .run();
}

function selectWithLocation(db: KimDb) {
  return db
    .select({ ...getTableColumns(contacts), locationName: locations.name })
    .from(contacts)
    .leftJoin(locations, eq(locations.id, contacts.locationId));
}

export function findContact(db: KimDb, id: string): ContactWithLocation | undefined {
  return selectWithLocation(db).where(eq(contacts.id, id)).get();
}

/** Newest first. */
export function listContacts(db: KimDb, by: { caseId: string } | { personId: string }): ContactWithLocation[] {
  const filter = 'caseId' in by ? eq(contacts.caseId, by.caseId) : eq(contacts.personId, by.personId);
  return selectWithLocation(db).where(filter).orderBy(desc(contacts.at), desc(sql`contacts.rowid`)).all();
}

/** The topics (life areas) of these contacts, in the life areas' order. */
export function topicsOf(db: KimDb, contactIds: readonly string[]): { contactId: string; id: string; name: string }[] {
  if (contactIds.length === 0) return [];
  return db
    .select({ contactId: contactTopics.contactId, id: lifeAreas.id, name: lifeAreas.name })
    .from(contactTopics)
    .innerJoin(lifeAreas, eq(lifeAreas.id, contactTopics.lifeAreaId))
    .where(inArray(contactTopics.contactId, [...contactIds]))
    .orderBy(lifeAreas.sortOrder)
    .all();
}

export function findLocation(db: KimDb, id: string): { id: string; name: string } | undefined {
  return db.select({ id: locations.id, name: locations.name }).from(locations).where(eq(locations.id, id)).get();
}
