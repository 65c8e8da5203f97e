/** Zielvereinbarungen: versioned snapshots of a case's goals; only the signature date is ever set afterwards. */
import { desc, eq, max } from 'drizzle-orm';
import type { KimDb } from '../open';
import { agreements, cases } from '../schema';

export type AgreementRow = typeof agreements.$inferSelect;
export type NewAgreement = typeof agreements.$inferInsert;

export function insertAgreement(db: KimDb, agreement: NewAgreement): void {
  db.insert(agreements).values(agreement).run();
}

export function agreementById(db: KimDb, id: string): AgreementRow | null {
  return db.select().from(agreements).where(eq(agreements.id, id)).get() ?? null;
}

export function agreementsOfCase(db: KimDb, caseId: string): AgreementRow[] {
  return db.select().from(agreements).where(eq(agreements.caseId, caseId)).orderBy(desc(agreements.version)).all();
}

export function latestAgreementVersion(db: KimDb, caseId: string): number {
  return (
    db
      .select({ last: max(agreements.version) })
      .from(agreements)
      .where(eq(agreements.caseId, caseId))
      .get()?.last ?? 0
  );
}

export function signAgreement(db: KimDb, id: string, signedAt: string): void {
  db.update(agreements).set({ signedAt }).where(eq(agreements.id, id)).run();
}

/** What the printed agreement names besides the goals: case number, case manager, client. */
export function caseHeader(db: KimDb, caseId: string) {
  return (
    db.select({ caseNumber: cases.caseNumber, caseManager: cases.caseManager, personId: cases.personId }).from(cases).where(eq(cases.id, caseId)).get() ?? null
  );
}
