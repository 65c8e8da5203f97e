import { index, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { cases } from './cases';
import { id } from './columns';

/**
 * A handover package sent to a colleague's device (the sending side): whom to, which case
 * numbers, and when the receiver confirmed the import. Kept after the cases are erased; holds no
 * client data (the recipient is a colleague).
 */
export const handovers = sqliteTable('handovers', {
  /** The package's id, also written inside the package. */
  id: id(),
  createdAt: text('created_at').notNull(),
  createdBy: text('created_by').notNull(),
  recipient: text('recipient').notNull(),
  /** JSON array of the case numbers in the package, e.g. ["2026-0001"]. */
  caseNumbers: text('case_numbers', { mode: 'json' }).$type<string[]>().notNull(),
  /** When the receiver's confirmation was entered; null until then. */
  confirmedAt: text('confirmed_at'),
});

/** The cases of a handover still in this store: read only from the handover on. Removed with the case. */
export const handoverCases = sqliteTable(
  'handover_cases',
  {
    handoverId: text('handover_id')
      .notNull()
      .references(() => handovers.id),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.handoverId, t.caseId] }), index('handover_cases_case_idx').on(t.caseId)],
);

/** Packages imported here (the receiving side): a package is imported once. */
export const handoverImports = sqliteTable('handover_imports', {
  packageId: text('package_id').primaryKey(),
  importedAt: text('imported_at').notNull(),
  importedBy: text('imported_by').notNull(),
  /** Who sent it, as written in the package (a colleague, not a client). */
  sender: text('sender').notNull(),
  /** JSON array of the case numbers given here to the imported cases. */
  caseNumbers: text('case_numbers', { mode: 'json' }).$type<string[]>().notNull(),
});
