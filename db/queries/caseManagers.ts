/** The unit's case managers (Einstellungen → Fallmanagement), for Vertretung and handing a case to a colleague. */
import { eq, sql } from 'drizzle-orm';
import type { KimDb } from '../open';
import { caseManagers, cases } from '../schema';

export type CaseManagerRow = typeof caseManagers.$inferSelect;

/** Sorted by name as people read it (case-insensitive). */
export function allCaseManagers(db: KimDb): CaseManagerRow[] {
  return db.select().from(caseManagers).orderBy(sql`${caseManagers.name} COLLATE NOCASE`).all();
}

export function caseManagerById(db: KimDb, id: string): CaseManagerRow | undefined {
  return db.select().from(caseManagers).where(eq(caseManagers.id, id)).get();
}

export function caseManagerByName(db: KimDb, name: string): CaseManagerRow | undefined {
  return db.select().from(caseManagers).where(sql`${caseManagers.name} = ${name} COLLATE NOCASE`).get();
}

export function insertCaseManager(db: KimDb, row: typeof caseManagers.$inferInsert): void {
  db.insert(caseManagers).values(row).run();
}

export function setCaseManagerActive(db: KimDb, id: string, active: boolean): void {
  db.update(caseManagers).set({ active }).where(eq(caseManagers.id, id)).run();
}

/** Open cases per case manager's name (as written on the cases). */
export function openCaseCounts(db: KimDb): Map<string, number> {
  const rows = db
    .select({ name: cases.caseManager, count: sql<number>`count(*)` })
    .from(cases)
    .where(sql`${cases.phase} <> 'abgeschlossen'`)
    .groupBy(cases.caseManager)
    .all();
  return new Map(rows.map((r) => [r.name, r.count]));
}
