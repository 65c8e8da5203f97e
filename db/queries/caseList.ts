/**
 * The case list ("Fälle"): every case with what the table shows, filtered and sorted in one
 * statement, and what its filters offer. "Due" means what "Heute" counts for a case: a follow-up
 * (Wiedervorlage) due on or before the day, a step of an open goal past its date, a re-assessment
 * due on or before the day (the last assessment plus the cadence, as reassessmentDueDate computes it).
 */
import { asc, sql, type SQL } from 'drizzle-orm';
import type { KimDb } from '../open';
import { PHASES, locations, targetGroups } from '../schema';
import { reassessmentDue } from './reassessmentDue';
import { matchExpression } from './search';

type Phase = (typeof PHASES)[number];
export type CaseListSortKey = 'caseNumber' | 'name' | 'phase' | 'openedAt' | 'nextDue';

export interface CaseListQuery {
  phase?: Phase | undefined;
  open?: boolean | undefined;
  targetGroupId?: string | undefined;
  locationId?: string | undefined;
  caseManager?: string | undefined;
  due?: 'faellig' | 'ueberfaellig' | undefined;
  text?: string | undefined;
  sort: CaseListSortKey;
  direction: 'asc' | 'desc';
  /** The day "due" is measured against, YYYY-MM-DD. */
  today: string;
  /** The re-assessment cadence of cases without their own. */
  defaultReassessmentMonths: number;
}

export interface CaseListRow {
  id: string;
  caseNumber: string;
  personId: string;
  phase: Phase;
  openedAt: string;
  closedAt: string | null;
  caseManager: string;
  locationId: string | null;
  locationName: string | null;
  /** Family name and given names of the primary spelling, joined by UNIT_SEPARATOR; null without a name. */
  name: string | null;
  /** Target group names joined by UNIT_SEPARATOR, in the configured order; null without any. */
  targetGroupNames: string | null;
  nextDueDate: string | null;
  due: number;
  overdue: number;
  /** 1 while a restriction of processing (Art. 18 DSGVO) is in force: nothing of it is due. */
  restricted: number;
}

/** Joins lists inside one column; nobody types it. */
export const UNIT_SEPARATOR = '\u001f';
const NEVER = '9999-12-31';

/** `%text%` for LIKE with its wildcards taken literally (ESCAPE '\'). */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The text filter: part of any spelling or of the case number (contains), or the words of the name as typed in any order, without regard to accents (the search index). */
function textCondition(text: string): SQL {
  const pattern = containsPattern(text);
  const like = (column: SQL) => sql`${column} LIKE ${pattern} ESCAPE '\\'`;
  const words = matchExpression(text);
  const indexed = words ? sql` OR c.person_id IN (SELECT person_id FROM search_index WHERE search_index MATCH ${words} AND kind = 'person')` : sql``;
  return sql`(${like(sql`c.case_number`)}
    OR EXISTS (SELECT 1 FROM person_names n WHERE n.person_id = c.person_id
      AND (${like(sql`n.given_names || ' ' || n.family_name`)} OR ${like(sql`n.family_name || ', ' || n.given_names`)} OR ${like(sql`n.family_name || ' ' || n.given_names`)}))${indexed})`;
}

export function baseConditions(q: CaseListQuery): SQL[] {
  const conditions: SQL[] = [];
  if (q.phase) conditions.push(sql`c.phase = ${q.phase}`);
  if (q.open === true) conditions.push(sql`c.phase <> 'abgeschlossen'`);
  if (q.open === false) conditions.push(sql`c.phase = 'abgeschlossen'`);
  if (q.targetGroupId) {
    conditions.push(sql`EXISTS (SELECT 1 FROM case_target_groups g WHERE g.case_id = c.id AND g.target_group_id = ${q.targetGroupId})`);
  }
  if (q.locationId) conditions.push(sql`c.location_id = ${q.locationId}`);
  if (q.caseManager) conditions.push(sql`c.case_manager = ${q.caseManager}`);
  if (q.text) conditions.push(textCondition(q.text));
  return conditions;
}

/**
 * The name as German lists sort it (DIN 5007, ä as a): SQLite's NOCASE folds only A–Z, so the
 * letters with marks common in the clients' names are folded first.
 */
export const FOLDED_LETTERS: [string, string][] = [
  ['Ä', 'A'],
  ['ä', 'a'],
  ['Ö', 'O'],
  ['ö', 'o'],
  ['Ü', 'U'],
  ['ü', 'u'],
  ['ß', 'ss'],
  ['Ç', 'C'],
  ['ç', 'c'],
  ['Ş', 'S'],
  ['ş', 's'],
  ['Ğ', 'G'],
  ['ğ', 'g'],
  ['İ', 'I'],
  ['ı', 'i'],
  ['É', 'E'],
  ['é', 'e'],
  ['È', 'E'],
  ['è', 'e'],
  ['Á', 'A'],
  ['á', 'a'],
  ['Ó', 'O'],
  ['ó', 'o'],
  ['Č', 'C'],
  ['č', 'c'],
  ['Š', 'S'],
  ['š', 's'],
  ['Ž', 'Z'],
  ['ž', 'z'],
  ['Ł', 'L'],
  ['ł', 'l'],
];
/** The name folded for sorting (FOLDED_LETTERS), of the column `name` (of the relation `of`, where given). */
const nameSortKey = (of: string) => sql.raw(FOLDED_LETTERS.reduce((expression, [from, to]) => `replace(${expression}, '${from}', '${to}')`, `${of}name`));

const phaseOrder = (of: string) => sql.raw(`CASE ${of}phase ${PHASES.map((p, i) => `WHEN '${p}' THEN ${i}`).join(' ')} END`);

/** The list's order; `of` qualifies the columns ("w." for the window's rows). Ties are broken by the case number. */
function orderOf(sort: CaseListSortKey, direction: 'asc' | 'desc', of = ''): SQL {
  const dir = sql.raw(direction === 'asc' ? 'ASC' : 'DESC');
  const column = (name: string) => sql.raw(`${of}${name}`);
  switch (sort) {
    case 'caseNumber':
      return sql`${column('case_number')} ${dir}`;
    case 'name':
      return sql`${column('name')} IS NULL, ${nameSortKey(of)} COLLATE NOCASE ${dir}, ${column('case_number')} ASC`;
    case 'phase':
      return sql`${phaseOrder(of)} ${dir}, ${column('case_number')} ASC`;
    case 'openedAt':
      return sql`${column('opened_at')} ${dir}, ${column('case_number')} ${dir}`;
    case 'nextDue':
      // Cases with nothing scheduled come last in both directions.
      return sql`${column('next_due_date')} IS NULL, ${column('next_due_date')} ${dir}, ${column('case_number')} ASC`;
  }
}

/** A window of the ordered list: `limit` rows from `offset` on. */
export interface CaseListWindow {
  offset: number;
  limit: number;
}

/** Rows of a window and how many cases pass the filters. */
export interface CaseListPageRows {
  rows: CaseListRow[];
  total: number;
}

/**
 * The whole list (every case passing the filters, in order): for counting and tools; the screen
 * asks for windows (listCasePage).
 */
export function listCaseRows(db: KimDb, q: CaseListQuery): CaseListRow[] {
  return db.all<CaseListRow & { total: number }>(caseListStatement(q)).map(({ total: _total, ...row }) => row);
}

/**
 * One window of the list and the number of cases passing the filters. Filtered by what is due,
 * the total comes with the rows (count(*) OVER ()), so each case's dates are computed once (only a
 * window past the end needs a second statement); otherwise a count over the cases' own columns
 * (an index) is cheaper than counting the ordered rows, which would keep the sort from stopping
 * at the window.
 */
export function listCasePage(db: KimDb, q: CaseListQuery, window: CaseListWindow): CaseListPageRows {
  const found = db.all<CaseListRow & { total: number }>(caseListStatement(q, window));
  const counted = q.due !== undefined;
  const total = counted ? (found[0]?.total ?? (window.offset === 0 ? 0 : countCases(db, q))) : countCases(db, q);
  return { rows: found.map(({ total: _total, ...row }) => row), total };
}

/** How many cases pass the filters (without building a row). */
export function countCases(db: KimDb, q: CaseListQuery): number {
  return db.get<{ total: number }>(caseListStatement(q, { offset: 0, limit: 1 }, true))?.total ?? 0;
}

/**
 * Whether the order or the filters need each case's dates: the sort by the next date and the
 * "due" filters. Then every filtered case's dates are computed (one index lookup per case and
 * table); otherwise only those of the window's rows.
 */
function needsDates(q: CaseListQuery): boolean {
  return q.sort === 'nextDue' || q.due !== undefined;
}

/** The primary spelling of the person's name, "family UNIT given" (the first name marked primary, else the first). */
const nameOf = (person: SQL) =>
  sql`(SELECT n.family_name || ${UNIT_SEPARATOR} || n.given_names FROM person_names n
    WHERE n.person_id = ${person} ORDER BY n.is_primary DESC, n.rowid LIMIT 1)`;

/**
 * A case's open dates and whether it is restricted: the earliest open follow-up, the earliest
 * open step of an open goal, the last assessment (for the re-assessment). A closed case has none.
 */
function dateColumns(c: string, q: CaseListQuery): SQL {
  const id = sql.raw(`${c}.id`);
  const phase = sql.raw(`${c}.phase`);
  return sql`
        -- "+f.done_at": look up by case (follow_ups_case_idx), not by done_at, which matches every open follow-up
        CASE WHEN ${phase} <> 'abgeschlossen' THEN
          (SELECT min(f.due_date) FROM follow_ups f WHERE f.case_id = ${id} AND +f.done_at IS NULL) END AS follow_up_due,
        CASE WHEN ${phase} <> 'abgeschlossen' THEN
          (SELECT min(s.due_date) FROM goals o JOIN goal_steps s ON s.goal_id = o.id
            WHERE o.case_id = ${id} AND o.status IN ('offen', 'in_arbeit') AND s.done_at IS NULL AND s.due_date IS NOT NULL) END AS step_due,
        CASE WHEN ${phase} <> 'abgeschlossen' THEN
          (SELECT substr(max(a.date), 1, 10) FROM assessments a WHERE a.case_id = ${id}) END AS last_assessment,
        coalesce(${sql.raw(`${c}.reassessment_months`)}, ${q.defaultReassessmentMonths}) AS months,
        EXISTS (SELECT 1 FROM case_restrictions r WHERE r.case_id = ${id} AND r.lifted_at IS NULL) AS restricted`;
}

/** From the dates: the next one, and whether something is due (today or before) or overdue. A restricted case has nothing due. */
function flagColumns(day: string): SQL {
  return sql`
        CASE WHEN NOT restricted THEN
          nullif(min(coalesce(follow_up_due, ${NEVER}), coalesce(step_due, ${NEVER}), coalesce(reassessment_due, ${NEVER})), ${NEVER}) END AS next_due_date,
        (NOT restricted AND (coalesce(follow_up_due <= ${day}, 0) OR coalesce(step_due < ${day}, 0) OR coalesce(reassessment_due <= ${day}, 0))) AS due,
        (NOT restricted AND (coalesce(follow_up_due < ${day}, 0) OR coalesce(step_due < ${day}, 0) OR coalesce(reassessment_due < ${day}, 0))) AS overdue`;
}

const reassessmentColumn = sql`CASE WHEN last_assessment IS NOT NULL THEN ${reassessmentDue(sql`last_assessment`, sql`months`)} END AS reassessment_due`;

/**
 * The statement behind the list (its query plan is checked by the tests). The order and the
 * window are found on cheap columns first: the case's own columns, the name where sorted by
 * it, the dates where sorted or filtered by them. The rest (name, target groups, location,
 * dates) is looked up for the window's rows only. Without a window: every row.
 * `countOnly`: just the number of cases passing the filters.
 */
export function caseListStatement(q: CaseListQuery, window?: CaseListWindow, countOnly = false): SQL {
  const conditions = baseConditions(q);
  const where = conditions.length > 0 ? sql`WHERE ${sql.join(conditions, sql` AND `)}` : sql``;
  const dueCondition = q.due === 'faellig' ? sql`WHERE due = 1` : q.due === 'ueberfaellig' ? sql`WHERE overdue = 1` : sql``;
  // A count needs the dates only to filter by what is due, never the name.
  const dated = countOnly ? q.due !== undefined : needsDates(q);
  const named = !countOnly && q.sort === 'name';
  const order = orderOf(q.sort, q.direction);
  const limit = window ? sql`LIMIT ${window.limit} OFFSET ${window.offset}` : sql``;
  // The cases passing the filters with what orders them (and, where needed, their dates).
  const filtered = dated
    ? sql`
    filtered AS MATERIALIZED (
      SELECT c.id, c.case_number, c.phase, c.opened_at${named ? sql`, ${nameOf(sql`c.person_id`)} AS name` : sql``},${dateColumns('c', q)}
      FROM cases c ${where}
    ),
    flagged AS (
      SELECT *,${flagColumns(q.today)}
      FROM (SELECT *, ${reassessmentColumn} FROM filtered)
    )`
    : sql`
    flagged AS (
      SELECT c.id, c.case_number, c.phase, c.opened_at${named ? sql`, ${nameOf(sql`c.person_id`)} AS name` : sql``}
      FROM cases c ${where}
    )`;
  if (countOnly) return sql`WITH ${filtered} SELECT count(*) AS total FROM flagged ${dueCondition}`;
  const carried = dated ? sql`, next_due_date, due, overdue, restricted` : sql``;
  const later = dated
    ? sql``
    : sql`,
    dated AS MATERIALIZED (
      SELECT w.*,${dateColumns('c', q)}
      FROM windowed w JOIN cases c ON c.id = w.id
    ),
    flaggedWindow AS (
      SELECT *,${flagColumns(q.today)}
      FROM (SELECT *, ${reassessmentColumn} FROM dated)
    )`;
  const source = dated ? sql`windowed w` : sql`flaggedWindow w`;
  return sql`
    WITH ${filtered},
    windowed AS MATERIALIZED (
      SELECT id, case_number, phase, opened_at${named ? sql`, name` : sql``}${carried}, ${window && q.due !== undefined ? sql`count(*) OVER ()` : sql`NULL`} AS total
      FROM flagged ${dueCondition}
      ORDER BY ${order}
      ${limit}
    )${later}
    SELECT c.id, c.case_number AS caseNumber, c.person_id AS personId, c.phase, c.opened_at AS openedAt, c.closed_at AS closedAt,
      c.case_manager AS caseManager, c.location_id AS locationId, l.name AS locationName,
      ${named ? sql`w.name` : nameOf(sql`c.person_id`)} AS name,
      (SELECT group_concat(name, ${UNIT_SEPARATOR}) FROM (SELECT t.name FROM case_target_groups g
        JOIN target_groups t ON t.id = g.target_group_id WHERE g.case_id = c.id ORDER BY t.sort_order, t.name)) AS targetGroupNames,
      w.next_due_date AS nextDueDate, w.due, w.overdue, w.restricted, w.total
    FROM ${source} JOIN cases c ON c.id = w.id LEFT JOIN locations l ON l.id = c.location_id
    ORDER BY ${orderOf(q.sort, q.direction, 'w.')}`;
}

/** The case managers of the unit and those named on cases, sorted. */
export function caseManagerNames(db: KimDb): string[] {
  // The unit's case managers (Einstellungen), also those without a case yet, and every name still written on a case.
  return db
    .all<{ name: string }>(sql`SELECT name FROM case_managers UNION SELECT case_manager AS name FROM cases ORDER BY name COLLATE NOCASE`)
    .map((r) => r.name);
}

export function allTargetGroups(db: KimDb) {
  return db
    .select({ id: targetGroups.id, name: targetGroups.name, validFrom: targetGroups.validFrom, validUntil: targetGroups.validUntil })
    .from(targetGroups)
    .orderBy(asc(targetGroups.sortOrder), asc(targetGroups.name))
    .all();
}

export function allLocations(db: KimDb) {
  return db.select({ id: locations.id, name: locations.name, active: locations.active }).from(locations).orderBy(asc(locations.name)).all();
}
