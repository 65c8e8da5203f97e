/**
 * Restriction of processing (Art. 18 DSGVO): from `since` the case is read only (the gate
 * requireOpenCase and the person checks below refuse every change), left out of search, Heute
 * and the statistic of quarters not yet published. Erasure on request (Art. 17) stays possible.
 * Lifting records the date and who; the rows stay, so the case shows when and why it was frozen.
 */
import { KimError } from '../../contract/errors';
import type { CaseRestrictions, RestrictionView } from '../../contract/areas/restriction';
import { caseById } from '../../../db/queries/cases';
import {
  insertRestriction,
  personRestricted,
  restrictionInForce,
  restrictionsOfCase,
  setRestrictionLifted,
  type RestrictionRow,
} from '../../../db/queries/restrictions';
import { actor, assertNotInFuture, db, newId, transaction, type ServiceContext } from '../context';

const view = (row: RestrictionRow): RestrictionView => ({
  id: row.id,
  caseId: row.caseId,
  since: row.since,
  reason: row.reason,
  recordedBy: row.recordedBy,
  recordedAt: row.recordedAt,
  liftedAt: row.liftedAt,
  liftedBy: row.liftedBy,
});

/**
 * Changes to a person (their data, household, releases, a new intake) are changes to the data of
 * every case of theirs: refused while one of them is restricted.
 */
export function requireUnrestrictedPerson(ctx: ServiceContext, personId: string): void {
  if (personRestricted(db(ctx), personId)) throw new KimError('PERSON_RESTRICTED');
}

export function caseRestrictions(ctx: ServiceContext, caseId: string): CaseRestrictions {
  if (!caseById(db(ctx), caseId)) throw new KimError('CASE_NOT_FOUND');
  const history = restrictionsOfCase(db(ctx), caseId).map(view);
  return { current: history.find((r) => r.liftedAt === null) ?? null, history };
}

/** Restricts the case from `since` (not after today, not before it was opened); open or closed alike. */
export function restrictCase(ctx: ServiceContext, input: { caseId: string; since: string; reason: string }): void {
  const found = caseById(db(ctx), input.caseId);
  if (!found) throw new KimError('CASE_NOT_FOUND');
  if (restrictionInForce(db(ctx), input.caseId)) throw new KimError('CASE_RESTRICTED');
  const reason = input.reason.trim();
  if (reason === '') throw new KimError('RESTRICTION_REASON_REQUIRED');
  assertNotInFuture(input.since, ctx.now());
  if (input.since < found.openedAt) throw new KimError('RESTRICTION_BEFORE_OPENED');
  const id = newId();
  insertRestriction(db(ctx), {
    id,
    caseId: input.caseId,
    since: input.since,
    reason,
    recordedBy: actor(ctx),
    recordedAt: ctx.now().toISOString(),
    liftedAt: null,
    liftedBy: null,
  });
  ctx.store.audit('case.restricted', 'case', input.caseId);
}

export function restrictionService(ctx: ServiceContext) {
  return {
    ofCase: (input: { caseId: string }): CaseRestrictions => caseRestrictions(ctx, input.caseId),

    restrict(input: { caseId: string; since: string; reason: string }): CaseRestrictions {
      transaction(ctx, () => restrictCase(ctx, input));
      return caseRestrictions(ctx, input.caseId);
    },

    lift(input: { caseId: string; liftedAt: string }): CaseRestrictions {
      transaction(ctx, () => {
        if (!caseById(db(ctx), input.caseId)) throw new KimError('CASE_NOT_FOUND');
        const current = restrictionInForce(db(ctx), input.caseId);
        if (!current) throw new KimError('RESTRICTION_NOT_IN_FORCE');
        assertNotInFuture(input.liftedAt, ctx.now());
        if (input.liftedAt < current.since) throw new KimError('RESTRICTION_LIFT_BEFORE_SINCE');
        setRestrictionLifted(db(ctx), current.id, input.liftedAt, actor(ctx));
        ctx.store.audit('case.restriction_lifted', 'case', input.caseId);
      });
      return caseRestrictions(ctx, input.caseId);
    },
  };
}
