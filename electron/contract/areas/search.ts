/** Contract of the global search (Suche): persons, cases, notes of contacts and goals in one query. */
import { z } from 'zod';
import { method } from '../define';

export const SEARCH_QUERY_MAX = 200;
/** Hits per kind: the default and the most a screen may ask for. */
export const SEARCH_LIMIT = { default: 5, max: 50 } as const;

export type SearchGroupKind = 'person' | 'case' | 'note' | 'goal';

/** A piece of a snippet; `match` marks the words that were found. */
export interface SearchSnippetPart {
  text: string;
  match: boolean;
}

/** Where a hit leads: a case at one of its sections, or a person without a case to open. */
export type SearchTarget = { view: 'case'; caseId: string; section: 'overview' | 'contacts' | 'goals' } | { view: 'person'; personId: string };

export interface SearchHit {
  /** The id of the person, case, contact or goal found. */
  id: string;
  /** The first line: a name, a case number with name, a goal's title, a contact's date. */
  label: string;
  /** A short German second line (e.g. "Fall 2026-0042 · Aydın, Leyla"), or null. */
  detail: string | null;
  /** For notes: the words around the match; null for the other kinds. */
  snippet: SearchSnippetPart[] | null;
  target: SearchTarget;
}

export interface SearchGroup {
  kind: SearchGroupKind;
  /** German heading, e.g. "Personen". */
  heading: string;
  /** All hits of this kind; `hits` holds at most the limit. */
  total: number;
  hits: SearchHit[];
}

export interface SearchResult {
  query: string;
  /** Groups with hits only, the group with the best hit first. */
  groups: SearchGroup[];
}

export const searchMethods = {
  'search.global': method<SearchResult>()(
    z
      .object({
        query: z.string().min(1).max(SEARCH_QUERY_MAX),
        limit: z.number().int().min(1).max(SEARCH_LIMIT.max).optional(),
      })
      .strict(),
    ['LOCKED'],
  ),
} as const;
