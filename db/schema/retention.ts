import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { cases } from './cases';
import { id } from './columns';

/**
 * A decision to keep a closed case beyond its retention period (Löschfrist): until when and why.
 * Removed with the case.
 */
export const retentionHolds = sqliteTable(
  'retention_holds',
  {
    id: id(),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    /** YYYY-MM-DD: the case is due for erasure again after this day. */
    keepUntil: text('keep_until').notNull(),
    reason: text('reason').notNull(),
    recordedBy: text('recorded_by').notNull(),
    recordedAt: text('recorded_at').notNull(),
  },
  (t) => [index('retention_holds_case_idx').on(t.caseId)],
);

/** What was erased, when, why and by whom: case numbers only, no personal data. */
export const erasures = sqliteTable('erasures', {
  id: id(),
  erasedAt: text('erased_at').notNull(),
  /** JSON array of the case numbers erased with the person, e.g. ["2026-0001"]. */
  caseNumbers: text('case_numbers', { mode: 'json' }).$type<string[]>().notNull(),
  reason: text('reason').notNull(),
  actor: text('actor').notNull(),
});

/**
 * One row while an erasure runs (inside its transaction): the triggers that keep assessments and
 * other records from being deleted let the erasure through, and nothing else.
 */
export const erasureInProgress = sqliteTable('erasure_in_progress', {
  id: integer('id').primaryKey(),
});
