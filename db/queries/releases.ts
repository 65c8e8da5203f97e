/** Releases from professional secrecy (Schweigepflichtentbindungen), per person and partner. */
import { and, desc, eq, getTableColumns, gt, gte, isNull, lte, or, sql } from 'drizzle-orm';
import type { KimDb } from '../open';
import { preparedFor } from '../preparedQueries';
import { partners, persons, printouts, releases } from '../schema';

export type ReleaseRow = typeof releases.$inferSelect;
/** A release with its partner's name and the printout signed (print, then sign), if one was named. */
export type ReleaseWithPartner = ReleaseRow & {
  partnerName: string;
  printoutCode: string | null;
  printoutLanguage: string | null;
  printoutPrintedAt: string | null;
};

export function insertRelease(db: KimDb, release: typeof releases.$inferInsert): void {
  db.insert(releases).values(release).run();
}

export function setReleaseRevoked(db: KimDb, id: string, revokedAt: string): void {
  db.update(releases).set({ revokedAt }).where(eq(releases.id, id)).run();
}

const withPartner = {
  ...getTableColumns(releases),
  partnerName: partners.organisation,
  printoutCode: printouts.code,
  printoutLanguage: printouts.language,
  printoutPrintedAt: printouts.printedAt,
};

export function findRelease(db: KimDb, id: string): ReleaseWithPartner | undefined {
  return db
    .select(withPartner)
    .from(releases)
    .innerJoin(partners, eq(partners.id, releases.partnerId))
    .leftJoin(printouts, eq(printouts.id, releases.printoutId))
    .where(eq(releases.id, id))
    .get();
}

export function listReleasesForPerson(db: KimDb, personId: string): ReleaseWithPartner[] {
  return db
    .select(withPartner)
    .from(releases)
    .innerJoin(partners, eq(partners.id, releases.partnerId))
    .leftJoin(printouts, eq(printouts.id, releases.printoutId))
    .where(eq(releases.personId, personId))
    .orderBy(desc(releases.givenAt), desc(sql`releases.rowid`))
    .all();
}

/**
 * The release that allows passing this person's data to this partner on `date`: given on or
 * before it, not revoked on or before it, not expired before it. The most recent one if several.
 */
export function validRelease(db: KimDb, personId: string, partnerId: string, date: string): ReleaseRow | undefined {
  return db
    .select()
    .from(releases)
    .where(
      and(
        eq(releases.personId, personId),
        eq(releases.partnerId, partnerId),
        lte(releases.givenAt, date),
        or(isNull(releases.revokedAt), gt(releases.revokedAt, date)),
        or(isNull(releases.validUntil), gte(releases.validUntil, date)),
      ),
    )
    .orderBy(desc(releases.givenAt), desc(sql`releases.rowid`))
    .get();
}

const personWithId = (db: KimDb) =>
  db
    .select({ id: persons.id })
    .from(persons)
    .where(eq(persons.id, sql.placeholder('personId')))
    .prepare();

/** Checked for every contact and release: prepared once per connection. */
export function personExists(db: KimDb, personId: string): boolean {
  return preparedFor(db, personWithId).get({ personId }) !== undefined;
}
