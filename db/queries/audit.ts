import { and, desc, eq, gte, lt, max, sql, type SQL } from 'drizzle-orm';
import type { KimDb } from '../open';
import { preparedFor } from '../preparedQueries';
import { auditLog } from '../schema';
import { chainHash, HASH_FROM_HEX, hashHex, sqliteOf, type ChainedFields } from './auditChain';
import { isInBulkStep } from './bulkLoad';

export interface AuditEntry {
  actor: string;
  action: string;
  entity: string;
  entityId?: string | null;
}

/**
 * The entry and its link in the hash chain (auditChain.ts), in one transaction (a savepoint when
 * the caller's transaction is open, so a rollback takes both back). The head is read from the
 * chain table each time rather than kept in memory: another connection (the command line, a
 * rotation's copy) may have appended meanwhile.
 */
const auditAppender = (db: KimDb) => {
  const sqlite = sqliteOf(db);
  const insertEntry = sqlite.prepare('INSERT INTO audit_log (at, actor, action, entity, entity_id) VALUES (@at, @actor, @action, @entity, @entityId)');
  const head = sqlite.prepare(`SELECT ${hashHex('hash')} FROM audit_chain ORDER BY entry_id DESC LIMIT 1`).pluck();
  const insertLink = sqlite.prepare(`INSERT INTO audit_chain (entry_id, hash) VALUES (?, ${HASH_FROM_HEX})`);
  const append = (fields: Omit<ChainedFields, 'id'>) => {
    const id = Number(insertEntry.run(fields).lastInsertRowid);
    const previous = (head.get() as string | undefined) ?? null;
    insertLink.run(id, chainHash(previous, { id, ...fields }));
  };
  const appendInTransaction = sqlite.transaction(append);
  // In a bulk load's step the load's own transaction keeps entry and link together (bulkLoad.ts).
  return (fields: Omit<ChainedFields, 'id'>) => (isInBulkStep(sqlite) ? append(fields) : appendInTransaction(fields));
};

/** Runs on every change: prepared once per connection. */
export function appendAudit(db: KimDb, entry: AuditEntry, now: Date): void {
  preparedFor(
    db,
    auditAppender,
  )({
    at: now.toISOString(),
    actor: entry.actor,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId ?? null,
  });
}

export function recentAudit(db: KimDb, limit: number) {
  return db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(limit).all();
}

/** The id of the newest entry with that action (ids only grow), or 0 when there is none. */
export function latestAuditId(db: KimDb, action: string): number {
  const row = db
    .select({ id: max(auditLog.id) })
    .from(auditLog)
    .where(eq(auditLog.action, action))
    .get();
  return row?.id ?? 0;
}

/**
 * When the newest entry was written (ISO time), or null for an empty log. The newest entry is the
 * one with the highest id (ids only grow): read through the primary key, the log has no index on
 * its time.
 */
export function lastAuditAt(db: KimDb): string | null {
  const row = db.select({ at: auditLog.at }).from(auditLog).orderBy(desc(auditLog.id)).limit(1).get();
  return row?.at ?? null;
}

/**
 * The entries written at or after `instant` (ISO), as a filter: the UTC day lets the log's day
 * index find them (db/schema/auditLog.ts), the instant keeps only those.
 */
export function auditFrom(instant: string): SQL {
  return and(sql`substr(${auditLog.at}, 1, 10) >= substr(${instant}, 1, 10)`, gte(auditLog.at, instant)) as SQL;
}

/** The entries written before `instant` (ISO), as a filter, by the day index as `auditFrom`. */
export function auditBefore(instant: string): SQL {
  return and(sql`substr(${auditLog.at}, 1, 10) <= substr(${instant}, 1, 10)`, lt(auditLog.at, instant)) as SQL;
}

/**
 * The entries about one record, as a filter: the prefix lets the log's one index find them
 * (db/schema/auditLog.ts), the full id keeps only that record's.
 */
export function auditAboutRecord(entityId: string): SQL {
  return and(sql`substr(${auditLog.entityId}, 1, 8) = substr(${entityId}, 1, 8)`, eq(auditLog.entityId, entityId)) as SQL;
}
