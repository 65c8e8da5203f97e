import { desc, eq, max, sql } from 'drizzle-orm';
import type { KimDb } from '../open';
import { preparedFor } from '../preparedQueries';
import { auditLog } from '../schema';

export interface AuditEntry {
  actor: string;
  action: string;
  entity: string;
  entityId?: string | null;
}

const insertAuditEntry = (db: KimDb) =>
  db
    .insert(auditLog)
    .values({
      at: sql.placeholder('at'),
      actor: sql.placeholder('actor'),
      action: sql.placeholder('action'),
      entity: sql.placeholder('entity'),
      entityId: sql.placeholder('entityId'),
    })
    .prepare();

/** Runs on every change: prepared once per connection. */
export function appendAudit(db: KimDb, entry: AuditEntry, now: Date): void {
  preparedFor(db, insertAuditEntry).run({
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
