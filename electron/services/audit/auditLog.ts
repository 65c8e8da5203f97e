/** The Protokoll: audit entries by date, record and action, with the chain's state. */
import { and, count, desc, eq, type SQL } from 'drizzle-orm';
import type { AuditChainStatus, AuditFilter, AuditList, AuditPdf } from '../../contract/areas/audit';
import { AUDIT_LIST_MAX, AUDIT_PDF_MAX } from '../../contract/areas/audit';
import { auditAboutRecord, auditBefore, auditFrom } from '../../../db/queries/audit';
import { auditLog } from '../../../db/schema';
import { auditFindingText } from '../store/auditChainText';
import { db, type ServiceContext } from '../context';
import { renderAuditPdf } from './auditPdf';
import { KimError } from '../../contract/errors';
import { UnprintableTextError } from '../pdf/textLayout';

/** Local calendar day → the ISO instant of its start (the log stores UTC instants). */
function startOfLocalDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d).toISOString();
}

function nextDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d + 1).toISOString();
}

function where(filter: AuditFilter): SQL | undefined {
  const conditions: SQL[] = [];
  if (filter.from) conditions.push(auditFrom(startOfLocalDay(filter.from)));
  if (filter.to) conditions.push(auditBefore(nextDay(filter.to)));
  if (filter.entity) conditions.push(eq(auditLog.entity, filter.entity));
  if (filter.entityId) conditions.push(auditAboutRecord(filter.entityId));
  if (filter.action) conditions.push(eq(auditLog.action, filter.action));
  return conditions.length === 0 ? undefined : and(...conditions);
}

function entries(ctx: ServiceContext, filter: AuditFilter, limit: number) {
  return db(ctx).select().from(auditLog).where(where(filter)).orderBy(desc(auditLog.id)).limit(limit).all();
}

export function chainStatus(ctx: ServiceContext, { fresh }: { fresh: boolean }): AuditChainStatus {
  const report = ctx.store.auditChainReport({ fresh });
  return {
    state: report.state,
    entries: report.entries,
    finding: report.problem ? auditFindingText(report.problem) : null,
    head: report.head,
  };
}

export function listAudit(ctx: ServiceContext, filter: AuditFilter): AuditList {
  const total = db(ctx).select({ n: count() }).from(auditLog).where(where(filter)).get()?.n ?? 0;
  return { entries: entries(ctx, filter, AUDIT_LIST_MAX), total, chain: chainStatus(ctx, { fresh: false }) };
}

export async function auditPdf(ctx: ServiceContext, filter: AuditFilter): Promise<AuditPdf> {
  const now = ctx.now();
  const total = db(ctx).select({ n: count() }).from(auditLog).where(where(filter)).get()?.n ?? 0;
  // The filter's text is printed on the page: a character no font has is the typed TEXT_UNPRINTABLE (found by the soak's fuzz).
  let pdf: Uint8Array;
  try {
    pdf = await renderAuditPdf({
      entries: entries(ctx, filter, AUDIT_PDF_MAX),
      total,
      filter,
      chain: chainStatus(ctx, { fresh: true }),
      exportedBy: ctx.store.actorName(),
      now,
    });
  } catch (error) {
    throw error instanceof UnprintableTextError ? new KimError('TEXT_UNPRINTABLE', { cause: error }) : error;
  }
  const stamp = new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
  return { fileName: `Protokoll_${stamp}.pdf`, pdf };
}
