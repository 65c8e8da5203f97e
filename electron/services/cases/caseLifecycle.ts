/**
 * Changing a case: who is responsible and where, closing it with a reason and an outcome for
 * every open goal, and reopening it, each on the day it happened (recorded afterwards: back-dated).
 * A closed case is read-only until it is reopened.
 */
import { KimError } from '../../contract/errors';
import type { CaseCloseInput, CaseUpdateInput, GoalOutcome } from '../../contract/areas/cases';
import { actor, assertNotInFuture, db, newId, requireOpenCase, today, transaction, type ServiceContext } from '../context';
import { caseGate } from '../../../db/queries/caseStatus';
import { caseById, goalsOfCase, insertCaseEvent, latestStatusChange, setGoalStatuses, updateCase, type CaseRow } from '../../../db/queries/cases';
import type { locationService } from './configuration';
import { requireActiveLocation } from './intake';

const OPEN_GOAL_STATUSES = new Set(['offen', 'in_arbeit']);

/**
 * The moment a status change is stamped with. Today's is now. One recorded afterwards happened on
 * `date` at an unknown time: noon of that local day (clear of the day's edges and of clock
 * changes), and after the case's last status change when that was the same day, so the events
 * keep their order. The statistic counts closures and reopenings by this moment.
 */
export function statusMoment(date: string, now: Date, previousAt: string | null): string {
  if (date === today(now)) return now.toISOString();
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const noon = new Date(y, m - 1, d, 12).getTime();
  const after = previousAt === null ? noon : Math.max(noon, Date.parse(previousAt) + 1);
  return new Date(after).toISOString();
}

/**
 * The day of a status change (today unless given): not in the future, not before the case was
 * opened, not before its last status change. Returns the moment to store.
 */
function statusChangeAt(ctx: ServiceContext, row: CaseRow, date: string | undefined, checkOpening: boolean): { day: string; at: string } {
  const now = ctx.now();
  const day = date ?? today(now);
  assertNotInFuture(day, now);
  if (checkOpening && day < row.openedAt) throw new KimError('STATUS_DATE_BEFORE_OPENING');
  const previous = latestStatusChange(db(ctx), row.id);
  if (previous && day < today(new Date(previous.at))) throw new KimError('STATUS_DATE_BEFORE_PREVIOUS');
  return { day, at: statusMoment(day, now, previous?.at ?? null) };
}

export function caseLifecycleService(ctx: ServiceContext, locations: ReturnType<typeof locationService>) {
  return {
    update(input: CaseUpdateInput): void {
      requireOpenCase(ctx, input.caseId);
      if (input.locationId) requireActiveLocation(locations, input.locationId);
      const { caseId, ...fields } = input;
      const patch = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<CaseRow>;
      if (patch.traeger === '') patch.traeger = null;
      // Nothing given is nothing to change: no write and no audit row (the checks above still apply).
      if (Object.keys(patch).length === 0) return;
      transaction(ctx, () => {
        updateCase(db(ctx), caseId, patch);
        ctx.store.audit('case.updated', 'case', caseId);
      });
    },

    /** Closes with a reason; every goal still open gets its outcome in the same step. */
    close(input: CaseCloseInput): void {
      requireOpenCase(ctx, input.caseId);
      const reason = input.reason;
      if (!reason) throw new KimError('CLOSURE_REASON_REQUIRED');
      const goals = goalsOfCase(db(ctx), input.caseId);
      const outcomes = new Map<string, GoalOutcome>((input.goalOutcomes ?? []).map((o) => [o.goalId, o.outcome]));
      const goalIds = new Set(goals.map((g) => g.id));
      if ([...outcomes.keys()].some((id) => !goalIds.has(id))) throw new KimError('GOAL_NOT_FOUND');
      if (goals.some((g) => OPEN_GOAL_STATUSES.has(g.status) && !outcomes.has(g.id))) throw new KimError('GOAL_OUTCOME_MISSING');

      const { day, at } = statusChangeAt(ctx, caseById(db(ctx), input.caseId)!, input.date, true);
      transaction(ctx, () => {
        setGoalStatuses(
          db(ctx),
          [...outcomes].map(([goalId, status]) => ({ goalId, status })),
          ctx.now().toISOString(),
        );
        for (const goalId of outcomes.keys()) ctx.store.audit('goal.outcome_recorded', 'goal', goalId);
        updateCase(db(ctx), input.caseId, { phase: 'abgeschlossen', closedAt: day, closureReason: reason });
        insertCaseEvent(db(ctx), { id: newId(), caseId: input.caseId, at, kind: 'abgeschlossen', phase: 'abgeschlossen', reason, by: actor(ctx) });
        ctx.store.audit('case.closed', 'case', input.caseId);
      });
    },

    /** Back to monitoring; the closure stays in the case's events. */
    reopen(input: { caseId: string; reason: string; date?: string | undefined }): void {
      const row = caseById(db(ctx), input.caseId);
      if (!row) throw new KimError('CASE_NOT_FOUND');
      if (row.phase !== 'abgeschlossen') throw new KimError('CASE_NOT_CLOSED');
      // Reopening is a change like any other: a restricted case (Art. 18 DSGVO) stays as it is.
      if (caseGate(db(ctx), input.caseId)?.restricted) throw new KimError('CASE_RESTRICTED');
      // A case handed over to a colleague's device is theirs now: read only here until it is erased.
      if (caseGate(db(ctx), input.caseId)?.handedOver) throw new KimError('CASE_HANDED_OVER');
      const reason = input.reason.trim();
      if (!reason) throw new KimError('REOPEN_REASON_REQUIRED');
      // Not before the closure it undoes (the opening lies before that anyway).
      const { at } = statusChangeAt(ctx, row, input.date, false);
      transaction(ctx, () => {
        updateCase(db(ctx), input.caseId, { phase: 'monitoring', closedAt: null, closureReason: null });
        insertCaseEvent(db(ctx), {
          id: newId(),
          caseId: input.caseId,
          at,
          kind: 'wiedereroeffnet',
          phase: 'monitoring',
          reason,
          by: actor(ctx),
        });
        ctx.store.audit('case.reopened', 'case', input.caseId);
      });
    },
  };
}
