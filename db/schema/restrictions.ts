import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { cases } from './cases';
import { id } from './columns';

/**
 * Restriction of processing (Art. 18 DSGVO) of one case: while a row has no `lifted_at`, the case
 * is read only and left out of statistics and search. Rows stay when lifted: the history of
 * when and why is part of the case. Removed with the case.
 */
export const caseRestrictions = sqliteTable(
  'case_restrictions',
  {
    id: id(),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    /** YYYY-MM-DD from which processing is restricted. */
    since: text('since').notNull(),
    reason: text('reason').notNull(),
    recordedBy: text('recorded_by').notNull(),
    recordedAt: text('recorded_at').notNull(),
    /** YYYY-MM-DD on which the restriction ended; null while it holds. */
    liftedAt: text('lifted_at'),
    liftedBy: text('lifted_by'),
  },
  (t) => [index('case_restrictions_case_idx').on(t.caseId)],
);
