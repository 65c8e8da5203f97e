/**
 * The dated history of the person attributes the statistic counts by (residence status and
 * municipality): appended with every change, read as of a day for whole populations at once.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { KimDb } from '../open';
import { insertRows } from '../preparedQueries';
import { personAttributeHistory, type PERSON_HISTORY_ATTRIBUTES } from '../schema';

export type PersonHistoryAttribute = (typeof PERSON_HISTORY_ATTRIBUTES)[number];
export type PersonHistoryRow = typeof personAttributeHistory.$inferSelect;

/** A person's residence status and municipality as they held on a day. */
export interface AttributesAsOf {
  residenceStatus: string | null;
  municipality: string | null;
}

/** Appended with every person written: prepared once per connection (db/preparedQueries.ts). */
export function appendPersonHistory(db: KimDb, rows: PersonHistoryRow[]): void {
  insertRows(db, personAttributeHistory, rows);
}

/** All rows of one person, oldest first (for tests and a later erasure or view). */
export function personHistoryOf(db: KimDb, personId: string): PersonHistoryRow[] {
  return db.all<PersonHistoryRow>(sql`
    SELECT id, person_id AS personId, attribute, value, valid_from AS validFrom, recorded_at AS recordedAt
    FROM person_attribute_history WHERE person_id = ${personId}
    ORDER BY valid_from, recorded_at, rowid`);
}

/**
 * One row per person who has any history: the value of each attribute as of `day`, and whether
 * that attribute has a row at all (its value may be a recorded "not known", i.e. null).
 *
 * The value as of `day` is the row with the latest valid_from on or before `day` (ties: the one
 * recorded last; rows recorded in the same millisecond: the one inserted last). Without such a
 * row — the person was recorded after `day`, e.g. a case opened back-dated before the person was
 * entered — the value of the history's first day counts for the earlier days too: the first value
 * recorded is the best knowledge there is, and it never depends on what changed later.
 *
 * One window over the history table (a sort per person and attribute through the index on
 * (person_id, attribute, valid_from)), pivoted to one row per person: no query per person.
 */
function asOfPivot(day: string): SQL {
  return sql`
    SELECT person_id,
      max(attribute = 'residence_status') AS has_status,
      max(CASE WHEN attribute = 'residence_status' THEN value END) AS status,
      max(attribute = 'municipality') AS has_municipality,
      max(CASE WHEN attribute = 'municipality' THEN value END) AS municipality
    FROM (
      SELECT person_id, attribute, value,
        row_number() OVER (
          PARTITION BY person_id, attribute
          ORDER BY valid_from <= ${day} DESC,
            CASE WHEN valid_from <= ${day} THEN valid_from END DESC,
            valid_from ASC,
            recorded_at DESC,
            rowid DESC
        ) AS rank
      FROM person_attribute_history
    )
    WHERE rank = 1
    GROUP BY person_id`;
}

/**
 * The person's own column counts only where no history row exists for the attribute at all
 * (not written by the services, which record every value; a safety net for hand-made stores).
 */
const statusAsOf = sql`CASE WHEN h.has_status = 1 THEN h.status ELSE p.residence_status END`;
const municipalityAsOf = sql`CASE WHEN h.has_municipality = 1 THEN h.municipality ELSE p.municipality END`;

/** Every person's residence status and municipality as of `day` (YYYY-MM-DD). */
export function personAttributesAsOf(db: KimDb, day: string): Map<string, AttributesAsOf> {
  const rows = db.all<{ personId: string } & AttributesAsOf>(sql`
    SELECT p.id AS personId, ${statusAsOf} AS residenceStatus, ${municipalityAsOf} AS municipality
    FROM persons p LEFT JOIN (${asOfPivot(day)}) h ON h.person_id = p.id`);
  return new Map(rows.map(({ personId, ...values }) => [personId, values]));
}

/** The residence status and municipality as of `day` of the person of each case opened by `day`, by case id. */
export function caseAttributesAsOf(db: KimDb, day: string): Map<string, AttributesAsOf> {
  const rows = db.all<{ caseId: string } & AttributesAsOf>(sql`
    SELECT c.id AS caseId, ${statusAsOf} AS residenceStatus, ${municipalityAsOf} AS municipality
    FROM cases c
    JOIN persons p ON p.id = c.person_id
    LEFT JOIN (${asOfPivot(day)}) h ON h.person_id = p.id
    WHERE c.opened_at <= ${day}`);
  return new Map(rows.map(({ caseId, ...values }) => [caseId, values]));
}
