/**
 * Zielvereinbarungen: versioned snapshots of a case's goals; only the signature (date, and the
 * printout signed) is ever set afterwards.
 */
import { desc, eq, getTableColumns, max, sql } from 'drizzle-orm';
import type { KimDb } from '../open';
import { insertRows, preparedFor, updateWhere } from '../preparedQueries';
import { agreements, cases, printouts } from '../schema';

/** An agreement with the printout it was signed on (print, then sign), if one was named. */
export type AgreementRow = typeof agreements.$inferSelect & {
  signedPrintoutCode: string | null;
  signedPrintoutLanguage: string | null;
  signedPrintoutPrintedAt: string | null;
};
export type NewAgreement = typeof agreements.$inferInsert;

// Prepared once per connection (db/preparedQueries.ts): the demo data drafts and signs
// thousands of agreements.

export function insertAgreement(db: KimDb, agreement: NewAgreement): void {
  insertRows(db, agreements, [agreement]);
}

const withSignedPrintout = {
  ...getTableColumns(agreements),
  signedPrintoutCode: printouts.code,
  signedPrintoutLanguage: printouts.language,
  signedPrintoutPrintedAt: printouts.printedAt,
};

const agreementWithId = (db: KimDb) =>
  db
    .select(withSignedPrintout)
    .from(agreements)
    .leftJoin(printouts, eq(printouts.id, agreements.signedPrintoutId))
    .where(eq(agreements.id, sql.placeholder('id')))
    .prepare();

export function agreementById(db: KimDb, id: string): AgreementRow | null {
  return preparedFor(db, agreementWithId).get({ id }) ?? null;
}

export function agreementsOfCase(db: KimDb, caseId: string): AgreementRow[] {
  return db
    .select(withSignedPrintout)
    .from(agreements)
    .leftJoin(printouts, eq(printouts.id, agreements.signedPrintoutId))
    .where(eq(agreements.caseId, caseId))
    .orderBy(desc(agreements.version))
    .all();
}

const latestVersionOfCase = (db: KimDb) =>
  db
    .select({ last: max(agreements.version) })
    .from(agreements)
    .where(eq(agreements.caseId, sql.placeholder('caseId')))
    .prepare();

export function latestAgreementVersion(db: KimDb, caseId: string): number {
  return preparedFor(db, latestVersionOfCase).get({ caseId })?.last ?? 0;
}

/** `signedPrintoutId`: the printout signed, or null for a paper the app did not print. */
export function signAgreement(db: KimDb, id: string, signedAt: string, signedPrintoutId: string | null = null): void {
  updateWhere(db, agreements, agreements.id, id, { signedAt, signedPrintoutId });
}

/** What the printed agreement names besides the goals: case number, case manager, client. */
export function caseHeader(db: KimDb, caseId: string) {
  return (
    db.select({ caseNumber: cases.caseNumber, caseManager: cases.caseManager, personId: cases.personId }).from(cases).where(eq(cases.id, caseId)).get() ?? null
  );
}
