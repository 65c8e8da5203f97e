/**
 * Restriction of processing (Art. 18 DSGVO) and the withdrawal of the consent to case management.
 * The SQL conditions here are what search, Heute, the case list and the statistic use to leave a
 * restricted case (and its person) out; the write side is the restriction service.
 */
import { and, asc, desc, eq, getTableName, isNull, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { KimDb } from '../open';
import { caseRestrictions, cases, consents, releases } from '../schema';

export type RestrictionRow = typeof caseRestrictions.$inferSelect;

/**
 * The outer query's column, always with its table: drizzle writes a column of a one-table query
 * without it ("id"), and inside the subquery below such a name would bind to the subquery's own
 * table (case_restrictions.id, case_restrictions.case_id) — the check would then never, or
 * always, hold. A ready SQL reference (raw statements, the search index) must name its table itself.
 */
const outer = (column: SQLiteColumn | SQL): SQL => ('table' in column ? sql.raw(`"${getTableName(column.table)}"."${column.name}"`) : column);

/** SQL: the case named by `caseIdColumn` has a restriction in force. */
export const caseIsRestricted = (caseIdColumn: SQLiteColumn | SQL): SQL =>
  sql`exists (select 1 from case_restrictions kim_cr where kim_cr.case_id = ${outer(caseIdColumn)} and kim_cr.lifted_at is null)`;

/** SQL: the case named by `caseIdColumn` has no restriction in force. */
export const caseNotRestricted = (caseIdColumn: SQLiteColumn | SQL): SQL => sql`not ${caseIsRestricted(caseIdColumn)}`;

/** SQL: the person named by `personIdColumn` has a case with a restriction in force. */
export const personIsRestricted = (personIdColumn: SQLiteColumn | SQL): SQL =>
  sql`exists (select 1 from case_restrictions kim_cr join cases kim_rc on kim_rc.id = kim_cr.case_id
    where kim_rc.person_id = ${outer(personIdColumn)} and kim_cr.lifted_at is null)`;

export const personNotRestricted = (personIdColumn: SQLiteColumn | SQL): SQL => sql`not ${personIsRestricted(personIdColumn)}`;

/**
 * The same conditions for queries that read many rows (the statistic): the ids under a
 * restriction in force are gathered once per statement (an uncorrelated subquery), not looked up
 * for every row. The columns they hold are never null (case_restrictions.case_id, cases.person_id).
 */
export const caseNotRestrictedInBulk = (caseIdColumn: SQLiteColumn | SQL): SQL =>
  sql`${outer(caseIdColumn)} not in (select kim_cr.case_id from case_restrictions kim_cr where kim_cr.lifted_at is null)`;

export const personNotRestrictedInBulk = (personIdColumn: SQLiteColumn | SQL): SQL =>
  sql`${outer(personIdColumn)} not in (select kim_rc.person_id from case_restrictions kim_cr join cases kim_rc on kim_rc.id = kim_cr.case_id
    where kim_cr.lifted_at is null)`;

/** The restriction in force on the case, or undefined. */
export function restrictionInForce(db: KimDb, caseId: string): RestrictionRow | undefined {
  return db
    .select()
    .from(caseRestrictions)
    .where(and(eq(caseRestrictions.caseId, caseId), isNull(caseRestrictions.liftedAt)))
    .get();
}

/** Every restriction of the case, the oldest first (lifted ones stay: the history is part of the case). */
export function restrictionsOfCase(db: KimDb, caseId: string): RestrictionRow[] {
  return db.select().from(caseRestrictions).where(eq(caseRestrictions.caseId, caseId)).orderBy(asc(caseRestrictions.recordedAt)).all();
}

export function insertRestriction(db: KimDb, row: typeof caseRestrictions.$inferInsert): void {
  db.insert(caseRestrictions).values(row).run();
}

export function setRestrictionLifted(db: KimDb, id: string, liftedAt: string, liftedBy: string): void {
  db.update(caseRestrictions).set({ liftedAt, liftedBy }).where(eq(caseRestrictions.id, id)).run();
}

/** Whether any case of the person has a restriction in force. */
export function personRestricted(db: KimDb, personId: string): boolean {
  return db.get<{ n: number }>(sql`select ${personIsRestricted(sql`${personId}`)} as n`).n === 1;
}

/** The ids of every person with a case under a restriction in force. */
export function restrictedPersonIds(db: KimDb): Set<string> {
  const rows = db
    .selectDistinct({ personId: cases.personId })
    .from(caseRestrictions)
    .innerJoin(cases, eq(cases.id, caseRestrictions.caseId))
    .where(isNull(caseRestrictions.liftedAt))
    .all();
  return new Set(rows.map((r) => r.personId));
}

/** The case's consent not yet withdrawn, the latest first. */
export function consentInForce(db: KimDb, caseId: string) {
  return db
    .select()
    .from(consents)
    .where(and(eq(consents.caseId, caseId), isNull(consents.revokedAt)))
    .orderBy(desc(consents.givenAt), desc(consents.createdAt))
    .get();
}

export function setConsentRevoked(db: KimDb, id: string, revokedAt: string): void {
  db.update(consents).set({ revokedAt }).where(eq(consents.id, id)).run();
}

/** The latest date on which the person withdrew a consent to case management, or null. */
export function latestConsentWithdrawal(db: KimDb, personId: string): string | null {
  return (
    db
      .select({ revokedAt: consents.revokedAt })
      .from(consents)
      .where(and(eq(consents.personId, personId), sql`${consents.revokedAt} is not null`))
      .orderBy(desc(consents.revokedAt))
      .get()?.revokedAt ?? null
  );
}

/** The person's releases not revoked, given on or before `date` (those a withdrawal on `date` ends). */
export function releasesInForceOn(db: KimDb, personId: string, date: string) {
  return db
    .select({ id: releases.id, givenAt: releases.givenAt })
    .from(releases)
    .where(and(eq(releases.personId, personId), isNull(releases.revokedAt), sql`${releases.givenAt} <= ${date}`))
    .all();
}

/** The case's person and phase, for the checks of a withdrawal. */
export function caseForConsent(db: KimDb, caseId: string) {
  return db.select({ personId: cases.personId, phase: cases.phase, openedAt: cases.openedAt }).from(cases).where(eq(cases.id, caseId)).get();
}
