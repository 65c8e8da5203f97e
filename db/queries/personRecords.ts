/**
 * Where every record of one person (`$p`) and of their cases (the JSON array `$c`) lives: one list
 * for the three things that must reach all of them — erasure (Art. 17), the information of the
 * person (Art. 15) and the handover of their cases to a colleague. A table added to the schema is
 * either named here or named in tests/db/personRecords.test.ts as holding nothing of a person.
 */
import type Database from 'better-sqlite3';
import { deflatedJsonText } from '../schema/columns';

const IN_CASES = 'IN (SELECT value FROM json_each($c))';
const PERSON_OR_CASES = `person_id = $p OR case_id ${IN_CASES}`;

export interface PersonRecordKind {
  table: string;
  /** SQL condition on the table's rows, with the parameters `$p` and/or `$c`. */
  where: string;
  /** Derived from the other records (the search index): erased, but neither shown nor carried over. */
  derived?: true;
  /** Columns stored in a form of their own, and how they leave the store (as JSON text). */
  portable?: Readonly<Record<string, (cell: unknown) => unknown>>;
}

/** Children before parents: the order erasure deletes in (foreign keys are on; few cascade). */
export const PERSON_RECORDS: readonly PersonRecordKind[] = [
  // Drafts are typed input, not records: erased with the person, neither shown nor carried over.
  { table: 'drafts', where: PERSON_OR_CASES, derived: true },
  { table: 'record_versions', where: PERSON_OR_CASES },
  { table: 'referral_status_history', where: `referral_id IN (SELECT id FROM referrals WHERE case_id ${IN_CASES})` },
  { table: 'referrals', where: `case_id ${IN_CASES}` },
  { table: 'assessment_entries', where: `assessment_id IN (SELECT id FROM assessments WHERE case_id ${IN_CASES})` },
  { table: 'assessments', where: `case_id ${IN_CASES}` },
  { table: 'goal_steps', where: `goal_id IN (SELECT id FROM goals WHERE case_id ${IN_CASES})` },
  { table: 'goals', where: `case_id ${IN_CASES}` },
  { table: 'agreements', where: `case_id ${IN_CASES}`, portable: { snapshot: deflatedJsonText } },
  { table: 'contact_topics', where: `contact_id IN (SELECT id FROM contacts WHERE ${PERSON_OR_CASES})` },
  { table: 'consultation_session_contacts', where: `contact_id IN (SELECT id FROM contacts WHERE ${PERSON_OR_CASES})` },
  { table: 'contacts', where: PERSON_OR_CASES },
  { table: 'follow_ups', where: `case_id ${IN_CASES}` },
  { table: 'case_conference_participants', where: `conference_id IN (SELECT id FROM case_conferences WHERE case_id ${IN_CASES})` },
  { table: 'case_conferences', where: `case_id ${IN_CASES}` },
  { table: 'consents', where: PERSON_OR_CASES },
  { table: 'case_events', where: `case_id ${IN_CASES}` },
  { table: 'case_target_groups', where: `case_id ${IN_CASES}` },
  { table: 'retention_holds', where: `case_id ${IN_CASES}` },
  { table: 'case_restrictions', where: `case_id ${IN_CASES}` },
  { table: 'handover_cases', where: `case_id ${IN_CASES}` },
  { table: 'intake_target_groups', where: `intake_id IN (SELECT id FROM intakes WHERE ${PERSON_OR_CASES})` },
  { table: 'intakes', where: PERSON_OR_CASES },
  { table: 'releases', where: 'person_id = $p' },
  // After agreements and releases, which name the printout signed (an agreement's own printouts go with it by cascade).
  { table: 'printouts', where: 'person_id = $p' },
  // A queue entry's label is what the person is called by: it is theirs, not only the link.
  { table: 'consultation_queue', where: 'person_id = $p' },
  { table: 'consultation_session_persons', where: 'person_id = $p' },
  { table: 'cases', where: `id ${IN_CASES}` },
  { table: 'person_attribute_history', where: 'person_id = $p' },
  { table: 'person_names', where: 'person_id = $p' },
  { table: 'persons', where: 'id = $p' },
  { table: 'search_docs', where: PERSON_OR_CASES, derived: true },
];

/** The named parameters a statement uses, and only those (better-sqlite3 refuses unused ones). */
export function personParams(source: string, personId: string, caseIds: readonly string[]): Record<string, string> {
  const params: Record<string, string> = { p: personId, c: JSON.stringify(caseIds) };
  const wanted = new Set(source.match(/\$[pc]\b/g)?.map((name) => name.slice(1)));
  return Object.fromEntries(Object.entries(params).filter(([name]) => wanted.has(name)));
}

/** Runs `verb` ("DELETE FROM" or "SELECT * FROM") over every kind, in the list's order. */
function eachKind<T>(
  sqlite: Database.Database,
  personId: string,
  caseIds: readonly string[],
  kinds: readonly PersonRecordKind[],
  run: (statement: Database.Statement, params: Record<string, string>, kind: PersonRecordKind) => T,
  verb: string,
): T[] {
  return kinds.map((kind) => {
    const statement = sqlite.prepare(`${verb} "${kind.table}" WHERE ${kind.where}`);
    return run(statement, personParams(statement.source, personId, caseIds), kind);
  });
}

/** Deletes every record of the person and of their cases, children first (erasure runs it in its transaction). */
export function deletePersonRecords(sqlite: Database.Database, personId: string, caseIds: readonly string[]): void {
  eachKind(sqlite, personId, caseIds, PERSON_RECORDS, (statement, params) => statement.run(params), 'DELETE FROM');
}

export interface PersonTableRows {
  table: string;
  rows: Record<string, unknown>[];
}

/**
 * Every stored row of the person and of their cases, as stored (column names of the table) but
 * for the columns with a portable form (deflated JSON leaves as its JSON text), parents before
 * children (the order an import inserts in); the derived search index left out.
 */
export function selectPersonRecords(sqlite: Database.Database, personId: string, caseIds: readonly string[]): PersonTableRows[] {
  const kinds = PERSON_RECORDS.filter((kind) => !kind.derived).reverse();
  return eachKind(
    sqlite,
    personId,
    caseIds,
    kinds,
    (statement, params, kind) => ({ table: kind.table, rows: portableRows(statement.all(params) as Record<string, unknown>[], kind) }),
    'SELECT * FROM',
  );
}

function portableRows(rows: Record<string, unknown>[], kind: PersonRecordKind): Record<string, unknown>[] {
  const portable = kind.portable;
  if (!portable) return rows;
  return rows.map((row) => {
    const out = { ...row };
    for (const [column, form] of Object.entries(portable)) if (column in out && out[column] !== null) out[column] = form(out[column]);
    return out;
  });
}
