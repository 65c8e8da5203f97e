/**
 * Contract method for withdrawing the consent to case management (Widerruf), dated. What follows
 * is the case manager's choice: the case is closed (reason 'mitwirkung_beendet') or its processing
 * is restricted (Art. 18 DSGVO, e.g. to keep it for a legal claim). Either way the person's
 * releases from professional secrecy end on the same day: no data is passed on after it.
 */
import { z } from 'zod';
import { method } from '../define';
import { isoDate, recordId } from '../fields';
import { restrictionReason } from './restriction';

export const CONSENT_WITHDRAWAL_FOLLOW_UPS = ['abschliessen', 'einschraenken'] as const;
export type ConsentWithdrawalFollowUp = (typeof CONSENT_WITHDRAWAL_FOLLOW_UPS)[number];

export interface ConsentWithdrawalResult {
  withdrawnAt: string;
  /** How many releases (Schweigepflichtentbindungen) ended with the withdrawal. */
  releasesRevoked: number;
  /** The case was closed by the withdrawal (false: it was closed already, or restricted instead). */
  closed: boolean;
  /** A restriction of processing is in force afterwards. */
  restricted: boolean;
}

export const consentMethods = {
  'consents.withdraw': method<ConsentWithdrawalResult>()(
    z
      .object({
        caseId: recordId,
        withdrawnAt: isoDate,
        followUp: z.enum(CONSENT_WITHDRAWAL_FOLLOW_UPS),
        /** Required when `followUp` is 'einschraenken'. */
        restrictionReason: restrictionReason.optional(),
      })
      .strict(),
    [
      'LOCKED',
      'CASE_NOT_FOUND',
      'CASE_RESTRICTED',
      'CASE_HANDED_OVER',
      'DATE_IN_FUTURE',
      'CONSENT_NOT_IN_FORCE',
      'CONSENT_WITHDRAWN_BEFORE_GIVEN',
      'RESTRICTION_REASON_REQUIRED',
      'RESTRICTION_BEFORE_OPENED',
    ],
  ),
} as const;
