/**
 * Contract methods of the client documents as PDFs: Einwilligung, Schweigepflichtentbindung and
 * Terminzettel, each in German or bilingual in the client's language (the catalogue's codes).
 * Printed to be signed on paper; nothing is recorded but the audit entry of the file.
 */
import { z } from 'zod';
import { method } from '../define';
import { isoDate, recordId } from '../fields';
import type { DocumentFile } from './documents';
import { DOCUMENT_LANGUAGES } from './documentTexts';
import { RELEASE_DATA_KINDS } from './network';

export const CLIENT_DOCUMENT_LIMITS = { purpose: 500, place: 300, withWhom: 200, bring: 1000, phone: 60 } as const;

const language = z.enum(DOCUMENT_LANGUAGES);
/** Free text for the paper; empty or missing prints an empty line to write on. */
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();
const noDuplicates = <T>(items: T[]) => new Set(items).size === items.length;

export const clientDocumentMethods = {
  'clientDocuments.consent': method<DocumentFile>()(z.object({ personId: recordId, language }).strict(), ['LOCKED', 'PERSON_NOT_FOUND', 'TEXT_UNPRINTABLE']),
  'clientDocuments.release': method<DocumentFile>()(
    z
      .object({
        personId: recordId,
        partnerId: recordId,
        language,
        purpose: optionalText(CLIENT_DOCUMENT_LIMITS.purpose),
        /** The kinds of data the release is to cover; none: empty lines to fill in. */
        dataKinds: z.array(z.enum(RELEASE_DATA_KINDS)).max(RELEASE_DATA_KINDS.length).refine(noDuplicates).optional(),
        validFrom: isoDate.nullable().optional(),
        /** Without validFrom it prints as an empty line; with validFrom and no validUntil the release is open-ended. */
        validUntil: isoDate.nullable().optional(),
      })
      .strict(),
    ['LOCKED', 'PERSON_NOT_FOUND', 'PARTNER_NOT_FOUND', 'RELEASE_VALID_UNTIL_BEFORE_GIVEN', 'TEXT_UNPRINTABLE'],
  ),
  'clientDocuments.appointment': method<DocumentFile>()(
    z
      .object({
        personId: recordId,
        language,
        date: isoDate,
        time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
        place: optionalText(CLIENT_DOCUMENT_LIMITS.place),
        withWhom: optionalText(CLIENT_DOCUMENT_LIMITS.withWhom),
        bring: optionalText(CLIENT_DOCUMENT_LIMITS.bring),
        phone: optionalText(CLIENT_DOCUMENT_LIMITS.phone),
      })
      .strict(),
    ['LOCKED', 'PERSON_NOT_FOUND', 'TEXT_UNPRINTABLE'],
  ),
} as const;
