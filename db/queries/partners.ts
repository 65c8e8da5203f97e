/** The directory of network partners. */
import { asc, eq, inArray } from 'drizzle-orm';
import type { KimDb } from '../open';
import { rowWhere } from '../preparedQueries';
import { partners } from '../schema';

export type PartnerRow = typeof partners.$inferSelect;
export type NewPartner = typeof partners.$inferInsert;
export type PartnerChanges = Partial<Omit<NewPartner, 'id' | 'createdAt'>>;

export function insertPartner(db: KimDb, partner: NewPartner): void {
  db.insert(partners).values(partner).run();
}

export function updatePartner(db: KimDb, id: string, changes: PartnerChanges): void {
  if (Object.keys(changes).length === 0) return;
  db.update(partners).set(changes).where(eq(partners.id, id)).run();
}

/** Read for every referral, release and step with a partner: prepared once per connection. */
export function findPartner(db: KimDb, id: string): PartnerRow | undefined {
  return rowWhere(db, partners, partners.id, id);
}

export function findPartners(db: KimDb, ids: readonly string[]): PartnerRow[] {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(partners)
    .where(inArray(partners.id, [...ids]))
    .all();
}

export function listPartners(db: KimDb, includeInactive: boolean): PartnerRow[] {
  const query = db.select().from(partners);
  return (includeInactive ? query : query.where(eq(partners.active, true))).orderBy(asc(partners.organisation)).all();
}
