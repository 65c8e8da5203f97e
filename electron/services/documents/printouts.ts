/**
 * Print, then sign. A paper to be signed (Zielvereinbarung, Einwilligung, Schweigepflichtentbindung)
 * carries a short code in its footer ("Ausdruck 7KQ3M9"); the printout is recorded with the
 * SHA-256 of the file handed out. Recording the signature later names the printout, so the file
 * shows which printed version (language, wording, day) was signed.
 */
import { createHash, randomInt } from 'node:crypto';
import type { DocumentLanguage } from '../../contract/areas/documentTexts';
import type { DOCUMENT_FORMS } from '../../contract/vocabulary';
import type { PrintoutDocument, PrintoutView, SignedPrintout } from '../../contract/areas/printouts';
import { PRINTOUT_DOCUMENT_LABELS } from '../../contract/labels';
import { KimError } from '../../contract/errors';
import {
  codeTaken,
  findPrintout,
  insertPrintout,
  printoutSigned,
  unsignedPrintoutsExist,
  listPrintouts,
  type PrintoutFilter,
  type PrintoutRow,
  type PrintoutWithUse,
} from '../../../db/queries/printouts';
import { personExists } from '../../../db/queries/releases';
import { actor, db, newId, type ServiceContext, today, transaction } from '../context';
import { DOCUMENT_TEXT_CATALOGUE } from './texts';

/**
 * Crockford's base32: digits and capitals without I, L, O and U, so nothing is mistaken for 1,
 * 0 or V on a paper, read aloud on the phone or typed back. 32 signs, six places: about a
 * thousand million codes.
 */
export const PRINTOUT_CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const PRINTOUT_CODE_LENGTH = 6;
/** A clash is one in millions per try; ten in a row means something else is wrong. */
const MAX_TRIES = 10;

/** A random code (crypto random: a code must not be guessable from the ones before it). */
export function newPrintoutCode(): string {
  let code = '';
  for (let i = 0; i < PRINTOUT_CODE_LENGTH; i++) code += PRINTOUT_CODE_ALPHABET[randomInt(PRINTOUT_CODE_ALPHABET.length)];
  return code;
}

export interface PrintoutSubject {
  document: PrintoutDocument;
  personId: string;
  /** The agreement version printed (Zielvereinbarung). */
  agreementId?: string | undefined;
  /** The partner the release is for (Schweigepflichtentbindung). */
  partnerId?: string | undefined;
  language: DocumentLanguage;
}

const isCodeClash = (error: unknown): boolean =>
  error instanceof Error && (error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE' && error.message.includes('printouts.code');

/**
 * Makes a new code, renders the paper with it (`render` puts it in the footer) and records the
 * printout: the file's SHA-256, when and by whom, in one transaction with its audit entry.
 * Returns the bytes as rendered: exactly what the hash is of. A code taken meanwhile (another
 * print between choosing and recording) renders again with a new one: the paper must carry the
 * code recorded.
 */
export async function printForSigning(ctx: ServiceContext, subject: PrintoutSubject, render: (code: string) => Promise<Uint8Array>): Promise<Uint8Array> {
  for (let attempt = 0; attempt < MAX_TRIES; attempt++) {
    let code = newPrintoutCode();
    while (codeTaken(db(ctx), code)) code = newPrintoutCode();
    const bytes = await render(code);
    const id = newId();
    try {
      transaction(ctx, () => {
        insertPrintout(db(ctx), {
          id,
          code,
          document: subject.document,
          personId: subject.personId,
          agreementId: subject.agreementId ?? null,
          partnerId: subject.partnerId ?? null,
          language: subject.language,
          fileSha256: sha256Hex(bytes),
          printedAt: ctx.now().toISOString(),
          printedBy: actor(ctx),
        });
        ctx.store.audit('printout.recorded', 'printout', id);
      });
    } catch (error) {
      if (isCodeClash(error)) continue;
      throw error;
    }
    return bytes;
  }
  throw new Error('printForSigning: no free printout code after several tries');
}

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

export function printoutView(row: PrintoutWithUse): PrintoutView {
  const language = row.language as DocumentLanguage;
  return {
    id: row.id,
    code: row.code,
    document: row.document,
    documentLabel: PRINTOUT_DOCUMENT_LABELS[row.document],
    language,
    languageName: languageName(language),
    printedAt: row.printedAt,
    printedBy: row.printedBy,
    agreementId: row.agreementId,
    partnerId: row.partnerId,
    signedAgreementId: row.signedAgreementId,
    releaseId: row.releaseId,
    consentId: row.consentId,
  };
}

const languageName = (language: string): string => DOCUMENT_TEXT_CATALOGUE[language as DocumentLanguage]?.name ?? language;

/** The printout a signature names, as summaries and release views show it; null when none was named. */
export function signedPrintoutOf(printout: {
  id: string | null;
  code: string | null;
  language: string | null;
  printedAt: string | null;
}): SignedPrintout | null {
  if (printout.id === null || printout.code === null || printout.language === null || printout.printedAt === null) return null;
  return {
    id: printout.id,
    code: printout.code,
    language: printout.language as DocumentLanguage,
    languageName: languageName(printout.language),
    printedAt: printout.printedAt,
  };
}

/** Which paper a signature is recorded for: the printout named must be one of it. */
export interface SignedPaper {
  document: PrintoutDocument;
  personId?: string;
  agreementId?: string;
  partnerId?: string;
}

/**
 * The printout named by a signature: it exists, is a print of this very paper (document, and the
 * agreement version or the person and partner), and was printed on or before the day signed
 * (a paper cannot be signed before it was printed; days in the device's time zone, as `signedAt`).
 */
export function requireSignedPrintout(ctx: ServiceContext, printoutId: string, paper: SignedPaper, signedAt: string): PrintoutRow {
  const printout = findPrintout(db(ctx), printoutId);
  if (!printout) throw new KimError('PRINTOUT_NOT_FOUND');
  const matches =
    printout.document === paper.document &&
    (paper.personId === undefined || printout.personId === paper.personId) &&
    (paper.agreementId === undefined || printout.agreementId === paper.agreementId) &&
    (paper.partnerId === undefined || printout.partnerId === paper.partnerId);
  if (!matches) throw new KimError('PRINTOUT_NOT_FOR_THIS_PAPER');
  if (signedAt < today(new Date(printout.printedAt))) throw new KimError('SIGNED_BEFORE_PRINTED');
  return printout;
}

/**
 * Print, then sign, for a signature recorded with a form (a release, a consent at the intake): a
 * written one signed on a paper the app printed names that printout; one is required while the
 * person has printouts of the paper no signature names yet; a printout is signed once; an oral or
 * electronic signature was not given on paper and names none. Returns the printout to store.
 */
export function printoutOfWrittenSignature(
  ctx: ServiceContext,
  paper: SignedPaper & { personId: string },
  signature: { form: (typeof DOCUMENT_FORMS)[number]; signedAt: string; printoutId?: string | undefined },
): string | null {
  const printoutId = signature.printoutId ?? null;
  if (printoutId === null) {
    if (signature.form === 'schriftlich' && unsignedPrintoutsExist(db(ctx), paper)) throw new KimError('PRINTOUT_REQUIRED');
    return null;
  }
  if (signature.form !== 'schriftlich') throw new KimError('PRINTOUT_NOT_FOR_FORM');
  requireSignedPrintout(ctx, printoutId, paper, signature.signedAt);
  if (printoutSigned(db(ctx), printoutId)) throw new KimError('PRINTOUT_ALREADY_USED');
  return printoutId;
}

export function createPrintoutServices(ctx: ServiceContext) {
  return {
    printouts: {
      list(input: PrintoutFilter): PrintoutView[] {
        if (input.personId !== undefined && !personExists(db(ctx), input.personId)) throw new KimError('PERSON_NOT_FOUND');
        // Neither given (a caller bypassing the contract): no list of every printout in the store.
        if (input.personId === undefined && input.agreementId === undefined) return [];
        return listPrintouts(db(ctx), input).map(printoutView);
      },
    },
  };
}
