/**
 * Contract methods for the restriction of processing (Art. 18 DSGVO): a case is frozen (read
 * only, left out of search, Heute and the statistic of quarters not yet published) from a date,
 * with the reason; lifting it ends the restriction, the history stays with the case.
 */
import { z } from 'zod';
import { method } from '../define';
import { isoDate, recordId } from '../fields';

export const RESTRICTION_REASON_MAX = 500;

export interface RestrictionView {
  id: string;
  caseId: string;
  /** YYYY-MM-DD from which processing is restricted. */
  since: string;
  reason: string;
  recordedBy: string;
  recordedAt: string;
  /** YYYY-MM-DD on which it was lifted; null while it holds. */
  liftedAt: string | null;
  liftedBy: string | null;
}

export interface CaseRestrictions {
  /** The restriction in force, or null. */
  current: RestrictionView | null;
  /** Every restriction of the case, the oldest first (the one in force included). */
  history: RestrictionView[];
}

export const restrictionReason = z.string().trim().min(1).max(RESTRICTION_REASON_MAX);

export const restrictionMethods = {
  'restrictions.ofCase': method<CaseRestrictions>()(z.object({ caseId: recordId }).strict(), ['LOCKED', 'CASE_NOT_FOUND']),
  'restrictions.restrict': method<CaseRestrictions>()(z.object({ caseId: recordId, since: isoDate, reason: restrictionReason }).strict(), [
    'LOCKED',
    'CASE_NOT_FOUND',
    'CASE_RESTRICTED',
    'DATE_IN_FUTURE',
    'RESTRICTION_BEFORE_OPENED',
  ]),
  'restrictions.lift': method<CaseRestrictions>()(z.object({ caseId: recordId, liftedAt: isoDate }).strict(), [
    'LOCKED',
    'CASE_NOT_FOUND',
    'RESTRICTION_NOT_IN_FORCE',
    'DATE_IN_FUTURE',
    'RESTRICTION_LIFT_BEFORE_SINCE',
  ]),
} as const;
