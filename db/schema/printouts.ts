import { PRINTOUT_DOCUMENTS } from '../../electron/contract/vocabulary';
import { index, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { id } from './columns';
import { partners } from './configuration';
import { agreements } from './goals';
import { persons } from './persons';

/**
 * A paper printed to be signed (print, then sign): which document, for whom, in which language,
 * and a fingerprint of the file. Its short `code` is printed in the paper's footer, so the
 * signature recorded later names the very printout that was signed (agreements.signed_printout_id,
 * releases.printout_id). Personal data: erased with the person.
 */
export const printouts = sqliteTable(
  'printouts',
  {
    id: id(),
    /** Printed in the footer ("Ausdruck 7KQ3M9"): short enough to read off a paper, unique in the store. */
    code: text('code').notNull(),
    document: text('document', { enum: PRINTOUT_DOCUMENTS }).notNull(),
    personId: text('person_id')
      .notNull()
      .references(() => persons.id),
    /** The agreement version printed (Zielvereinbarung only); deleted with it. */
    agreementId: text('agreement_id').references(() => agreements.id, { onDelete: 'cascade' }),
    /** The partner the release is for (Schweigepflichtentbindung only). */
    partnerId: text('partner_id').references(() => partners.id),
    /** The client's language of the paper (documentTexts' codes; 'de' or 'de-x-leicht' for German only). */
    language: text('language').notNull(),
    /** SHA-256 (hex) of the PDF as it was handed out. */
    fileSha256: text('file_sha256').notNull(),
    printedAt: text('printed_at').notNull(),
    printedBy: text('printed_by').notNull(),
  },
  (t) => [
    uniqueIndex('printouts_code_idx').on(t.code),
    index('printouts_person_idx').on(t.personId, t.document),
    index('printouts_agreement_idx').on(t.agreementId),
  ],
);
