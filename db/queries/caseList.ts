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

function baseConditions(q: CaseListQuery): SQL[] {
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
const FOLDED_LETTERS: [string, string][] = [
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
const nameSortKey = sql.raw(FOLDED_LETTERS.reduce((expression, [from, to]) => `replace(${expression}, '${from}', '${to}')`, 'name'));

const phaseOrder = sql.raw(`CASE phase ${PHASES.map((p, i) => `WHEN '${p}' THEN ${i}`).join(' ')} END`);

function orderBy(sort: CaseListSortKey, direction: 'asc' | 'desc'): SQL {
  const dir = sql.raw(direction === 'asc' ? 'ASC' : 'DESC');
  switch (sort) {
    case 'caseNumber':
      return sql`case_number ${dir}`;
    case 'name':
      return sql`name IS NULL, ${nameSortKey} COLLATE NOCASE ${dir}, case_number ASC`;
    case 'phase':
      return sql`${phaseOrder} ${dir}, case_number ASC`;
    case 'openedAt':
      return sql`opened_at ${dir}, case_number ${dir}`;
    case 'nextDue':
      // Cases with nothing scheduled come last in both directions.
      return sql`next_due_date IS NULL, next_due_date ${dir}, case_number ASC`;
  }
}

/**
 * One statement: the cases passing the filters are collected once (MATERIALIZED, so each one's
 * dates are looked up once through the indexes on case_id), then the due dates are combined,
 * filtered and sorted.
 */
export function listCaseRows(db: KimDb, q: CaseListQuery): CaseListRow[] {
  return db.all<CaseListRow>(caseListStatement(q));
}

/** The statement behind listCaseRows (its query plan is checked by the tests). */
export function caseListStatement(q: CaseListQuery): SQL {
  const conditions = baseConditions(q);
  const where = conditions.length > 0 ? sql`WHERE ${sql.join(conditions, sql` AND `)}` : sql``;
  const dueCondition = q.due === 'faellig' ? sql`WHERE due = 1` : q.due === 'ueberfaellig' ? sql`WHERE overdue = 1` : sql``;
  const day = q.today;
  return sql`
    WITH listed AS MATERIALIZED (
      SELECT c.id, c.case_number, c.person_id, c.phase, c.opened_at, c.closed_at, c.case_manager, c.location_id,
        l.name AS location_name,
        (SELECT n.family_name || ${UNIT_SEPARATOR} || n.given_names FROM person_names n
          WHERE n.person_id = c.person_id ORDER BY n.is_primary DESC, n.rowid LIMIT 1) AS name,
        (SELECT group_concat(name, ${UNIT_SEPARATOR}) FROM (SELECT t.name FROM case_target_groups g
          JOIN target_groups t ON t.id = g.target_group_id WHERE g.case_id = c.id ORDER BY t.sort_order, t.name)) AS target_group_names,
        -- "+f.done_at": look up by case (follow_ups_case_idx), not by done_at, which matches every open follow-up
        CASE WHEN c.phase <> 'abgeschlossen' THEN
          (SELECT min(f.due_date) FROM follow_ups f WHERE f.case_id = c.id AND +f.done_at IS NULL) END AS follow_up_due,
        CASE WHEN c.phase <> 'abgeschlossen' THEN
          (SELECT min(s.due_date) FROM goals o JOIN goal_steps s ON s.goal_id = o.id
            WHERE o.case_id = c.id AND o.status IN ('offen', 'in_arbeit') AND s.done_at IS NULL AND s.due_date IS NOT NULL) END AS step_due,
        CASE WHEN c.phase <> 'abgeschlossen' THEN
          (SELECT substr(max(a.date), 1, 10) FROM assessments a WHERE a.case_id = c.id) END AS last_assessment,
        coalesce(c.reassessment_months, ${q.defaultReassessmentMonths}) AS months,
        EXISTS (SELECT 1 FROM case_restrictions r WHERE r.case_id = c.id AND r.lifted_at IS NULL) AS restricted
      FROM cases c LEFT JOIN locations l ON l.id = c.location_id
      ${where}
    ),
    dated AS (
      SELECT *,
        CASE WHEN last_assessment IS NOT NULL THEN ${reassessmentDue(sql`last_assessment`, sql`months`)} END AS reassessment_due
      FROM listed
    ),
    flagged AS (
      SELECT *,
        CASE WHEN NOT restricted THEN
          nullif(min(coalesce(follow_up_due, ${NEVER}), coalesce(step_due, ${NEVER}), coalesce(reassessment_due, ${NEVER})), ${NEVER}) END AS next_due_date,
        (NOT restricted AND (coalesce(follow_up_due <= ${day}, 0) OR coalesce(step_due < ${day}, 0) OR coalesce(reassessment_due <= ${day}, 0))) AS due,
        (NOT restricted AND (coalesce(follow_up_due < ${day}, 0) OR coalesce(step_due < ${day}, 0) OR coalesce(reassessment_due < ${day}, 0))) AS overdue
      FROM dated
    )
    SELECT id, case_number AS caseNumber, person_id AS personId, phase, opened_at AS openedAt, closed_at AS closedAt,
      case_manager AS caseManager, location_id AS locationId, location_name AS locationName, name,
      target_group_names AS targetGroupNames, next_due_date AS nextDueDate, due, overdue, restricted
    FROM flagged
    ${dueCondition}
    ORDER BY ${orderBy(q.sort, q.direction)}`;
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
