import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { id } from './columns';

/**
 * Typed but not yet saved input of one form (issue 12: nothing typed is lost). Kept here, in the
 * encrypted store, never in the renderer's storage; written as the user types, removed when the
 * form is saved or abandoned, and discarded after the days the settings allow. Drafts are not
 * records: neither statistics nor search nor the Art. 15 information read them; erasure removes
 * the drafts of a person and of their cases.
 */
export const drafts = sqliteTable(
  'drafts',
  {
    /** Which form, e.g. `contact:new:<caseId>`; one draft per form. */
    key: text('key').primaryKey(),
    /** The route (JSON) the form lives on, so the app can return to it after unlock or a crash. */
    route: text('route').notNull(),
    /** The form's values (JSON). */
    fields: text('fields').notNull(),
    personId: text('person_id'),
    caseId: text('case_id'),
    savedAt: text('saved_at').notNull(),
  },
  (t) => [index('drafts_saved_idx').on(t.savedAt), index('drafts_person_idx').on(t.personId), index('drafts_case_idx').on(t.caseId)],
);

/**
 * Earlier versions of corrected records (a contact, a case conference, the person's data, the
 * case's target groups or case manager, a back-dated status): what it was before, who changed it
 * and when. Part of the person's records (erased with them, shown in their information).
 */
export const recordVersions = sqliteTable(
  'record_versions',
  {
    id: id(),
    personId: text('person_id').notNull(),
    caseId: text('case_id'),
    /** What kind of record, e.g. `contact`, `case_conference`, `person`, `case_target_groups`. */
    recordKind: text('record_kind').notNull(),
    recordId: text('record_id').notNull(),
    /** 1 for the first correction of a record, then 2, 3, … */
    version: integer('version').notNull(),
    /** The record as it was before this correction (JSON). */
    before: text('before').notNull(),
    changedBy: text('changed_by').notNull(),
    changedAt: text('changed_at').notNull(),
  },
  (t) => [uniqueIndex('record_versions_record_idx').on(t.recordKind, t.recordId, t.version), index('record_versions_person_idx').on(t.personId)],
);

/** The unit's case managers (Einstellungen), so a case can be handed to a colleague (Vertretung). */
export const caseManagers = sqliteTable('case_managers', {
  id: id(),
  name: text('name').notNull().unique(),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  createdAt: text('created_at').notNull(),
});
