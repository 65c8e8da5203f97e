/** Printouts (print, then sign): what was printed to be signed, for whom, and which signature names it. */
import { and, desc, eq, getTableColumns, sql } from 'drizzle-orm';
import type { KimDb } from '../open';
import { printouts } from '../schema';

export type PrintoutRow = typeof printouts.$inferSelect;
export type PrintoutWithUse = PrintoutRow & { signedAgreementId: string | null; releaseId: string | null; consentId: string | null };

/** Never updated afterwards (a trigger refuses it): the record of a paper handed out. */
export function insertPrintout(db: KimDb, printout: typeof printouts.$inferInsert): void {
  db.insert(printouts).values(printout).run();
}

export function codeTaken(db: KimDb, code: string): boolean {
  return db.select({ id: printouts.id }).from(printouts).where(eq(printouts.code, code)).get() !== undefined;
}

export function findPrintout(db: KimDb, id: string): PrintoutRow | undefined {
  return db.select().from(printouts).where(eq(printouts.id, id)).get();
}

export interface PrintoutFilter {
  personId?: string | undefined;
  document?: PrintoutRow['document'] | undefined;
  agreementId?: string | undefined;
  partnerId?: string | undefined;
}

/** Printouts (of a person, an agreement version, …), newest first, each with the agreement or release that names it. */
export function listPrintouts(db: KimDb, filter: PrintoutFilter): PrintoutWithUse[] {
  const conditions = [];
  if (filter.personId) conditions.push(eq(printouts.personId, filter.personId));
  if (filter.document) conditions.push(eq(printouts.document, filter.document));
  if (filter.agreementId) conditions.push(eq(printouts.agreementId, filter.agreementId));
  if (filter.partnerId) conditions.push(eq(printouts.partnerId, filter.partnerId));
  return db
    .select({
      ...getTableColumns(printouts),
      // Spelled out: drizzle leaves columns unqualified in a one-table select, and `id` would be the subquery's own.
      signedAgreementId: sql<string | null>`(select a.id from agreements a where a.signed_printout_id = printouts.id limit 1)`,
      releaseId: sql<string | null>`(select r.id from releases r where r.printout_id = printouts.id limit 1)`,
      consentId: sql<string | null>`(select k.id from consents k where k.printout_id = printouts.id limit 1)`,
    })
    .from(printouts)
    .where(and(...conditions))
    .orderBy(desc(printouts.printedAt), desc(sql`printouts.rowid`))
    .all();
}

/** Whether any printout of this agreement version exists: then signing must name one. */
export function agreementHasPrintouts(db: KimDb, agreementId: string): boolean {
  return db.select({ id: printouts.id }).from(printouts).where(eq(printouts.agreementId, agreementId)).limit(1).get() !== undefined;
}

/** Named by any signature (an agreement, a release, a consent): the SQL of "this paper is signed". */
const namedBySignature = sql`(exists (select 1 from agreements a where a.signed_printout_id = printouts.id)
  or exists (select 1 from releases r where r.printout_id = printouts.id)
  or exists (select 1 from consents k where k.printout_id = printouts.id))`;

/** Whether a signature already names this printout: a paper is signed once. */
export function printoutSigned(db: KimDb, printoutId: string): boolean {
  return (
    db
      .select({ id: printouts.id })
      .from(printouts)
      .where(and(eq(printouts.id, printoutId), namedBySignature))
      .get() !== undefined
  );
}

/**
 * Whether this person has printouts of the document (for this partner) that no signature names
 * yet: then a written signature was given on one of them and must name it.
 */
export function unsignedPrintoutsExist(db: KimDb, paper: { personId: string; document: PrintoutRow['document']; partnerId?: string | undefined }): boolean {
  const conditions = [eq(printouts.personId, paper.personId), eq(printouts.document, paper.document), sql`not ${namedBySignature}`];
  if (paper.partnerId !== undefined) conditions.push(eq(printouts.partnerId, paper.partnerId));
  return (
    db
      .select({ id: printouts.id })
      .from(printouts)
      .where(and(...conditions))
      .limit(1)
      .get() !== undefined
  );
}
