import { sql } from 'drizzle-orm';
import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';

/**
 * Who did what to which record, and when. Never content. Append-only (triggers in migration 0001).
 *
 * One index only, and a narrow one (issue 13: the log was 28 % of the store, a third of that two
 * indexes): the first 8 characters of the record id, for the reads that look for a record's
 * entries (the Auskunft, the Protokoll filtered by record). They add `entity_id = ?` to the
 * prefix, so a shared prefix costs a few extra rows, never a wrong one. Random UUIDs make 8 hex
 * characters selective enough (32 bits). The chain walk and the newest entry go by the id (the
 * primary key); filters by day, kind of record or action read the log from the newest entry back.
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
  (t) => [index('audit_log_record_idx').on(sql`substr(${t.entityId}, 1, 8)`)],
);
