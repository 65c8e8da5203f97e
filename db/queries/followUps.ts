/** Follow-ups (Wiedervorlagen): from a contact, a case conference or set by hand. */
import { and, asc, eq, getTableColumns, inArray, isNull, lte, ne, sql } from 'drizzle-orm';
import type { KimDb } from '../open';
import { cases, followUps, personNames } from '../schema';
import { caseNotRestricted } from './restrictions';

export type FollowUpRow = typeof followUps.$inferSelect;
export type DueFollowUpRow = FollowUpRow & { caseNumber: string; personId: string; personName: string | null };

export function insertFollowUps(db: KimDb, rows: (typeof followUps.$inferInsert)[]): void {
  if (rows.length > 0) db.insert(followUps).values(rows).run();
}

export function setFollowUpDone(db: KimDb, id: string, doneAt: string): void {
  db.update(followUps).set({ doneAt }).where(eq(followUps.id, id)).run();
}

export function findFollowUp(db: KimDb, id: string): FollowUpRow | undefined {
  return db.select().from(followUps).where(eq(followUps.id, id)).get();
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

/** The follow-ups that came from these records (contacts or case conferences). */
export function followUpsFrom(db: KimDb, source: FollowUpRow['source'], sourceIds: readonly string[]): FollowUpRow[] {
  if (sourceIds.length === 0) return [];
  return db
    .select()
    .from(followUps)
    .where(and(eq(followUps.source, source), inArray(followUps.sourceId, [...sourceIds])))
    .orderBy(...byDueDate)
    .all();
}

/** Open follow-ups of open, not restricted cases due on or before `until`, with the case number and the person's primary name (any name if none is primary). */
export function listDueFollowUps(db: KimDb, until: string): DueFollowUpRow[] {
  return db
    .select({
      ...getTableColumns(followUps),
      caseNumber: cases.caseNumber,
      personId: cases.personId,
      personName: sql<string | null>`(select ${personNames.givenNames} || ' ' || ${personNames.familyName} from ${personNames}
        where ${personNames.personId} = ${cases.personId} order by ${personNames.primary} desc, ${personNames.id} limit 1)`,
    })
    .from(followUps)
    .innerJoin(cases, eq(cases.id, followUps.caseId))
    .where(and(isNull(followUps.doneAt), lte(followUps.dueDate, until), ne(cases.phase, 'abgeschlossen'), caseNotRestricted(cases.id)))
    .orderBy(...byDueDate)
    .all();
}
