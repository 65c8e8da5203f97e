/** Follow-ups (Wiedervorlagen): from a contact, a case conference or set by hand. */
import { and, asc, eq, getTableColumns, inArray, isNull, lte, ne, sql } from 'drizzle-orm';
import type { KimDb } from '../open';
import { filled, insertRows, placeholders, preparedFor, preparedShape, updateWhere } from '../preparedQueries';
import { cases, followUps, personNames } from '../schema';
import { caseNotRestricted } from './restrictions';

export type FollowUpRow = typeof followUps.$inferSelect;
export type DueFollowUpRow = FollowUpRow & { caseNumber: string; personId: string; personFamilyName: string | null; personGivenNames: string | null };

// Written and read with every contact and case conference: prepared once per connection
// (db/preparedQueries.ts), the same statements drizzle builds on each call.

export function insertFollowUps(db: KimDb, rows: (typeof followUps.$inferInsert)[]): void {
  insertRows(db, followUps, rows);
}

export function setFollowUpDone(db: KimDb, id: string, doneAt: string): void {
  updateWhere(db, followUps, followUps.id, id, { doneAt });
}

/** Postponed: the new due date (the caller keeps the earlier one as a version). */
export function setFollowUpDueDate(db: KimDb, id: string, dueDate: string): void {
  updateWhere(db, followUps, followUps.id, id, { dueDate });
}

const followUpWithId = (db: KimDb) =>
  db
    .select()
    .from(followUps)
    .where(eq(followUps.id, sql.placeholder('id')))
    .prepare();

export function findFollowUp(db: KimDb, id: string): FollowUpRow | undefined {
  return preparedFor(db, followUpWithId).get({ id });
}

const byDueDate = [asc(followUps.dueDate), asc(sql`follow_ups.rowid`)] as const;

export function listOpenFollowUpsForCase(db: KimDb, caseId: string): FollowUpRow[] {
  return db
    .select()
    .from(followUps)
    .where(and(eq(followUps.caseId, caseId), isNull(followUps.doneAt)))
    .orderBy(...byDueDate)
    .all();
}

const followUpsOfSources = (db: KimDb, sources: number) =>
  db
    .select()
    .from(followUps)
    .where(and(eq(followUps.source, sql.placeholder('source')), inArray(followUps.sourceId, placeholders('source', sources))))
    .orderBy(...byDueDate)
    .prepare();

/** The follow-ups that came from these records (contacts or case conferences). */
export function followUpsFrom(db: KimDb, source: FollowUpRow['source'], sourceIds: readonly string[]): FollowUpRow[] {
  if (sourceIds.length === 0) return [];
  return preparedShape(db, followUpsOfSources, sourceIds.length).all({ source, ...filled('source', sourceIds) });
}

/** Open follow-ups of open, not restricted cases due on or before `until`, with the case number and the person's primary name (any name if none is primary). */
export function listDueFollowUps(db: KimDb, until: string): DueFollowUpRow[] {
  return db
    .select({
      ...getTableColumns(followUps),
      caseNumber: cases.caseNumber,
      personId: cases.personId,
      personFamilyName: sql<string | null>`(select ${personNames.familyName} from ${personNames}
        where ${personNames.personId} = ${cases.personId} order by ${personNames.primary} desc, ${personNames.id} limit 1)`,
      personGivenNames: sql<string | null>`(select ${personNames.givenNames} from ${personNames}
        where ${personNames.personId} = ${cases.personId} order by ${personNames.primary} desc, ${personNames.id} limit 1)`,
    })
    .from(followUps)
    .innerJoin(cases, eq(cases.id, followUps.caseId))
    .where(and(isNull(followUps.doneAt), lte(followUps.dueDate, until), ne(cases.phase, 'abgeschlossen'), caseNotRestricted(cases.id)))
    .orderBy(...byDueDate)
    .all();
}
