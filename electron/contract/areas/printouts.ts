/**
 * Print, then sign: each paper printed to be signed (Zielvereinbarung, Einwilligung,
 * Schweigepflichtentbindung) is recorded with a short code printed in its footer
 * ("Ausdruck 7KQ3M9"). Recording the signature names the printout signed; this lists them.
 */
import { z } from 'zod';
import { method } from '../define';
import { recordId } from '../fields';
import { PRINTOUT_DOCUMENTS } from '../vocabulary';
import type { DocumentLanguage } from './documentTexts';

export { PRINTOUT_DOCUMENTS };
export type PrintoutDocument = (typeof PRINTOUT_DOCUMENTS)[number];

/** One recorded printout, with what was signed on it (if anything yet). */
export interface PrintoutView {
  id: string;
  /** The code in the footer, e.g. "7KQ3M9". */
  code: string;
  document: PrintoutDocument;
  /** German label of the document ("Zielvereinbarung"). */
  documentLabel: string;
  language: DocumentLanguage;
  /** German name of the language ("Arabisch"); for German only "Deutsch". */
  languageName: string;
  printedAt: string;
  printedBy: string;
  /** The agreement version printed (Zielvereinbarung). */
  agreementId: string | null;
  /** The partner the release is for (Schweigepflichtentbindung). */
  partnerId: string | null;
  /** The agreement recorded as signed on this printout. */
  signedAgreementId: string | null;
  /** The release recorded as given on this printout. */
  releaseId: string | null;
  /** The consent recorded (at an intake) as given on this printout. */
  consentId: string | null;
}

/** The printout named by a signature, as a summary or release shows it. */
export interface SignedPrintout {
  id: string;
  code: string;
  language: DocumentLanguage;
  languageName: string;
  printedAt: string;
}

export const printoutMethods = {
  /**
   * Printouts, newest first: a person's (optionally of one document or partner), or an agreement
   * version's (the agreement screen knows its case, not always the person). One of the two is required.
   */
  'printouts.list': method<PrintoutView[]>()(
    z
      .object({
        personId: recordId.optional(),
        document: z.enum(PRINTOUT_DOCUMENTS).optional(),
        agreementId: recordId.optional(),
        partnerId: recordId.optional(),
      })
      .strict()
      .refine((input) => input.personId !== undefined || input.agreementId !== undefined),
    ['LOCKED', 'PERSON_NOT_FOUND'],
  ),
} as const;
