/** Printouts (print, then sign): what was printed to be signed, for whom, and which signature names it. */
import { and, desc, eq, getTableColumns, isNull, sql } from 'drizzle-orm';
import type { KimDb } from '../open';
import { consents, printouts } from '../schema';

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

export function printoutNamedByConsent(db: KimDb, printoutId: string): boolean {
  return db.select({ id: consents.id }).from(consents).where(eq(consents.printoutId, printoutId)).limit(1).get() !== undefined;
}

/**
 * Whether this person has printed Einwilligungen that no consent names yet: then a written consent
 * was signed on one of them and must name it (as a written release does).
 */
export function unsignedConsentPrintoutsExist(db: KimDb, personId: string): boolean {
  return (
    db
      .select({ id: printouts.id })
      .from(printouts)
      .leftJoin(consents, eq(consents.printoutId, printouts.id))
      .where(and(eq(printouts.personId, personId), eq(printouts.document, 'einwilligung'), isNull(consents.id)))
      .limit(1)
      .get() !== undefined
  );
}
