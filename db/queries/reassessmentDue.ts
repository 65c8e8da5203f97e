/**
 * The re-assessment due date in SQL, as `reassessmentDueDate` (electron/services/reassessment.ts)
 * computes it: the same day `months` later, the month's last day where that month has no such
 * day. Shared by the case list and Heute, so both say the same day.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { KimDb } from '../open';

export function reassessmentDue(last: SQL, months: SQL): SQL {
  return sql`min(
    date(${last}, 'start of month', '+' || ${months} || ' months', '+' || (CAST(strftime('%d', ${last}) AS INTEGER) - 1) || ' days'),
    date(${last}, 'start of month', '+' || (${months} + 1) || ' months', '-1 day'))`;
}

/** The date the SQL computes for a last assessment and a cadence (to check it against reassessmentDueDate). */
export function reassessmentDueDateInSql(db: KimDb, lastAssessment: string, months: number): string {
  return db.get<{ due: string }>(sql`SELECT ${reassessmentDue(sql`${lastAssessment}`, sql`${months}`)} AS due`).due;
}
