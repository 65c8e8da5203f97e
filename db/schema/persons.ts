import { ACCOMMODATION_TYPES, GENDERS, HOUSEHOLD_ROLES, RESIDENCE_STATUSES } from '../../electron/contract/vocabulary';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { createdAt, id, updatedAt } from './columns';

export const households = sqliteTable('households', {
  id: id(),
  createdAt: createdAt(),
});

/** A client (Klient:in). Names live in person_names: one person, several spellings. */
export const persons = sqliteTable(
  'persons',
  {
    id: id(),
    /** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD': often only the year is known. */
    birthDate: text('birth_date'),
    gender: text('gender', { enum: GENDERS }).notNull().default('unbekannt'),
    /** JSON array of ISO 3166 alpha-2 codes. */
    nationalities: text('nationalities', { mode: 'json' }).$type<string[]>().notNull().default([]),
    /** JSON array of ISO 639 codes, the first the preferred one. */
    languages: text('languages', { mode: 'json' }).$type<string[]>().notNull().default([]),
    interpreterNeeded: integer('interpreter_needed', { mode: 'boolean' }).notNull().default(false),
    /** ISO 639 code of the language to interpret into (null: not needed, or the first of `languages`). */
    interpreterLanguage: text('interpreter_language'),
    phone: text('phone'),
    email: text('email'),
    address: text('address'),
    municipality: text('municipality'),
    accommodationType: text('accommodation_type', { enum: ACCOMMODATION_TYPES }),
    accommodationName: text('accommodation_name'),
    residenceStatus: text('residence_status', { enum: RESIDENCE_STATUSES }),
    /** The paragraph of an Aufenthaltserlaubnis, e.g. '§ 25 Abs. 2 AufenthG'. */
    residenceParagraph: text('residence_paragraph'),
    residenceValidUntil: text('residence_valid_until'),
    householdId: text('household_id').references(() => households.id),
    householdRole: text('household_role', { enum: HOUSEHOLD_ROLES }),
    /** Registered quickly (consultation hour) and still to be completed. */
    incomplete: integer('incomplete', { mode: 'boolean' }).notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('persons_household_idx').on(t.householdId), index('persons_residence_until_idx').on(t.residenceValidUntil)],
);

export const personNames = sqliteTable(
  'person_names',
  {
    id: id(),
    personId: text('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    familyName: text('family_name').notNull(),
    givenNames: text('given_names').notNull(),
    /** The spelling used in letters; others are variants (passport, Arabic script, old documents). */
    primary: integer('is_primary', { mode: 'boolean' }).notNull().default(false),
    note: text('note'),
  },
  (t) => [index('person_names_person_idx').on(t.personId)],
);

/** The attributes of a person the statistic counts by as they were on a day (a status or a move changes them). */
export const PERSON_HISTORY_ATTRIBUTES = ['residence_status', 'municipality'] as const;

/**
 * Dated values of a person's residence status and municipality: each value from the day it holds.
 * The statistic of a period counts the value that held on its last day, so a later change never
 * rewrites a closed period. Written by the person services with every change.
 */
export const personAttributeHistory = sqliteTable(
  'person_attribute_history',
  {
    id: id(),
    personId: text('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    attribute: text('attribute', { enum: PERSON_HISTORY_ATTRIBUTES }).notNull(),
    /** Null: not known from this day on. */
    value: text('value'),
    /** YYYY-MM-DD: the first day the value holds. */
    validFrom: text('valid_from').notNull(),
    recordedAt: text('recorded_at').notNull(),
  },
  (t) => [index('person_attribute_history_person_idx').on(t.personId, t.attribute, t.validFrom)],
);
