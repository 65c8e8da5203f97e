/**
 * The dated history of the person attributes the statistic counts by (residence status and
 * municipality): appended with every change, read as of a day for whole populations at once.
 */
import { sql } from 'drizzle-orm';
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

/** Per person with any history: the value of each attribute as of the day, present only where the attribute has a row. */
export type HistoryAsOf = Map<string, { residenceStatus?: string | null; municipality?: string | null }>;

type HistoryRow = [personId: string, attribute: PersonHistoryAttribute, value: string | null, validFrom: string, recordedAt: string];

/**
 * The value of each attribute as of `day`, for every person who has any history: the row with the
 * latest valid_from on or before `day` (ties: the one recorded last; rows recorded in the same
 * millisecond: the one inserted last). Without such a row — the person was recorded after `day`,
 * e.g. a case opened back-dated before the person was entered — the value of the history's first
 * day counts for the earlier days too: the first value recorded is the best knowledge there is,
 * and it never depends on what changed later. A value may be a recorded "not known" (null).
 *
 * One pass over the history table in insertion order, ranked here (issue 13: a window sorting the
 * whole history per quarter, pivoted and joined, took a second at 20,000 cases): a later row takes
 * the place of the one kept when it ranks as high or higher, so on a full tie the one inserted
 * last wins, as before. Dates and moments are ASCII, so JavaScript compares them as SQLite does.
 */
export function attributeHistoryAsOf(db: KimDb, day: string): HistoryAsOf {
  const rows = db.values<HistoryRow>(sql`
    SELECT person_id, attribute, value, valid_from, recorded_at FROM person_attribute_history ORDER BY rowid`);
  // The rows themselves are kept, one map per attribute: no key or object made per row.
  const kept = { residence_status: new Map<string, HistoryRow>(), municipality: new Map<string, HistoryRow>() };
  for (const row of rows) {
    const byPerson = kept[row[1]];
    if (!byPerson) continue;
    const best = byPerson.get(row[0]);
    if (best === undefined || !outranks(best, row, day)) byPerson.set(row[0], row);
  }
  const result: HistoryAsOf = new Map();
  for (const [personId, row] of kept.residence_status) result.set(personId, { residenceStatus: row[2] });
  for (const [personId, row] of kept.municipality) {
    const entry = result.get(personId);
    if (entry) entry.municipality = row[2];
    else result.set(personId, { municipality: row[2] });
  }
  return result;
}

/** Whether the row kept ranks strictly above a later row as of `day` (by valid from, then recorded at). */
function outranks(kept: HistoryRow, later: HistoryRow, day: string): boolean {
  const keptBefore = kept[3] <= day;
  const before = later[3] <= day;
  if (keptBefore !== before) return keptBefore;
  if (kept[3] !== later[3]) return before ? kept[3] > later[3] : kept[3] < later[3];
  return kept[4] > later[4];
}

/**
 * The person's own column counts only where no history row exists for the attribute at all
 * (not written by the services, which record every value; a safety net for hand-made stores).
 */
export function attributesAsOf(history: HistoryAsOf, personId: string, own: { residenceStatus: string | null; municipality: string | null }): AttributesAsOf {
  const held = history.get(personId);
  return {
    residenceStatus: held && 'residenceStatus' in held ? (held.residenceStatus ?? null) : own.residenceStatus,
    municipality: held && 'municipality' in held ? (held.municipality ?? null) : own.municipality,
  };
}

/** Every person's residence status and municipality as of `day` (YYYY-MM-DD). */
export function personAttributesAsOf(db: KimDb, day: string): Map<string, AttributesAsOf> {
  const history = attributeHistoryAsOf(db, day);
  const rows = db.all<{ personId: string } & AttributesAsOf>(sql`
    SELECT id AS personId, residence_status AS residenceStatus, municipality FROM persons`);
  return new Map(rows.map(({ personId, ...own }) => [personId, attributesAsOf(history, personId, own)]));
}

/** The residence status and municipality as of `day` of the person of each case opened by `day`, by case id. */
export function caseAttributesAsOf(db: KimDb, day: string): Map<string, AttributesAsOf> {
  const history = attributeHistoryAsOf(db, day);
  const rows = db.all<{ caseId: string; personId: string } & AttributesAsOf>(sql`
    SELECT c.id AS caseId, p.id AS personId, p.residence_status AS residenceStatus, p.municipality AS municipality
    FROM cases c JOIN persons p ON p.id = c.person_id
    WHERE c.opened_at <= ${day}`);
  return new Map(rows.map(({ caseId, personId, ...own }) => [caseId, attributesAsOf(history, personId, own)]));
}
