/**
 * The case list as it was computed before it came in windows (issue 13): every case passing the
 * filters with its name, target groups and dates looked up by five correlated subqueries, then
 * filtered by what is due and sorted. Kept here as the reference the windowed statement must
 * agree with, row for row, for every filter and sort.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { KimDb } from '../../../db/open';
import { PHASES } from '../../../db/schema';
import { baseConditions, FOLDED_LETTERS, UNIT_SEPARATOR, type CaseListQuery, type CaseListRow } from '../../../db/queries/caseList';
import { reassessmentDue } from '../../../db/queries/reassessmentDue';

const NEVER = '9999-12-31';
const nameSortKey = sql.raw(FOLDED_LETTERS.reduce((expression, [from, to]) => `replace(${expression}, '${from}', '${to}')`, 'name'));
const phaseOrder = sql.raw(`CASE phase ${PHASES.map((p, i) => `WHEN '${p}' THEN ${i}`).join(' ')} END`);

function orderBy(sort: CaseListQuery['sort'], direction: 'asc' | 'desc'): SQL {
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
      return sql`next_due_date IS NULL, next_due_date ${dir}, case_number ASC`;
  }
}

export function referenceCaseList(db: KimDb, q: CaseListQuery): CaseListRow[] {
  const conditions = baseConditions(q);
  const where = conditions.length > 0 ? sql`WHERE ${sql.join(conditions, sql` AND `)}` : sql``;
  const dueCondition = q.due === 'faellig' ? sql`WHERE due = 1` : q.due === 'ueberfaellig' ? sql`WHERE overdue = 1` : sql``;
  const day = q.today;
  return db.all<CaseListRow>(sql`
    WITH listed AS MATERIALIZED (
      SELECT c.id, c.case_number, c.person_id, c.phase, c.opened_at, c.closed_at, c.case_manager, c.location_id,
        l.name AS location_name,
        (SELECT n.family_name || ${UNIT_SEPARATOR} || n.given_names FROM person_names n
          WHERE n.person_id = c.person_id ORDER BY n.is_primary DESC, n.rowid LIMIT 1) AS name,
        (SELECT group_concat(name, ${UNIT_SEPARATOR}) FROM (SELECT t.name FROM case_target_groups g
          JOIN target_groups t ON t.id = g.target_group_id WHERE g.case_id = c.id ORDER BY t.sort_order, t.name)) AS target_group_names,
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
    ORDER BY ${orderBy(q.sort, q.direction)}`);
}
