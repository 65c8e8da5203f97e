import { desc } from 'drizzle-orm';
import type { KimDb } from '../open';
import { auditLog } from '../schema';

export interface AuditEntry {
  actor: string;
  action: string;
  entity: string;
  entityId?: string | null;
}

export function appendAudit(db: KimDb, entry: AuditEntry, now: Date): void {
  db.insert(auditLog)
    .values({ at: now.toISOString(), actor: entry.actor, action: entry.action, entity: entry.entity, entityId: entry.entityId ?? null })
    .run();
}

export function recentAudit(db: KimDb, limit: number) {
  return db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(limit).all();
}
