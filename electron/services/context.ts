/**
 * What every domain service gets: the store (for the open database and the audit log) and the
 * clock. Plus the small rules all areas share.
 */
import { randomUUID } from 'node:crypto';
import { KimError } from '../contract/errors';
import type { StoreService } from './store/storeService';
import type { DbSession } from '../../db/open';
import { caseGate, caseStatus, setCasePhase } from '../../db/queries/caseStatus';
import { allOrNothing } from '../../db/queries/bulkLoad';
import { PHASES } from '../../db/schema';

type Phase = (typeof PHASES)[number];

export interface ServiceContext {
  store: StoreService;
  now: () => Date;
}

export const newId = (): string => randomUUID();

/** Today's date (YYYY-MM-DD) in the device's local time zone, as a case manager means "today". */
export function today(now: Date): string {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}

/** No record may be dated after today (dates) or after now (date-times). */
export function assertNotInFuture(value: string, now: Date): void {
  const future = value.length <= 10 ? value > today(now) : Date.parse(value) > now.getTime();
  if (future) throw new KimError('DATE_IN_FUTURE');
}

/** The open database; LOCKED while locked. */
export const db = (ctx: ServiceContext): DbSession['db'] => ctx.store.session().db;

/** Runs `work` in one transaction: all of it is stored, or nothing. */
export function transaction<T>(ctx: ServiceContext, work: () => T): T {
  return allOrNothing(ctx.store.session().sqlite, work);
}

/**
 * Every change to a case goes through here: it must exist, must not be closed, restricted
 * (Art. 18 DSGVO) or handed over to a colleague.
 */
export function requireOpenCase(ctx: ServiceContext, caseId: string): void {
  const gate = caseGate(db(ctx), caseId);
  if (!gate) throw new KimError('CASE_NOT_FOUND');
  if (gate.phase === 'abgeschlossen') throw new KimError('CASE_CLOSED');
  if (gate.restricted) throw new KimError('CASE_RESTRICTED');
  if (gate.handedOver) throw new KimError('CASE_HANDED_OVER');
}

/** Who the records and the audit log name for this session. */
export const actor = (ctx: ServiceContext): string => ctx.store.actorName();

/**
 * The cycle moves forward as work is done (assessment saved → Zielvereinbarung, agreement
 * signed → Leistungssteuerung, first referral → Monitoring); it never moves back by itself.
 */
export function advancePhase(ctx: ServiceContext, caseId: string, phase: Exclude<Phase, 'abgeschlossen'>): void {
  const current = caseStatus(db(ctx), caseId);
  if (!current) throw new KimError('CASE_NOT_FOUND');
  if (PHASES.indexOf(current as Phase) >= PHASES.indexOf(phase)) return;
  setCasePhase(db(ctx), caseId, { id: newId(), phase, at: ctx.now().toISOString(), by: actor(ctx), kind: 'phase' });
  ctx.store.audit('case.phase_changed', 'case', caseId);
}
