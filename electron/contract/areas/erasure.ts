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

/**
 * The help text beside the setting (Einstellungen). No law fixes a number of years for case
 * management files: the rule is to erase once the data is no longer needed for the task
 * (§ 84 Abs. 2 SGB X, Art. 17 Abs. 1 lit. a DSGVO); the unit decides with its data-protection
 * officer, e.g. by the funder's duty to keep records. 10 years is only the starting value.
 */
export const RETENTION_HELP =
  'Abgeschlossene Fälle werden gelöscht, sobald sie für die Aufgabe nicht mehr gebraucht werden (§ 84 Abs. 2 SGB X, Art. 17 Abs. 1 Buchst. a DSGVO). ' +
  'Die Frist zählt ab dem Ende des Jahres, in dem der Fall abgeschlossen wurde. Ein Gesetz schreibt keine feste Zahl von Jahren vor: ' +
  'Bitte legen Sie die Frist mit Ihrer oder Ihrem Datenschutzbeauftragten fest, z. B. nach den Aufbewahrungspflichten Ihres Zuwendungsbescheids. ' +
  'Voreingestellt sind 10 Jahre.';

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
  /** A person without a case (only an Erstberatung or a consultation-hour contact), on request: always with a reason. */
  'erasure.erasePersonWithoutCase': method<ErasureResult>()(z.object({ personId: recordId, reason }).strict(), [
    'LOCKED',
    'PERSON_NOT_FOUND',
    'ERASURE_PERSON_HAS_CASES',
    'ERASURE_REASON_REQUIRED',
  ]),
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
