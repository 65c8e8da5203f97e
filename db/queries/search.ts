/**
 * Global search over the FTS5 table `search_index` (migration 0005; outside drizzle's schema, kept
 * current by triggers). Ranked with bm25, a name or title counting more than a note; each word
 * typed matches as a whole word or as the start of a word, so results appear while typing.
 */
import { inArray, sql } from 'drizzle-orm';
import type { KimDb } from '../open';
import { cases, contacts, goals, personNames, persons } from '../schema';
import { caseNotRestricted, personNotRestricted } from './restrictions';

export const SEARCH_KINDS = ['person', 'case', 'note', 'goal'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** Marks around the matched words in a snippet (control characters nobody types). */
export const MATCH_START = '\u0002';
export const MATCH_END = '\u0003';

export interface SearchHitRow {
  kind: SearchKind;
  refId: string;
  personId: string | null;
  caseId: string | null;
  /** Higher is better (the negated bm25). */
  score: number;
  /** How many hits of this kind there are in all, before the limit. */
  kindTotal: number;
  /** For notes: the part of the note around the match, with MATCH_START/MATCH_END marks. */
  snippet: string;
}

/** Turkish dotless ı is no diacritic for unicode61: folded the same way the migration folds the index. */
const fold = (text: string): string => text.replace(/ı/g, 'i').replace(/İ/g, 'I');

/**
 * The FTS5 MATCH expression for what the user typed, or null when nothing searchable is left.
 * Every word is quoted (so quotes, AND/OR/NEAR, * and brackets are plain text) and matches
 * exactly or as a prefix; an exact match scores both and so ranks above a prefix match.
 * Control characters separate words like spaces: FTS5's query parser ends a string at a NUL
 * ("unterminated string"), and nobody types one on purpose.
 */
export function matchExpression(query: string): string | null {
  const words = fold(query)
    .split(/[\s\p{Cc}]+/u)
    .map((word) => word.replace(/"/g, ''))
    .filter((word) => /[\p{L}\p{N}]/u.test(word))
    .slice(0, 12);
  if (words.length === 0) return null;
  return words.map((word) => `("${word}" OR "${word}"*)`).join(' AND ');
}

/** The best hits of each kind, best first, at most `limitPerKind` of each; nothing of a restricted case or its person. */
export function searchIndex(db: KimDb, query: string, limitPerKind: number): SearchHitRow[] {
  const match = matchExpression(query);
  if (match === null) return [];
  const rows = db.all<Omit<SearchHitRow, 'kind'> & { kind: string }>(sql`
    SELECT kind, refId, personId, caseId, score, kindTotal, snippet FROM (
      SELECT kind, refId, personId, caseId, score, snippet,
        row_number() OVER (PARTITION BY kind ORDER BY score DESC) AS position,
        count(*) OVER (PARTITION BY kind) AS kindTotal
      FROM (
        SELECT kind, ref_id AS refId, person_id AS personId, case_id AS caseId,
          -bm25(search_index, 0, 0, 0, 0, 10.0, 1.0, 1.0) AS score,
          CASE WHEN kind = 'note' THEN snippet(search_index, 5, ${MATCH_START}, ${MATCH_END}, '…', 16) ELSE '' END AS snippet
        FROM search_index WHERE search_index MATCH ${match}
          -- restricted cases (Art. 18 DSGVO) and everything of their person are left out
          AND (person_id IS NULL OR ${personNotRestricted(sql`search_index.person_id`)})
          AND (case_id IS NULL OR ${caseNotRestricted(sql`search_index.case_id`)})
      )
    ) WHERE position <= ${limitPerKind}
    ORDER BY score DESC`);
  return rows.filter((row): row is SearchHitRow => (SEARCH_KINDS as readonly string[]).includes(row.kind));
}

/** What a hit shows besides its text: the case's number and phase, the person's names. */
export function casesForSearch(db: KimDb, caseIds: string[]) {
  if (caseIds.length === 0) return [];
  return db
    .select({ id: cases.id, caseNumber: cases.caseNumber, personId: cases.personId, phase: cases.phase })
    .from(cases)
    .where(inArray(cases.id, caseIds))
    .all();
}

export function personsForSearch(db: KimDb, personIds: string[]) {
  if (personIds.length === 0) return { persons: [], names: [] };
  return {
    persons: db.select({ id: persons.id, birthDate: persons.birthDate }).from(persons).where(inArray(persons.id, personIds)).all(),
    names: db.select().from(personNames).where(inArray(personNames.personId, personIds)).all(),
  };
}

export function contactsForSearch(db: KimDb, contactIds: string[]) {
  if (contactIds.length === 0) return [];
  return db.select({ id: contacts.id, at: contacts.at }).from(contacts).where(inArray(contacts.id, contactIds)).all();
}

export function goalsForSearch(db: KimDb, goalIds: string[]) {
  if (goalIds.length === 0) return [];
  return db.select({ id: goals.id, title: goals.title, status: goals.status }).from(goals).where(inArray(goals.id, goalIds)).all();
}
