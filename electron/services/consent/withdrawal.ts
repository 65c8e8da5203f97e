/**
 * Withdrawing the consent to case management (Widerruf, Art. 7 Abs. 3 DSGVO), dated. On the same
 * day every release from professional secrecy of the person that still holds ends too: the
 * consent was the ground on which their data was passed on at all, so nothing may go to a
 * partner after it (referrals with data and case conferences check the releases by date). Then,
 * as the case manager chose: the case is closed ('mitwirkung_beendet'), or its processing is
 * restricted (Art. 18 DSGVO, e.g. to keep it for a legal claim).
 */
import { KimError } from '../../contract/errors';
import type { ConsentWithdrawalFollowUp, ConsentWithdrawalResult } from '../../contract/areas/consent';
import { caseById, goalsOfCase, insertCaseEvent, setGoalStatuses, updateCase } from '../../../db/queries/cases';
import { setReleaseRevoked } from '../../../db/queries/releases';
import { caseGate } from '../../../db/queries/caseStatus';
import { consentInForce, releasesInForceOn, setConsentRevoked } from '../../../db/queries/restrictions';
import { actor, assertNotInFuture, db, newId, today, transaction, type ServiceContext } from '../context';
import { restrictCase } from '../restriction/restrictions';

/** The closure reason of a case closed by the withdrawal: an existing one, so the published statistic's format stays. */
export const WITHDRAWAL_CLOSURE_REASON = 'mitwirkung_beendet';
/** Goals still open when the person withdraws: nobody works on them any more. */
const OPEN_GOALS_BECOME = 'verworfen';
const OPEN_GOAL_STATUSES = new Set(['offen', 'in_arbeit']);

export interface WithdrawalInput {
  caseId: string;
  withdrawnAt: string;
  followUp: ConsentWithdrawalFollowUp;
  restrictionReason?: string | undefined;
}

export function consentService(ctx: ServiceContext) {
  return {
    withdraw(input: WithdrawalInput): ConsentWithdrawalResult {
      return transaction(ctx, () => {
        const store = db(ctx);
        const row = caseById(store, input.caseId);
        const gate = caseGate(store, input.caseId);
        if (!row || !gate) throw new KimError('CASE_NOT_FOUND');
        if (gate.handedOver) throw new KimError('CASE_HANDED_OVER');
        // A restricted case can only stay restricted: closing it would be a change.
        if (gate.restricted && input.followUp === 'abschliessen') throw new KimError('CASE_RESTRICTED');
        const reason = input.restrictionReason?.trim() ?? '';
        if (input.followUp === 'einschraenken' && !gate.restricted && reason === '') throw new KimError('RESTRICTION_REASON_REQUIRED');
        const consent = consentInForce(store, input.caseId);
        if (!consent) throw new KimError('CONSENT_NOT_IN_FORCE');
        const now = ctx.now();
        assertNotInFuture(input.withdrawnAt, now);
        if (input.withdrawnAt < consent.givenAt) throw new KimError('CONSENT_WITHDRAWN_BEFORE_GIVEN');

        setConsentRevoked(store, consent.id, input.withdrawnAt);
        ctx.store.audit('consent.withdrawn', 'consent', consent.id);
        const ended = releasesInForceOn(store, row.personId, input.withdrawnAt);
        for (const release of ended) {
          setReleaseRevoked(store, release.id, input.withdrawnAt);
          ctx.store.audit('release.revoked', 'release', release.id);
        }

        let closed = false;
        if (input.followUp === 'abschliessen' && row.phase !== 'abgeschlossen') {
          const at = now.toISOString();
          const open = goalsOfCase(store, input.caseId).filter((g) => OPEN_GOAL_STATUSES.has(g.status));
          setGoalStatuses(
            store,
            open.map((g) => ({ goalId: g.id, status: OPEN_GOALS_BECOME })),
            at,
          );
          for (const goal of open) ctx.store.audit('goal.outcome_recorded', 'goal', goal.id);
          updateCase(store, input.caseId, { phase: 'abgeschlossen', closedAt: today(now), closureReason: WITHDRAWAL_CLOSURE_REASON });
          // The event keeps the closure reason's code (the statistic counts closures by it); the
          // withdrawal itself is on the timeline from the consent's revocation date.
          insertCaseEvent(store, {
            id: newId(),
            caseId: input.caseId,
            at,
            kind: 'abgeschlossen',
            phase: 'abgeschlossen',
            reason: WITHDRAWAL_CLOSURE_REASON,
            by: actor(ctx),
          });
          ctx.store.audit('case.closed', 'case', input.caseId);
          closed = true;
        }
        if (input.followUp === 'einschraenken' && !gate.restricted) {
          restrictCase(ctx, { caseId: input.caseId, since: input.withdrawnAt, reason });
        }
        return { withdrawnAt: input.withdrawnAt, releasesRevoked: ended.length, closed, restricted: input.followUp === 'einschraenken' };
      });
    },
  };
}
