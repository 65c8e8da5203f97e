/**
 * Contract methods for erasure (Art. 17 DSGVO, § 84 SGB X) and retention periods (Löschfristen):
 * erasing a person with all their cases, the closed cases whose period has run out, keeping a
 * case longer with a reason, and the period itself.
 */
import { z } from 'zod';
import { method } from '../define';
import { isoDate, recordId } from '../fields';

/** Years after the end of the year of closure; the default is the unit's to change. */
export const RETENTION_YEARS = { min: 1, max: 30, default: 10 } as const;
export const ERASURE_REASON_MAX = 500;

export interface RetentionSettings {
  /** A closed case is due for erasure at the end of the year of closure plus this many years. */
  retentionYears: number;
}

export interface ErasureResult {
  /** The case numbers erased with the person, oldest first. */
  caseNumbers: string[];
  erasedAt: string;
  /** The write-ahead log was emptied afterwards (false: another reader held it; emptied at the next checkpoint). */
  walTruncated: boolean;
}

/** A person whose every case is closed and past its retention period (and not held beyond the day). */
export interface DueErasure {
  personId: string;
  /** The most recently closed case: the one the list names and opens. */
  caseId: string;
  caseNumber: string;
  /** Every case of the person, all erased together. */
  caseNumbers: string[];
  /** The client's primary spelling, "Vornamen Familienname"; null when no name is recorded. */
  clientName: string | null;
  /** YYYY-MM-DD of the latest closure. */
  closedAt: string;
  /** YYYY-MM-DD: the first day the erasure was due (after the period, or after the last hold). */
  dueSince: string;
}

export interface RetentionHold {
  id: string;
  caseId: string;
  keepUntil: string;
  reason: string;
  recordedBy: string;
  recordedAt: string;
}

const reason = z.string().trim().min(1).max(ERASURE_REASON_MAX);

export const erasureMethods = {
  'erasure.erase': method<ErasureResult>()(
    z
      .object({
        caseId: recordId,
        /** Typed by the case manager as confirmation: must be the case's number. */
        confirmCaseNumber: z.string().trim().min(1).max(20),
        reason: reason.optional(),
      })
      .strict(),
    ['LOCKED', 'CASE_NOT_FOUND', 'ERASURE_CONFIRMATION_MISMATCH', 'ERASURE_REASON_REQUIRED'],
  ),
  'erasure.due': method<DueErasure[]>()(z.object({ date: isoDate.optional() }).strict(), ['LOCKED']),
  'erasure.hold': method<RetentionHold>()(z.object({ caseId: recordId, keepUntil: isoDate, reason }).strict(), [
    'LOCKED',
    'CASE_NOT_FOUND',
    'RETENTION_CASE_OPEN',
    'RETENTION_HOLD_NOT_LATER',
  ]),
  'erasure.settings': method<RetentionSettings>()(z.object({}).strict(), ['LOCKED']),
  'erasure.updateSettings': method<RetentionSettings>()(
    z.object({ retentionYears: z.number().int().min(RETENTION_YEARS.min).max(RETENTION_YEARS.max) }).strict(),
    ['LOCKED'],
  ),
} as const;
