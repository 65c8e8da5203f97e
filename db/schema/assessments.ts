import { ASSESSMENT_KINDS, RESPONSIBLE_SERVICES, URGENCIES } from '../../electron/contract/vocabulary';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { createdAt, id } from './columns';
import { cases } from './cases';
import { lifeAreas } from './configuration';

/** A dated assessment (initial or re-assessment). Kept forever, never overwritten. */
export const assessments = sqliteTable(
  'assessments',
  {
    id: id(),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id),
    kind: text('kind', { enum: ASSESSMENT_KINDS }).notNull(),
    date: text('date').notNull(),
    previousId: text('previous_id'),
    recordedBy: text('recorded_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('assessments_case_idx').on(t.caseId, t.date)],
);

export const assessmentEntries = sqliteTable(
  'assessment_entries',
  {
    id: id(),
    assessmentId: text('assessment_id')
      .notNull()
      .references(() => assessments.id),
    lifeAreaId: text('life_area_id')
      .notNull()
      .references(() => lifeAreas.id),
    /** 1 (acute crisis) .. 5 (stable, self-reliant); meanings in the contract. */
    situation: integer('situation').notNull(),
    resources: text('resources'),
    needs: text('needs'),
    urgency: text('urgency', { enum: URGENCIES }).notNull(),
    responsibleService: text('responsible_service', { enum: RESPONSIBLE_SERVICES }).notNull(),
  },
  (t) => [index('assessment_entries_assessment_idx').on(t.assessmentId)],
);

export { RESPONSIBLE_SERVICES, URGENCIES };
