import { sql } from 'drizzle-orm';
import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';

/**
 * Who did what to which record, and when. Never content. Append-only (triggers in migration 0001).
 *
 * Two narrow indexes (issue 13: the log was 28 % of the store, a third of that two wide indexes
 * on whole record ids and times), each on a prefix the reads add to their exact condition, so a
 * shared prefix costs a few extra rows, never a wrong one:
 * - the first 8 characters of the record id, for the reads of a record's entries (the Auskunft,
 *   the Protokoll filtered by record); random UUIDs make 8 hex characters selective (32 bits);
 * - the UTC day of `at` (its first 10 characters), for the Protokoll filtered by days.
 * The chain walk and the newest entry go by the id (the primary key); filters by kind of record
 * or action alone read the log.
 */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    actor: text('actor').notNull(),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
  },
  (t) => [index('audit_log_record_idx').on(sql`substr(${t.entityId}, 1, 8)`), index('audit_log_day_idx').on(sql`substr(${t.at}, 1, 10)`)],
);
