/**
 * The best hand-written SQL for the same answers as the services: what the service would cost if
 * it were nothing but its queries. Run on the same connection as the service, so the ratio
 * service / raw is the price of the service's own work (validation, mapping, extra queries).
 * Each returns its rows, so the benchmark can check it answers as much as the service does.
 */
import type Database from 'better-sqlite3';

/** The primary spelling's name parts of the case's person (any spelling if none is primary). */
const NAME = `(SELECT n.family_name || ' ' || n.given_names FROM person_names n
  WHERE n.person_id = c.person_id ORDER BY n.is_primary DESC, n.id LIMIT 1)`;
const OPEN_NOT_RESTRICTED = `c.phase <> 'abgeschlossen'
  AND NOT EXISTS (SELECT 1 FROM case_restrictions r WHERE r.case_id = c.id AND r.lifted_at IS NULL)`;
/** reassessmentDueDate: the same day `months` later, or that month's last day. */
const reassessmentDue = (last: string, months: string) => `min(
  date(${last}, 'start of month', '+' || ${months} || ' months', '+' || (CAST(strftime('%d', ${last}) AS INTEGER) - 1) || ' days'),
  date(${last}, 'start of month', '+' || (${months} + 1) || ' months', '-1 day'))`;

export interface TodayParameters {
  day: string;
  defaultMonths: number;
  referralFeedbackDays: number;
  residenceUntil: string;
}

/** Heute: five lists of what is due, each with the case number and the person's name. */
export function todayRaw(sqlite: Database.Database, p: TodayParameters): Record<string, unknown[]> {
  return {
    followUps: sqlite
      .prepare(`SELECT f.id, f.title, f.due_date, f.source, c.id AS case_id, c.case_number, ${NAME} AS name
        FROM follow_ups f JOIN cases c ON c.id = f.case_id
        WHERE f.done_at IS NULL AND f.due_date <= @day AND ${OPEN_NOT_RESTRICTED}
        ORDER BY f.due_date, f.id`)
      .all(p),
    goalSteps: sqlite
      .prepare(`SELECT s.id, s.description, s.due_date, o.title, c.id AS case_id, c.case_number, ${NAME} AS name
        FROM goal_steps s JOIN goals o ON o.id = s.goal_id JOIN cases c ON c.id = o.case_id
        WHERE s.done_at IS NULL AND s.due_date < @day AND o.status IN ('offen', 'in_arbeit') AND ${OPEN_NOT_RESTRICTED}
        ORDER BY s.due_date, c.case_number, s.sort_order`)
      .all(p),
    reassessments: sqlite
      .prepare(`SELECT * FROM (
          SELECT c.id AS case_id, c.case_number, ${NAME} AS name, last.day AS last_day,
            ${reassessmentDue('last.day', 'coalesce(c.reassessment_months, @defaultMonths)')} AS due
          FROM (SELECT a.case_id, substr(max(a.date), 1, 10) AS day FROM assessments a GROUP BY a.case_id) last
          JOIN cases c ON c.id = last.case_id
          WHERE ${OPEN_NOT_RESTRICTED})
        WHERE due <= @day ORDER BY due, case_number`)
      .all(p),
    referrals: sqlite
      .prepare(`SELECT * FROM (
          SELECT f.id, f.status, p.organisation, c.id AS case_id, c.case_number, ${NAME} AS name,
            coalesce((SELECT max(h.at) FROM referral_status_history h WHERE h.referral_id = f.id), f.date) AS last_change
          FROM referrals f JOIN cases c ON c.id = f.case_id JOIN partners p ON p.id = f.partner_id
          WHERE f.status IN ('vorgeschlagen', 'vermittelt', 'termin_vereinbart') AND ${OPEN_NOT_RESTRICTED})
        WHERE date(substr(last_change, 1, 10), '+' || @referralFeedbackDays || ' days') < @day
        ORDER BY last_change, case_number`)
      .all(p),
    residence: sqlite
      .prepare(`SELECT p.id, p.residence_valid_until, p.residence_paragraph, c.id AS case_id, max(c.case_number) AS case_number, ${NAME} AS name
        FROM persons p JOIN cases c ON c.person_id = p.id
        WHERE p.residence_valid_until <= @residenceUntil AND ${OPEN_NOT_RESTRICTED}
        GROUP BY p.id ORDER BY p.residence_valid_until`)
      .all(p),
  };
}

/** The case list's first page in the default order (newest first), with everything a row shows (looked up for the page's rows only), and how many cases there are. */
export function caseListPageRaw(sqlite: Database.Database, p: { day: string; defaultMonths: number; limit: number }): { rows: unknown[]; total: number } {
  const total = sqlite.prepare('SELECT count(*) FROM cases').pluck().get() as number;
  const rows = sqlite
    .prepare(`SELECT *,
        ${reassessmentDue('last_assessment', 'months')} AS reassessment_due
      FROM (
        SELECT c.id, c.case_number, c.person_id, c.phase, c.opened_at, c.closed_at, c.case_manager, l.name AS location_name,
          ${NAME} AS name,
          (SELECT group_concat(t.name, ', ') FROM case_target_groups g JOIN target_groups t ON t.id = g.target_group_id WHERE g.case_id = c.id) AS target_groups,
          (SELECT min(f.due_date) FROM follow_ups f WHERE f.case_id = c.id AND +f.done_at IS NULL) AS follow_up_due,
          (SELECT min(s.due_date) FROM goals o JOIN goal_steps s ON s.goal_id = o.id
            WHERE o.case_id = c.id AND o.status IN ('offen', 'in_arbeit') AND s.done_at IS NULL) AS step_due,
          (SELECT substr(max(a.date), 1, 10) FROM assessments a WHERE a.case_id = c.id) AS last_assessment,
          coalesce(c.reassessment_months, @defaultMonths) AS months,
          EXISTS (SELECT 1 FROM case_restrictions r WHERE r.case_id = c.id AND r.lifted_at IS NULL) AS restricted
        FROM (SELECT * FROM cases ORDER BY opened_at DESC, case_number DESC LIMIT @limit) c
        LEFT JOIN locations l ON l.id = c.location_id
        ORDER BY c.opened_at DESC, c.case_number DESC)`)
    .all(p);
  return { rows, total };
}

/** The search's core: the full-text index, best hits first. */
export function searchRaw(sqlite: Database.Database, word: string): unknown[] {
  return sqlite
    .prepare(`SELECT kind, ref_id FROM search_index WHERE search_index MATCH @match ORDER BY rank LIMIT 60`)
    .all({ match: `("${word}" OR "${word}"*)` });
}

/** Finding a person by the start of a name: the plain prefix query the fuzzy search is compared with. */
export function personPrefixRaw(sqlite: Database.Database, prefix: string): unknown[] {
  return sqlite
    .prepare(`SELECT DISTINCT person_id FROM person_names WHERE family_name LIKE @prefix OR given_names LIKE @prefix LIMIT 20`)
    .all({ prefix: `${prefix}%` });
}
