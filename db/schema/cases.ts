import { ACCESS_ROUTES, CASE_EVENT_KINDS, CLOSURE_REASONS, DOCUMENT_FORMS, INTAKE_DECISIONS, PHASES } from '../../electron/contract/vocabulary';
import { type AnySQLiteColumn, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { createdAt, id } from './columns';
import { locations, targetGroups } from './configuration';
import { persons } from './persons';
import { printouts } from './printouts';

/** Zugangssteuerung and Erstberatung: every first contact, whether it becomes a case or not. */
export const intakes = sqliteTable(
  'intakes',
  {
    id: id(),
    personId: text('person_id')
      .notNull()
      .references(() => persons.id),
    date: text('date').notNull(),
    accessRoute: text('access_route', { enum: ACCESS_ROUTES }).notNull(),
    decision: text('decision', { enum: INTAKE_DECISIONS }).notNull(),
    referredTo: text('referred_to'),
    caseId: text('case_id'),
    recordedBy: text('recorded_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('intakes_person_idx').on(t.personId), index('intakes_case_idx').on(t.caseId)],
);

export const intakeTargetGroups = sqliteTable(
  'intake_target_groups',
  {
    intakeId: text('intake_id')
      .notNull()
      .references(() => intakes.id, { onDelete: 'cascade' }),
    targetGroupId: text('target_group_id')
      .notNull()
      .references(() => targetGroups.id),
  },
  (t) => [primaryKey({ columns: [t.intakeId, t.targetGroupId] })],
);

export const cases = sqliteTable(
  'cases',
  {
    id: id(),
    personId: text('person_id')
      .notNull()
      .references(() => persons.id),
    /** Readable number, e.g. 2026-0042: year of opening and a running number. */
    caseNumber: text('case_number').notNull(),
    caseManager: text('case_manager').notNull(),
    locationId: text('location_id').references(() => locations.id),
    traeger: text('traeger'),
    phase: text('phase', { enum: PHASES }).notNull(),
    openedAt: text('opened_at').notNull(),
    closedAt: text('closed_at'),
    closureReason: text('closure_reason', { enum: CLOSURE_REASONS }),
    /** Overrides the re-assessment cadence of the settings for this case. */
    reassessmentMonths: integer('reassessment_months'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('cases_number_idx').on(t.caseNumber), index('cases_person_idx').on(t.personId), index('cases_phase_idx').on(t.phase)],
);

export const caseTargetGroups = sqliteTable(
  'case_target_groups',
  {
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    targetGroupId: text('target_group_id')
      .notNull()
      .references(() => targetGroups.id),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.targetGroupId] })],
);

/** Consent to case management and data processing; required to open a case. */
export const consents = sqliteTable(
  'consents',
  {
    id: id(),
    personId: text('person_id')
      .notNull()
      .references(() => persons.id),
    caseId: text('case_id').references(() => cases.id),
    givenAt: text('given_at').notNull(),
    form: text('form', { enum: DOCUMENT_FORMS }).notNull(),
    /** The printed Einwilligung that was signed (print, then sign); null for an oral consent or a paper not printed by the app. */
    printoutId: text('printout_id').references((): AnySQLiteColumn => printouts.id),
    recordedBy: text('recorded_by').notNull(),
    revokedAt: text('revoked_at'),
    createdAt: createdAt(),
  },
  (t) => [index('consents_case_idx').on(t.caseId)],
);

/** Opening, phase changes, closure and reopening, for the timeline. */
export const caseEvents = sqliteTable(
  'case_events',
  {
    id: id(),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id),
    at: text('at').notNull(),
    kind: text('kind', { enum: CASE_EVENT_KINDS }).notNull(),
    phase: text('phase', { enum: PHASES }),
    reason: text('reason'),
    by: text('by').notNull(),
  },
  (t) => [index('case_events_case_idx').on(t.caseId, t.at)],
);

export const caseNumberSequences = sqliteTable('case_number_sequences', {
  year: integer('year').primaryKey(),
  last: integer('last').notNull(),
});

export { ACCESS_ROUTES, CLOSURE_REASONS, PHASES };
