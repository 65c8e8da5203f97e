import { eq, sql } from 'drizzle-orm';
import type { KimDb } from '../open';
import { insertRows, preparedFor, updateWhere } from '../preparedQueries';
import { caseEvents, cases, handoverCases } from '../schema';
import { caseIsRestricted } from './restrictions';

const phaseOfCase = (db: KimDb) =>
  db
    .select({ phase: cases.phase })
    .from(cases)
    .where(eq(cases.id, sql.placeholder('caseId')))
    .prepare();

/** The phase of a case ('abgeschlossen' when closed), or null when there is no such case. Checked on every change to a case: prepared once per connection. */
export function caseStatus(db: KimDb, caseId: string): string | null {
  return preparedFor(db, phaseOfCase).get({ caseId })?.phase ?? null;
}

const gateOfCase = (db: KimDb) =>
  db
    .select({
      phase: cases.phase,
      // Not written inline: in this one-table query drizzle writes cases.id as "id", which inside a
      // subquery on case_restrictions meant case_restrictions.id — the gate never saw a restriction.
      restricted: sql<number>`${caseIsRestricted(cases.id)}`,
      handedOver: sql<number>`exists (select 1 from ${handoverCases} where ${handoverCases.caseId} = ${cases.id})`,
    })
    .from(cases)
    .where(eq(cases.id, sql.placeholder('caseId')))
    .prepare();

/**
 * What decides whether a case may change: its phase, a restriction of processing in force
 * (Art. 18 DSGVO) and a handover to a colleague. Null when there is no such case.
 */
export function caseGate(db: KimDb, caseId: string): { phase: string; restricted: boolean; handedOver: boolean } | null {
  const row = preparedFor(db, gateOfCase).get({ caseId });
  return row ? { phase: row.phase, restricted: Boolean(row.restricted), handedOver: Boolean(row.handedOver) } : null;
}

/** Moves a case to `phase` and records it for the timeline (the caller decides that it moves). */
export function setCasePhase(
  db: KimDb,
  caseId: string,
  event: { id: string; phase: (typeof cases.$inferSelect)['phase']; at: string; by: string; kind: 'phase' },
): void {
  updateWhere(db, cases, cases.id, caseId, { phase: event.phase });
  insertRows(db, caseEvents, [{ id: event.id, caseId, at: event.at, kind: event.kind, phase: event.phase, by: event.by }]);
}
