import { GOAL_STATUSES, STEP_RESPONSIBLES } from '../../electron/contract/vocabulary';
import { type AnySQLiteColumn, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { createdAt, deflatedJson, id, updatedAt } from './columns';
import { cases } from './cases';
import { lifeAreas, partners } from './configuration';
import { printouts } from './printouts';

/** An outcome goal (Ergebnisziel) in one life area. */
export const goals = sqliteTable(
  'goals',
  {
    id: id(),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id),
    lifeAreaId: text('life_area_id')
      .notNull()
      .references(() => lifeAreas.id),
    title: text('title').notNull(),
    /** The title in the client's language, as the case manager (or an interpreter) wrote it; printed below the German one. */
    titleTranslation: text('title_translation'),
    status: text('status', { enum: GOAL_STATUSES }).notNull().default('offen'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('goals_case_idx').on(t.caseId)],
);

export const goalSteps = sqliteTable(
  'goal_steps',
  {
    id: id(),
    goalId: text('goal_id')
      .notNull()
      .references(() => goals.id, { onDelete: 'cascade' }),
    description: text('description').notNull(),
    /** The step in the client's language (optional), printed below the German text. */
    descriptionTranslation: text('description_translation'),
    responsible: text('responsible', { enum: STEP_RESPONSIBLES }).notNull(),
    partnerId: text('partner_id').references(() => partners.id),
    dueDate: text('due_date'),
    doneAt: text('done_at'),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [index('goal_steps_goal_idx').on(t.goalId)],
);

/** A dated, versioned snapshot of the goals that client and case manager sign. */
export const agreements = sqliteTable(
  'agreements',
  {
    id: id(),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id),
    version: integer('version').notNull(),
    date: text('date').notNull(),
    /** JSON: the goals with their steps as agreed; deflated (columns.ts), older rows as text. */
    snapshot: deflatedJson('snapshot').notNull(),
    signedAt: text('signed_at'),
    /** The printout that was signed (print, then sign); null when signed before printouts were recorded or on a paper not printed by the app. */
    signedPrintoutId: text('signed_printout_id').references((): AnySQLiteColumn => printouts.id),
    recordedBy: text('recorded_by').notNull(),
    createdAt: createdAt(),
  },
  // The case's versions; also covering what the statistic reads of the signed ones (issue 13):
  // it scans this narrow index instead of rows that carry a whole snapshot each.
  (t) => [index('agreements_case_idx').on(t.caseId, t.version, t.signedAt, t.id)],
);

export { GOAL_STATUSES };
