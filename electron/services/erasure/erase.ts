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
import {
  beginErasure,
  caseIdByNumber,
  deleteHouseholdIfEmpty,
  deletePersonAndCases,
  endErasure,
  erasureTarget,
  type ErasureTarget,
  insertErasure,
  optimizeSearchIndex,
  personErasureTarget,
} from '../../../db/queries/erasure';
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
 * Erases the person of `caseId` with all their cases. Checks: the typed case number must be the
 * case's; a reason is required unless every case of the person is closed and past its period.
 */
export function erasePerson(ctx: ServiceContext, input: EraseInput): ErasureResult {
  const { sqlite } = ctx.store.session(); // LOCKED while locked
  const found = erasureTarget(sqlite, input.caseId);
  if (!found) throw new KimError('CASE_NOT_FOUND');
  const named = found.cases.find((c) => c.id === input.caseId);
  if (named?.caseNumber !== input.confirmCaseNumber.trim()) throw new KimError('ERASURE_CONFIRMATION_MISMATCH');
  const now = ctx.now();
  const given = input.reason?.trim() ?? '';
  if (given === '' && !personDue(ctx, found.personId, today(now))) throw new KimError('ERASURE_REASON_REQUIRED');
  const reason = given === '' ? RETENTION_REASON : given;
  return eraseTarget(ctx, found, reason);
}

/**
 * Erases a person who has no case (only an Erstberatung, a contact in a consultation hour): on
 * request (Art. 17 DSGVO), always with a reason. A person with a case is erased through a case,
 * where the typed case number confirms it.
 */
export function erasePersonWithoutCase(ctx: ServiceContext, input: { personId: string; reason: string }): ErasureResult {
  const { sqlite } = ctx.store.session(); // LOCKED while locked
  const found = personErasureTarget(sqlite, input.personId);
  if (!found) throw new KimError('PERSON_NOT_FOUND');
  if (found.cases.length > 0) throw new KimError('ERASURE_PERSON_HAS_CASES');
  const reason = input.reason.trim();
  if (reason === '') throw new KimError('ERASURE_REASON_REQUIRED');
  return eraseTarget(ctx, found, reason);
}

/** The erasure itself, for a target whose checks have passed. */
function eraseTarget(ctx: ServiceContext, found: ErasureTarget, reason: string): ErasureResult {
  const { sqlite } = ctx.store.session();
  const caseNumbers = found.cases.map((c) => c.caseNumber);
  const erasedAt = ctx.now().toISOString();
  sqlite.transaction(() => {
    // Lets the triggers that keep assessments from being deleted pass, inside this transaction only.
    beginErasure(sqlite);
    deletePersonAndCases(
      sqlite,
      found.personId,
      found.cases.map((c) => c.id),
    );
    dissolveEmptyHousehold(sqlite, found.householdId);
    // Deleted FTS5 entries stay in older index segments until they are merged: merge them now.
    optimizeSearchIndex(sqlite);
    insertErasure(sqlite, { id: newId(), erasedAt, caseNumbers, reason, actor: actor(ctx) });
    ctx.store.audit('person.erased', 'person', found.personId);
    for (const c of found.cases) ctx.store.audit('case.erased', 'case', c.id);
    endErasure(sqlite);
  })();

  return { caseNumbers, erasedAt, walTruncated: purgeFreedBytes(sqlite) };
}

/** The command line names a case by its number: the same erasure, with the number as its own confirmation. */
export function eraseByCaseNumber(ctx: ServiceContext, input: { caseNumber: string; reason: string }): ErasureResult {
  const caseId = caseIdByNumber(ctx.store.session().sqlite, input.caseNumber.trim());
  if (caseId === null) throw new KimError('CASE_NOT_FOUND');
  return erasePerson(ctx, { caseId, confirmCaseNumber: input.caseNumber, reason: input.reason });
}

/**
 * A household left with no member goes; one left with one member stays as it is, because the
 * remaining member's record (household and role) is their data, not the erased person's, and a
 * household of one is a state the app knows (a member moved out).
 */
function dissolveEmptyHousehold(sqlite: Database.Database, householdId: string | null): void {
  if (householdId === null) return;
  deleteHouseholdIfEmpty(sqlite, householdId);
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
