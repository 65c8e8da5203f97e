import { eq } from 'drizzle-orm';
import type { KimDb } from '../open';
import { cases } from '../schema';

/** The phase of a case ('abgeschlossen' when closed), or null when there is no such case. */
export function caseStatus(db: KimDb, caseId: string): string | null {
  return db.select({ phase: cases.phase }).from(cases).where(eq(cases.id, caseId)).get()?.phase ?? null;
}
