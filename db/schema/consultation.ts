import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { createdAt, id } from './columns';
import { lifeAreas, locations } from './configuration';
import { contacts } from './monitoring';
import { persons } from './persons';

/** A consultation hour (Sprechstunde) at a location: the frame for quick contacts, registrations and short advice. */
export const consultationSessions = sqliteTable(
  'consultation_sessions',
  {
    id: id(),
    locationId: text('location_id')
      .notNull()
      .references(() => locations.id),
    startedAt: text('started_at').notNull(),
    /** Null while the consultation hour is running; at most one runs at a time. */
    endedAt: text('ended_at'),
    /** How many were still in the queue when the hour ended (the queue itself is deleted then). */
    stillWaiting: integer('still_waiting'),
    recordedBy: text('recorded_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('consultation_sessions_ended_idx').on(t.endedAt, t.startedAt),
    // The database, not only the service, keeps it to one running hour.
    uniqueIndex('consultation_sessions_one_running_idx').on(sql`(1)`).where(sql`ended_at is null`),
  ],
);

/** Contacts logged during a consultation hour (the contact itself lives in contacts). */
export const consultationSessionContacts = sqliteTable(
  'consultation_session_contacts',
  {
    sessionId: text('session_id')
      .notNull()
      .references(() => consultationSessions.id),
    contactId: text('contact_id')
      .notNull()
      .references(() => contacts.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.contactId] }), index('consultation_session_contacts_session_idx').on(t.sessionId)],
);

/** People registered (quickly, to be completed later) during a consultation hour. */
export const consultationSessionPersons = sqliteTable(
  'consultation_session_persons',
  {
    sessionId: text('session_id')
      .notNull()
      .references(() => consultationSessions.id),
    personId: text('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.personId] }), index('consultation_session_persons_session_idx').on(t.sessionId)],
);

/**
 * Kurzberatung: advice without a case. Counted for the statistics with topic, language and
 * interpreter only — deliberately no person, no name, no free text.
 */
export const shortAdvice = sqliteTable(
  'short_advice',
  {
    id: id(),
    sessionId: text('session_id')
      .notNull()
      .references(() => consultationSessions.id),
    at: text('at').notNull(),
    /** The topic, as a life area. */
    lifeAreaId: text('life_area_id')
      .notNull()
      .references(() => lifeAreas.id),
    /** ISO 639 code of the language the advice was given in; null when German. */
    language: text('language'),
    interpreterUsed: integer('interpreter_used', { mode: 'boolean' }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('short_advice_session_idx').on(t.sessionId), index('short_advice_at_idx').on(t.at)],
);

/**
 * Who is waiting in a consultation hour. The label is what the person is called by (a name or a
 * number); entries are deleted when the consultation hour ends, so no list of visitors remains.
 */
export const consultationQueue = sqliteTable(
  'consultation_queue',
  {
    id: id(),
    sessionId: text('session_id')
      .notNull()
      .references(() => consultationSessions.id),
    label: text('label').notNull(),
    personId: text('person_id').references(() => persons.id, { onDelete: 'set null' }),
    arrivedAt: text('arrived_at').notNull(),
  },
  (t) => [index('consultation_queue_session_idx').on(t.sessionId, t.arrivedAt)],
);
