/** Earlier versions of corrected records (issue 12): what a record was before each correction. */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { KimDb } from '../open';
import { recordVersions } from '../schema';

export type RecordVersionRow = typeof recordVersions.$inferSelect;

/** Stores `before` as the next version of the record (1 for its first correction). */
export function insertRecordVersion(db: KimDb, row: Omit<typeof recordVersions.$inferInsert, 'version'>): number {
  const { last } = db
    .select({ last: sql<number>`coalesce(max(${recordVersions.version}), 0)` })
    .from(recordVersions)
    .where(and(eq(recordVersions.recordKind, row.recordKind), eq(recordVersions.recordId, row.recordId)))
    .get() as { last: number };
  const version = last + 1;
  db.insert(recordVersions)
    .values({ ...row, version })
    .run();
  return version;
}

/** The earlier versions of one record, the oldest first. */
export function recordVersionsOf(db: KimDb, recordKind: string, recordId: string): RecordVersionRow[] {
  return db
    .select()
    .from(recordVersions)
    .where(and(eq(recordVersions.recordKind, recordKind), eq(recordVersions.recordId, recordId)))
    .orderBy(asc(recordVersions.version))
    .all();
}
