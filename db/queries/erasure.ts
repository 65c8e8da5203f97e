/**
 * Erasure of a person and the retention periods (electron/services/erasure). Plain prepared
 * statements on the connection rather than drizzle: the deletions are one list of SQL
 * (personRecords.ts) run in order, and the service runs them all in its own transaction.
 */
import type Database from 'better-sqlite3';
import { dropFromDemoList } from './demoData';
import { deletePersonRecords } from './personRecords';

/** The person a case belongs to, their household, and all their cases (oldest first). */
export interface ErasureTarget {
  personId: string;
  householdId: string | null;
  cases: { id: string; caseNumber: string; closedAt: string | null }[];
}

/** Who erasing `caseId` takes, with all their cases; null when there is no such case. */
export function erasureTarget(sqlite: Database.Database, caseId: string): ErasureTarget | null {
  const row = sqlite
    .prepare('SELECT c.person_id AS personId, p.household_id AS householdId FROM cases c JOIN persons p ON p.id = c.person_id WHERE c.id = ?')
    .get(caseId) as { personId: string; householdId: string | null } | undefined;
  if (!row) return null;
  const cases = sqlite
    .prepare('SELECT id, case_number AS caseNumber, closed_at AS closedAt FROM cases WHERE person_id = ? ORDER BY opened_at, case_number')
    .all(row.personId) as ErasureTarget['cases'];
  return { ...row, cases };
}

/** Who erasing the person `personId` takes, with all their cases; null when there is no such person. */
export function personErasureTarget(sqlite: Database.Database, personId: string): ErasureTarget | null {
  const row = sqlite.prepare('SELECT id AS personId, household_id AS householdId FROM persons WHERE id = ?').get(personId) as
    | { personId: string; householdId: string | null }
    | undefined;
  if (!row) return null;
  const cases = sqlite
    .prepare('SELECT id, case_number AS caseNumber, closed_at AS closedAt FROM cases WHERE person_id = ? ORDER BY opened_at, case_number')
    .all(personId) as ErasureTarget['cases'];
  return { ...row, cases };
}

/** The id of the case with that number (as typed on the command line), or null. */
export function caseIdByNumber(sqlite: Database.Database, caseNumber: string): string | null {
  const row = sqlite.prepare('SELECT id FROM cases WHERE case_number = ?').get(caseNumber) as { id: string } | undefined;
  return row ? row.id : null;
}

/**
 * Lets the triggers that keep assessments from being deleted pass until `endErasure`; called
 * inside the erasure's transaction, so a rollback takes the mark back too.
 */
export function beginErasure(sqlite: Database.Database): void {
  sqlite.prepare('INSERT INTO erasure_in_progress (id) VALUES (1)').run();
}

/** Removes the mark of `beginErasure`: the assessments' triggers guard again. */
export function endErasure(sqlite: Database.Database): void {
  sqlite.prepare('DELETE FROM erasure_in_progress').run();
}

/**
 * Deletes the person's and their cases' records (db/queries/personRecords.ts). Another person's
 * referral naming this person's release (should not happen) keeps the referral, not the link.
 */
export function deletePersonAndCases(sqlite: Database.Database, personId: string, caseIds: string[]): void {
  sqlite.prepare('UPDATE referrals SET release_id = NULL WHERE release_id IN (SELECT id FROM releases WHERE person_id = ?)').run(personId);
  deletePersonRecords(sqlite, personId, caseIds);
  dropFromDemoList(sqlite, [personId]);
}

/** Deletes the household when no person is left in it. */
export function deleteHouseholdIfEmpty(sqlite: Database.Database, householdId: string): void {
  const gone = sqlite
    .prepare('DELETE FROM households WHERE id = ? AND NOT EXISTS (SELECT 1 FROM persons WHERE household_id = ?)')
    .run(householdId, householdId);
  if (gone.changes > 0) dropFromDemoList(sqlite, [householdId]);
}

/** Deleted FTS5 entries stay in older index segments until they are merged: this merges them. */
export function optimizeSearchIndex(sqlite: Database.Database): void {
  sqlite.prepare(`INSERT INTO search_index (search_index) VALUES ('optimize')`).run();
}

/** The record kept of an erasure: case numbers (JSON array), reason and who — no personal data. */
export function insertErasure(
  sqlite: Database.Database,
  erasure: { id: string; erasedAt: string; caseNumbers: string[]; reason: string; actor: string },
): void {
  sqlite
    .prepare('INSERT INTO erasures (id, erased_at, case_numbers, reason, actor) VALUES (?, ?, ?, ?, ?)')
    .run(erasure.id, erasure.erasedAt, JSON.stringify(erasure.caseNumbers), erasure.reason, erasure.actor);
}

/** A case with its latest hold (`keepUntil`, null without one), as the retention check needs it. */
export interface RetentionCaseRow {
  id: string;
  personId: string;
  caseNumber: string;
  closedAt: string | null;
  keepUntil: string | null;
}

/**
 * Every case of every person with at least one closed case, by person, then closure and number:
 * a person's open cases are included because one of them keeps the person from being due.
 */
export function casesOfPersonsWithClosedCases(sqlite: Database.Database): RetentionCaseRow[] {
  return sqlite
    .prepare(
      `SELECT c.id, c.person_id AS personId, c.case_number AS caseNumber, c.closed_at AS closedAt,
              (SELECT max(h.keep_until) FROM retention_holds h WHERE h.case_id = c.id) AS keepUntil
       FROM cases c
       WHERE c.person_id IN (SELECT person_id FROM cases WHERE closed_at IS NOT NULL)
       ORDER BY c.person_id, c.closed_at, c.case_number`,
    )
    .all() as RetentionCaseRow[];
}

/** The person's primary name as "given family" (any name when none is primary), or null without a name. */
export function primaryNameOf(sqlite: Database.Database, personId: string): string | null {
  const row = sqlite
    .prepare('SELECT given_names AS g, family_name AS f FROM person_names WHERE person_id = ? ORDER BY is_primary DESC, rowid LIMIT 1')
    .get(personId) as { g: string; f: string } | undefined;
  return row ? `${row.g} ${row.f}`.trim() : null;
}

/** When the case was closed (null: still open); undefined when there is no such case. */
export function caseClosedAt(sqlite: Database.Database, caseId: string): { closedAt: string | null } | undefined {
  return sqlite.prepare('SELECT closed_at AS closedAt FROM cases WHERE id = ?').get(caseId) as { closedAt: string | null } | undefined;
}

export function insertRetentionHold(
  sqlite: Database.Database,
  hold: { id: string; caseId: string; keepUntil: string; reason: string; recordedBy: string; recordedAt: string },
): void {
  sqlite
    .prepare(
      'INSERT INTO retention_holds (id, case_id, keep_until, reason, recorded_by, recorded_at) VALUES (@id, @caseId, @keepUntil, @reason, @recordedBy, @recordedAt)',
    )
    .run(hold);
}
