/** Drafts of forms (issue 12): one row per form, replaced as the user types. */
import { desc, eq, lt } from 'drizzle-orm';
import type { KimDb } from '../open';
import { drafts } from '../schema';

export type DraftRow = typeof drafts.$inferSelect;

export function upsertDraft(db: KimDb, row: DraftRow): void {
  db.insert(drafts)
    .values(row)
    .onConflictDoUpdate({
      target: drafts.key,
      set: { route: row.route, fields: row.fields, personId: row.personId, caseId: row.caseId, savedAt: row.savedAt },
    })
    .run();
}

export function draftByKey(db: KimDb, key: string): DraftRow | undefined {
  return db.select().from(drafts).where(eq(drafts.key, key)).get();
}

export function deleteDraft(db: KimDb, key: string): void {
  db.delete(drafts).where(eq(drafts.key, key)).run();
}

/** Removes drafts saved before `before` (an ISO moment); returns how many. */
export function deleteDraftsBefore(db: KimDb, before: string): number {
  return db.delete(drafts).where(lt(drafts.savedAt, before)).run().changes;
}

export function newestDraft(db: KimDb): DraftRow | undefined {
  return db.select().from(drafts).orderBy(desc(drafts.savedAt)).limit(1).get();
}
