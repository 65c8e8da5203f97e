/** Read-only: everything needed to find a person by name, case number or date of birth, and what changed since it was read. */
import { asc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { KimDb } from '../open';
import { caseRestrictions, cases } from '../schema';

export interface MatchCandidateName {
  personId: string;
  /** The person's rowid: the order in which persons were recorded (ties among equal hits). */
  order: number;
  /** The spelling's rowid: the order in which the spellings were recorded. */
  spellingOrder: number;
  birthDate: string | null;
  incomplete: boolean;
  familyName: string;
  givenNames: string;
  primary: boolean;
}

/** Only these persons (one bound JSON array, so the statement is the same for any number of them). */
const among = (column: typeof cases.personId, personIds: readonly string[]): SQL =>
  inArray(column, sql`(select value from json_each(${JSON.stringify(personIds)}))`);

/**
 * Every spelling of every person (or of these persons), with the person's date of birth (one row
 * per spelling). Read as plain rows (no per-row mapping by drizzle): the first look-up after
 * unlocking reads every spelling of the store.
 */
export function candidateNames(db: KimDb, personIds?: readonly string[]): MatchCandidateName[] {
  const rows = db.all<Omit<MatchCandidateName, 'incomplete' | 'primary'> & { incomplete: number; primary: number }>(sql`
    SELECT p.id AS personId, p.rowid AS "order", p.birth_date AS birthDate, p.incomplete, n.family_name AS familyName,
      n.given_names AS givenNames, n.is_primary AS "primary", n.rowid AS spellingOrder
    FROM person_names n JOIN persons p ON p.id = n.person_id
    ${personIds ? sql`WHERE n.person_id IN (SELECT value FROM json_each(${JSON.stringify(personIds)}))` : sql``}`);
  for (const row of rows) {
    (row as unknown as MatchCandidateName).incomplete = row.incomplete === 1;
    (row as unknown as MatchCandidateName).primary = row.primary === 1;
  }
  return rows as unknown as MatchCandidateName[];
}

/** Every case's (or these persons' cases') number and whether it is open, by person, the earliest opened first (then as recorded). */
export function candidateCases(db: KimDb, personIds?: readonly string[]) {
  return db
    .select({ id: cases.id, personId: cases.personId, caseNumber: cases.caseNumber, phase: cases.phase, openedAt: cases.openedAt })
    .from(cases)
    .where(personIds ? among(cases.personId, personIds) : undefined)
    .orderBy(asc(cases.openedAt), asc(sql`${cases}.rowid`))
    .all();
}

/** Those of these persons with a case whose processing is restricted (Art. 18 DSGVO). */
export function restrictedAmong(db: KimDb, personIds: readonly string[]): Set<string> {
  const rows = db
    .selectDistinct({ personId: cases.personId })
    .from(caseRestrictions)
    .innerJoin(cases, eq(cases.id, caseRestrictions.caseId))
    .where(sql`${isNull(caseRestrictions.liftedAt)} and ${among(cases.personId, personIds)}`)
    .all();
  return new Set(rows.map((r) => r.personId));
}

/**
 * Per connection, TEMP triggers note the persons whose findable data changed: a spelling of the
 * name, the date of birth or the incomplete mark, a case (opened, closed, reopened, renumbered),
 * a restriction (set, lifted) or the person itself (new, erased). They catch every writer on the
 * connection, services or not; TEMP objects live in memory (temp_store = MEMORY) and go with the
 * connection, so nothing of them is written to the store. Creating them again is harmless.
 */
const WATCH = [
  'CREATE TEMP TABLE IF NOT EXISTS kim_changed_persons (person_id TEXT PRIMARY KEY) WITHOUT ROWID',
  ...[
    ['names_insert', 'AFTER INSERT ON main.person_names', ['new.person_id']],
    ['names_update', 'AFTER UPDATE ON main.person_names', ['old.person_id', 'new.person_id']],
    ['names_delete', 'AFTER DELETE ON main.person_names', ['old.person_id']],
    ['persons_insert', 'AFTER INSERT ON main.persons', ['new.id']],
    ['persons_update', 'AFTER UPDATE OF id, birth_date, incomplete ON main.persons', ['old.id', 'new.id']],
    ['persons_delete', 'AFTER DELETE ON main.persons', ['old.id']],
    ['cases_insert', 'AFTER INSERT ON main.cases', ['new.person_id']],
    ['cases_update', 'AFTER UPDATE OF person_id, case_number, phase, opened_at ON main.cases', ['old.person_id', 'new.person_id']],
    ['cases_delete', 'AFTER DELETE ON main.cases', ['old.person_id']],
    ['restrictions_insert', 'AFTER INSERT ON main.case_restrictions', ['(SELECT person_id FROM main.cases WHERE id = new.case_id)']],
    [
      'restrictions_update',
      'AFTER UPDATE ON main.case_restrictions',
      ['(SELECT person_id FROM main.cases WHERE id = old.case_id)', '(SELECT person_id FROM main.cases WHERE id = new.case_id)'],
    ],
    ['restrictions_delete', 'AFTER DELETE ON main.case_restrictions', ['(SELECT person_id FROM main.cases WHERE id = old.case_id)']],
  ].map(
    ([name, on, ids]) =>
      `CREATE TEMP TRIGGER IF NOT EXISTS kim_match_${name as string} ${on as string} BEGIN
        INSERT OR IGNORE INTO kim_changed_persons (person_id) SELECT value FROM (${(ids as string[]).map((id) => `SELECT ${id} AS value`).join(' UNION ALL ')}) WHERE value IS NOT NULL;
      END`,
  ),
];

/** Starts noting changed persons on this connection (see WATCH) and forgets what was noted so far. */
export function watchPersonChanges(db: KimDb): void {
  for (const statement of WATCH) db.run(sql.raw(statement));
  db.run(sql`DELETE FROM temp.kim_changed_persons`);
}

/** The persons noted as changed since the last call (or since watching began), and forgets them. */
export function takeChangedPersons(db: KimDb): string[] {
  const ids = db.all<{ person_id: string }>(sql`SELECT person_id FROM temp.kim_changed_persons`).map((r) => r.person_id);
  if (ids.length > 0) db.run(sql`DELETE FROM temp.kim_changed_persons`);
  return ids;
}

/**
 * A number that moves whenever another connection (another process) commits to the file: what
 * it wrote is not seen by this connection's triggers, so everything is read again.
 */
export function otherWritersMark(db: KimDb): number {
  return db.get<{ data_version: number }>(sql`PRAGMA data_version`).data_version;
}
