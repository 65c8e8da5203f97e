import { CONTACT_PLACES, CONTACT_TYPES, FOLLOW_UP_SOURCES } from '../../electron/contract/vocabulary';
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { createdAt, id } from './columns';
import { cases } from './cases';
import { lifeAreas, locations, partners } from './configuration';
import { persons } from './persons';

/** Every contact with a client (Begleitendes Monitoring). */
export const contacts = sqliteTable(
  'contacts',
  {
    id: id(),
    personId: text('person_id')
      .notNull()
      .references(() => persons.id),
    caseId: text('case_id').references(() => cases.id),
    at: text('at').notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    place: text('place', { enum: CONTACT_PLACES }).notNull(),
    locationId: text('location_id').references(() => locations.id),
    type: text('type', { enum: CONTACT_TYPES }).notNull(),
    interpreterUsed: integer('interpreter_used', { mode: 'boolean' }).notNull().default(false),
    interpreterLanguage: text('interpreter_language'),
    note: text('note'),
    recordedBy: text('recorded_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('contacts_case_idx').on(t.caseId, t.at),
    index('contacts_person_idx').on(t.personId, t.at),
    // By time, covering what the statistic counts a quarter's contacts by (issue 13): its range
    // reads the index alone, not a wide row (with the note) for every contact.
    index('contacts_at_idx').on(t.at, t.personId, t.locationId, t.type, t.place, t.durationMinutes, t.interpreterUsed, t.id),
  ],
);

export const contactTopics = sqliteTable(
  'contact_topics',
  {
    contactId: text('contact_id')
      .notNull()
      .references(() => contacts.id, { onDelete: 'cascade' }),
    lifeAreaId: text('life_area_id')
      .notNull()
      .references(() => lifeAreas.id),
  },
  (t) => [primaryKey({ columns: [t.contactId, t.lifeAreaId] })],
);

/** Wiedervorlagen: follow-up dates, from a contact, a case conference or set by hand. */
export const followUps = sqliteTable(
  'follow_ups',
  {
    id: id(),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id),
    dueDate: text('due_date').notNull(),
    title: text('title').notNull(),
    source: text('source', { enum: FOLLOW_UP_SOURCES }).notNull(),
    sourceId: text('source_id'),
    doneAt: text('done_at'),
    createdAt: createdAt(),
  },
  (t) => [
    index('follow_ups_due_idx').on(t.doneAt, t.dueDate),
    index('follow_ups_case_idx').on(t.caseId),
    index('follow_ups_source_idx').on(t.source, t.sourceId),
  ],
);

export const caseConferences = sqliteTable(
  'case_conferences',
  {
    id: id(),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id),
    date: text('date').notNull(),
    clientPresent: integer('client_present', { mode: 'boolean' }).notNull(),
    agenda: text('agenda'),
    results: text('results'),
    recordedBy: text('recorded_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('case_conferences_case_idx').on(t.caseId, t.date)],
);

export const caseConferenceParticipants = sqliteTable(
  'case_conference_participants',
  {
    conferenceId: text('conference_id')
      .notNull()
      .references(() => caseConferences.id, { onDelete: 'cascade' }),
    partnerId: text('partner_id')
      .notNull()
      .references(() => partners.id),
    contactPerson: text('contact_person'),
  },
  (t) => [primaryKey({ columns: [t.conferenceId, t.partnerId] })],
);

export { CONTACT_PLACES, CONTACT_TYPES };
