/**
 * Contract methods of the handover (Übergabe) of cases to a colleague's device: an encrypted
 * package under a one-time passphrase told by phone, its import on the other device (with the
 * duplicate check), and the confirmation back, after which the sender may erase the persons.
 * Files are chosen in the main process (a system dialog), never named by the renderer.
 */
import { z } from 'zod';
import { method } from '../define';
import { recordId } from '../fields';
import type { LikelyDuplicate } from './consultation';

export const HANDOVER_RECIPIENT_MAX = 200;
export const HANDOVER_MAX_CASES = 200;

/** A person a handover takes: always with every case of theirs (erasure afterwards works per person). */
export interface HandoverPersonPreview {
  personId: string;
  /** The primary spelling, "Vornamen Familienname"; null when no name is recorded. */
  displayName: string | null;
  caseNumbers: string[];
  /** Cases of the person that were not selected but travel with them. */
  addedCaseNumbers: string[];
}

export interface HandoverSelection {
  persons: HandoverPersonPreview[];
  /** Every case number the package would carry, in order. */
  caseNumbers: string[];
}

export interface HandoverSent {
  handoverId: string;
  /** Shown once, to be told by phone; never stored. Groups of four, e.g. "K7QM-2XHB-…". */
  passphrase: string;
  file: string;
  bytes: number;
  caseNumbers: string[];
}

export type HandoverStatus = 'versandt' | 'bestaetigt' | 'geloescht';

export interface HandoverSummary {
  id: string;
  createdAt: string;
  createdBy: string;
  recipient: string;
  caseNumbers: string[];
  confirmedAt: string | null;
  /** versandt: waiting for the receiver's code; bestaetigt: may be erased here; geloescht: nothing of it is left here. */
  status: HandoverStatus;
}

export interface HandoverInspection {
  /** Names the chosen file for `handover.import` (the main process keeps the path; cleared when locked). */
  token: string;
  packageId: string;
  createdAt: string;
  sender: string;
  recipient: string;
  persons: {
    displayName: string | null;
    birthDate: string | null;
    /** Numbers the cases had on the sender's device. */
    formerCaseNumbers: string[];
    /** People already recorded here who may be the same person (the intake's duplicate check). */
    duplicates: LikelyDuplicate[];
  }[];
  /** Configuration entries the records point to and this store lacks, in German ("Partnerstelle: …"). */
  missingConfiguration: string[];
  alreadyImported: boolean;
  /** Some person or case of the package is stored here already. */
  recordsExist: boolean;
}

export interface HandoverImported {
  packageId: string;
  /** The numbers given here, in the package's order. */
  caseNumbers: string[];
  formerCaseNumbers: string[];
  /** To be read back to the sender by phone: they enter it to confirm the handover. */
  confirmationCode: string;
}

const caseIds = z.array(recordId).min(1).max(HANDOVER_MAX_CASES);
const recipient = z.string().trim().min(1).max(HANDOVER_RECIPIENT_MAX);
/** The one-time passphrase as typed: 24 characters in groups, separators and spaces allowed. */
const oneTimePassphrase = z.string().trim().min(1).max(100);
const token = z.string().regex(/^[0-9a-f]{32}$/);

export const handoverMethods = {
  /** What a selection of cases would carry: the persons with all their cases. */
  'handover.preview': method<HandoverSelection>()(z.object({ caseIds }).strict(), [
    'LOCKED',
    'CASE_NOT_FOUND',
    'HANDOVER_CASE_RESTRICTED',
    'HANDOVER_ALREADY_HANDED_OVER',
  ]),
  /** Asks where to save, writes the package and marks the cases handed over; null when cancelled. */
  'handover.export': method<HandoverSent | null>()(z.object({ caseIds, recipient }).strict(), [
    'LOCKED',
    'CASE_NOT_FOUND',
    'HANDOVER_CASE_RESTRICTED',
    'HANDOVER_ALREADY_HANDED_OVER',
    'HANDOVER_TARGET_UNAVAILABLE',
    'HANDOVER_WRITE_FAILED',
  ]),
  'handover.list': method<HandoverSummary[]>()(z.object({}).strict(), ['LOCKED']),
  /** The receiver's code read back by phone. */
  'handover.confirm': method<HandoverSummary>()(z.object({ handoverId: recordId, code: z.string().trim().min(1).max(20) }).strict(), [
    'LOCKED',
    'HANDOVER_NOT_FOUND',
    'HANDOVER_CONFIRMATION_MISMATCH',
  ]),
  /** Erases the handed-over persons here (the case manager's explicit click, after the confirmation). */
  'handover.erase': method<HandoverSummary>()(z.object({ handoverId: recordId }).strict(), [
    'LOCKED',
    'HANDOVER_NOT_FOUND',
    'HANDOVER_NOT_CONFIRMED',
    'HANDOVER_PERSON_HAS_OTHER_CASES',
  ]),
  /** Asks for a package and opens it with the one-time passphrase: what it holds, nothing written. Null when cancelled. */
  'handover.inspect': method<HandoverInspection | null>()(z.object({ passphrase: oneTimePassphrase }).strict(), [
    'LOCKED',
    'HANDOVER_FILE_MISSING',
    'HANDOVER_NOT_A_PACKAGE',
    'HANDOVER_FROM_FUTURE',
    'HANDOVER_DAMAGED',
    'HANDOVER_WRONG_PASSPHRASE',
  ]),
  /** Takes the inspected package over, every person as a new person here. */
  'handover.import': method<HandoverImported>()(
    z
      .object({
        token,
        passphrase: oneTimePassphrase,
        /** The case manager saw the possible duplicates and wants new persons anyway. */
        acceptDuplicates: z.boolean(),
      })
      .strict(),
    [
      'LOCKED',
      'HANDOVER_CHOICE_EXPIRED',
      'HANDOVER_FILE_MISSING',
      'HANDOVER_NOT_A_PACKAGE',
      'HANDOVER_FROM_FUTURE',
      'HANDOVER_DAMAGED',
      'HANDOVER_WRONG_PASSPHRASE',
      'HANDOVER_ALREADY_IMPORTED',
      'HANDOVER_RECORDS_EXIST',
      'HANDOVER_CONFIGURATION_MISSING',
      'HANDOVER_DUPLICATES_UNCONFIRMED',
    ],
  ),
} as const;
