/**
 * Contract methods of the papers of daily work as PDFs: the case file (Verlauf) of one case, the
 * summary of a consultation hour (Sprechstunde), the Heute list of a day, and the referral sheet
 * (Übergabebogen) for a partner. Read only, except for the audit entry that records that
 * personal data left the screen as a file.
 */
import { z } from 'zod';
import { method } from '../define';
import { isoDate, recordId } from '../fields';

export interface DocumentFile {
  /** No name of a person in it: the file may lie in a downloads folder. */
  fileName: string;
  bytes: Uint8Array;
}

export const documentMethods = {
  'documents.caseFile': method<DocumentFile>()(z.object({ caseId: recordId }).strict(), ['LOCKED', 'CASE_NOT_FOUND', 'TEXT_UNPRINTABLE']),
  'documents.consultationSummary': method<DocumentFile>()(z.object({ sessionId: recordId }).strict(), ['LOCKED', 'SESSION_NOT_FOUND', 'TEXT_UNPRINTABLE']),
  /** The day looked at; today when not given (as today.items). */
  'documents.today': method<DocumentFile>()(z.object({ date: isoDate.optional() }).strict(), ['LOCKED', 'TEXT_UNPRINTABLE']),
  /**
   * What a partner receives about a person: only the kinds of data the release valid on `date`
   * (today when not given) covers; for one referral, or for a person and a partner.
   */
  'documents.referralSheet': method<DocumentFile>()(
    z.union([
      z.object({ referralId: recordId, date: isoDate.optional() }).strict(),
      z.object({ personId: recordId, partnerId: recordId, date: isoDate.optional() }).strict(),
    ]),
    [
      'LOCKED',
      'REFERRAL_NOT_FOUND',
      'PERSON_NOT_FOUND',
      'PARTNER_NOT_FOUND',
      'DATE_IN_FUTURE',
      'PERSON_RESTRICTED',
      'PERSON_HANDED_OVER',
      'RELEASE_REQUIRED',
      'TEXT_UNPRINTABLE',
    ],
  ),
} as const;
