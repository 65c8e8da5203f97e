/**
 * Erasure of a person (Art. 17 DSGVO, § 84 SGB X): every row about them and all their cases, in
 * one transaction, then the freed bytes overwritten and the write-ahead log emptied, so that no
 * byte of their data remains in the file or its WAL. Kept: an `erasures` row (date, case
 * numbers, reason, who — no personal data), the audit log (who, when, record id, action), and
 * published statistics (frozen, no personal data).
 */
import type Database from 'better-sqlite3';
import { KimError } from '../../contract/errors';
import type { ErasureResult } from '../../contract/areas/erasure';
import { actor, newId, today, type ServiceContext } from '../context';
import { personDue } from './retention';

/** The reason recorded when the period ran out and the case manager gave none of their own. */
export const RETENTION_REASON = 'Löschfrist abgelaufen';

export interface EraseInput {
  caseId: string;
  confirmCaseNumber: string;
  reason?: string | undefined;
}

/**
 * Each statement removes one kind of record of the person `$p` or of their cases (the JSON array
 * `$c`), children before parents (foreign keys are on; few of them cascade). The search index
 * rows go by the triggers of migration 0008; the last statement removes any the triggers missed.
 */
const DELETIONS = [
  `DELETE FROM referral_status_history WHERE referral_id IN (SELECT id FROM referrals WHERE case_id IN (SELECT value FROM json_each($c)))`,
  `DELETE FROM referrals WHERE case_id IN (SELECT value FROM json_each($c))`,
  // Another person's referral naming this person's release (should not happen): the link goes, the referral stays.
  `UPDATE referrals SET release_id = NULL WHERE release_id IN (SELECT id FROM releases WHERE person_id = $p)`,
  `DELETE FROM assessment_entries WHERE assessment_id IN (SELECT id FROM assessments WHERE case_id IN (SELECT value FROM json_each($c)))`,
  `DELETE FROM assessments WHERE case_id IN (SELECT value FROM json_each($c))`,
  `DELETE FROM goal_steps WHERE goal_id IN (SELECT id FROM goals WHERE case_id IN (SELECT value FROM json_each($c)))`,
  `DELETE FROM goals WHERE case_id IN (SELECT value FROM json_each($c))`,
  `DELETE FROM agreements WHERE case_id IN (SELECT value FROM json_each($c))`,
  `DELETE FROM contact_topics WHERE contact_id IN (SELECT id FROM contacts WHERE person_id = $p OR case_id IN (SELECT value FROM json_each($c)))`,
  `DELETE FROM consultation_session_contacts WHERE contact_id IN (SELECT id FROM contacts WHERE person_id = $p OR case_id IN (SELECT value FROM json_each($c)))`,
  `DELETE FROM contacts WHERE person_id = $p OR case_id IN (SELECT value FROM json_each($c))`,
  `DELETE FROM follow_ups WHERE case_id IN (SELECT value FROM json_each($c))`,
  `DELETE FROM case_conference_participants WHERE conference_id IN (SELECT id FROM case_conferences WHERE case_id IN (SELECT value FROM json_each($c)))`,
  `DELETE FROM case_conferences WHERE case_id IN (SELECT value FROM json_each($c))`,
  `DELETE FROM consents WHERE person_id = $p OR case_id IN (SELECT value FROM json_each($c))`,
  `DELETE FROM case_events WHERE case_id IN (SELECT value FROM json_each($c))`,
  `DELETE FROM case_target_groups WHERE case_id IN (SELECT value FROM json_each($c))`,
  `DELETE FROM retention_holds WHERE case_id IN (SELECT value FROM json_each($c))`,
  `DELETE FROM intake_target_groups WHERE intake_id IN (SELECT id FROM intakes WHERE person_id = $p OR case_id IN (SELECT value FROM json_each($c)))`,
  `DELETE FROM intakes WHERE person_id = $p OR case_id IN (SELECT value FROM json_each($c))`,
  `DELETE FROM releases WHERE person_id = $p`,
  // A queue entry's label is what the person is called by: it goes, not only the link.
  `DELETE FROM consultation_queue WHERE person_id = $p`,
  `DELETE FROM consultation_session_persons WHERE person_id = $p`,
  `DELETE FROM cases WHERE id IN (SELECT value FROM json_each($c))`,
  `DELETE FROM person_attribute_history WHERE person_id = $p`,
  `DELETE FROM person_names WHERE person_id = $p`,
  `DELETE FROM persons WHERE id = $p`,
  `DELETE FROM search_docs WHERE person_id = $p OR case_id IN (SELECT value FROM json_each($c))`,
] as const;

interface Target {
  personId: string;
  householdId: string | null;
  cases: { id: string; caseNumber: string; closedAt: string | null }[];
}

function target(sqlite: Database.Database, caseId: string): Target | null {
  const row = sqlite
    .prepare('SELECT c.person_id AS personId, p.household_id AS householdId FROM cases c JOIN persons p ON p.id = c.person_id WHERE c.id = ?')
    .get(caseId) as { personId: string; householdId: string | null } | undefined;
  if (!row) return null;
  const cases = sqlite
    .prepare('SELECT id, case_number AS caseNumber, closed_at AS closedAt FROM cases WHERE person_id = ? ORDER BY opened_at, case_number')
    .all(row.personId) as Target['cases'];
  return { ...row, cases };
}

/**
 * Erases the person of `caseId` with all their cases. Checks: the typed case number must be the
 * case's; a reason is required unless every case of the person is closed and past its period.
 */
export function erasePerson(ctx: ServiceContext, input: EraseInput): ErasureResult {
  const { sqlite } = ctx.store.session(); // LOCKED while locked
  const found = target(sqlite, input.caseId);
  if (!found) throw new KimError('CASE_NOT_FOUND');
  const named = found.cases.find((c) => c.id === input.caseId);
  if (named?.caseNumber !== input.confirmCaseNumber.trim()) throw new KimError('ERASURE_CONFIRMATION_MISMATCH');
  const now = ctx.now();
  const given = input.reason?.trim() ?? '';
  if (given === '' && !personDue(ctx, found.personId, today(now))) throw new KimError('ERASURE_REASON_REQUIRED');
  const reason = given === '' ? RETENTION_REASON : given;
  const caseNumbers = found.cases.map((c) => c.caseNumber);
  const erasedAt = now.toISOString();

  sqlite.transaction(() => {
    // Lets the triggers that keep assessments from being deleted pass, inside this transaction only.
    sqlite.prepare('INSERT INTO erasure_in_progress (id) VALUES (1)').run();
    const params = { p: found.personId, c: JSON.stringify(found.cases.map((c) => c.id)) };
    for (const statement of DELETIONS) {
      const prepared = sqlite.prepare(statement);
      const wanted = new Set(prepared.source.match(/\$[pc]\b/g)?.map((name) => name.slice(1)));
      prepared.run(Object.fromEntries(Object.entries(params).filter(([name]) => wanted.has(name))));
    }
    dissolveEmptyHousehold(sqlite, found.householdId);
    // Deleted FTS5 entries stay in older index segments until they are merged: merge them now.
    sqlite.prepare(`INSERT INTO search_index (search_index) VALUES ('optimize')`).run();
    sqlite
      .prepare('INSERT INTO erasures (id, erased_at, case_numbers, reason, actor) VALUES (?, ?, ?, ?, ?)')
      .run(newId(), erasedAt, JSON.stringify(caseNumbers), reason, actor(ctx));
    ctx.store.audit('person.erased', 'person', found.personId);
    for (const c of found.cases) ctx.store.audit('case.erased', 'case', c.id);
    sqlite.prepare('DELETE FROM erasure_in_progress').run();
  })();

  return { caseNumbers, erasedAt, walTruncated: purgeFreedBytes(sqlite) };
}

/** The command line names a case by its number: the same erasure, with the number as its own confirmation. */
export function eraseByCaseNumber(ctx: ServiceContext, input: { caseNumber: string; reason: string }): ErasureResult {
  const row = ctx.store.session().sqlite.prepare('SELECT id FROM cases WHERE case_number = ?').get(input.caseNumber.trim()) as { id: string } | undefined;
  if (!row) throw new KimError('CASE_NOT_FOUND');
  return erasePerson(ctx, { caseId: row.id, confirmCaseNumber: input.caseNumber, reason: input.reason });
}

/**
 * A household left with no member goes; one left with one member stays as it is, because the
 * remaining member's record (household and role) is their data, not the erased person's, and a
 * household of one is a state the app knows (a member moved out).
 */
function dissolveEmptyHousehold(sqlite: Database.Database, householdId: string | null): void {
  if (householdId === null) return;
  sqlite.prepare('DELETE FROM households WHERE id = ? AND NOT EXISTS (SELECT 1 FROM persons WHERE household_id = ?)').run(householdId, householdId);
}

/**
 * secure_delete (set for every connection in db/open.ts) has overwritten the deleted cells and
 * freed pages with zeros in the pages written to the WAL; the checkpoint copies them over the old
 * pages in the file and TRUNCATE empties the WAL, whose frames still held the person's data as
 * it was before. A reader holding an older snapshot (the background check) blocks the truncation.
 * The connection's busy timeout (5 s) would then freeze the app for each attempt, so it is set to
 * zero for these few short tries; if the reader stays, the WAL is emptied when the store is
 * closed (lock), as SQLite checkpoints and removes it with the last connection.
 */
function purgeFreedBytes(sqlite: Database.Database): boolean {
  const timeout = Number(sqlite.pragma('busy_timeout', { simple: true }));
  sqlite.pragma('busy_timeout = 0');
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      const [result] = sqlite.pragma('wal_checkpoint(TRUNCATE)') as { busy: number; log: number; checkpointed: number }[];
      if (result && result.busy === 0) return true;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
    }
    return false;
  } finally {
    sqlite.pragma(`busy_timeout = ${timeout}`);
  }
}
