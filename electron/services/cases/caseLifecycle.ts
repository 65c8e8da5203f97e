/**
 * Changing a case: who is responsible and where, closing it with a reason and an outcome for
 * every open goal, and reopening it. A closed case is read-only until it is reopened.
 */
import { KimError } from '../../contract/errors';
import type { CaseCloseInput, CaseUpdateInput, GoalOutcome } from '../../contract/areas/cases';
import { actor, db, newId, requireOpenCase, today, transaction, type ServiceContext } from '../context';
import { caseGate } from '../../../db/queries/caseStatus';
import { caseById, goalsOfCase, insertCaseEvent, setGoalStatuses, updateCase, type CaseRow } from '../../../db/queries/cases';
import type { locationService } from './configuration';
import { requireActiveLocation } from './intake';

const OPEN_GOAL_STATUSES = new Set(['offen', 'in_arbeit']);

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

      const now = ctx.now();
      const at = now.toISOString();
      transaction(ctx, () => {
        setGoalStatuses(
          db(ctx),
          [...outcomes].map(([goalId, status]) => ({ goalId, status })),
          at,
        );
        for (const goalId of outcomes.keys()) ctx.store.audit('goal.outcome_recorded', 'goal', goalId);
        updateCase(db(ctx), input.caseId, { phase: 'abgeschlossen', closedAt: today(now), closureReason: reason });
        insertCaseEvent(db(ctx), { id: newId(), caseId: input.caseId, at, kind: 'abgeschlossen', phase: 'abgeschlossen', reason, by: actor(ctx) });
        ctx.store.audit('case.closed', 'case', input.caseId);
      });
    },

    /** Back to monitoring; the closure stays in the case's events. */
    reopen(input: { caseId: string; reason: string }): void {
      const row = caseById(db(ctx), input.caseId);
      if (!row) throw new KimError('CASE_NOT_FOUND');
      if (row.phase !== 'abgeschlossen') throw new KimError('CASE_NOT_CLOSED');
      // Reopening is a change like any other: a restricted case (Art. 18 DSGVO) stays as it is.
      if (caseGate(db(ctx), input.caseId)?.restricted) throw new KimError('CASE_RESTRICTED');
      // A case handed over to a colleague's device is theirs now: read only here until it is erased.
      if (caseGate(db(ctx), input.caseId)?.handedOver) throw new KimError('CASE_HANDED_OVER');
      const reason = input.reason.trim();
      if (!reason) throw new KimError('REOPEN_REASON_REQUIRED');
      transaction(ctx, () => {
        updateCase(db(ctx), input.caseId, { phase: 'monitoring', closedAt: null, closureReason: null });
        insertCaseEvent(db(ctx), {
          id: newId(),
          caseId: input.caseId,
          at: ctx.now().toISOString(),
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
