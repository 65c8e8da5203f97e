/**
 * Global search: one query over persons (all spellings of their names), cases (case number),
 * notes of contacts and goals, through the encrypted full-text index. Read-only: nothing is
 * changed and nothing audited; the query text is never written anywhere.
 */
import type { SearchGroup, SearchGroupKind, SearchHit, SearchResult } from '../../contract/areas/search';
import { SEARCH_LIMIT } from '../../contract/areas/search';
import type { PersonNameRow } from '../../../db/queries/persons';
import { casesForSearch, contactsForSearch, goalsForSearch, personsForSearch, searchIndex, type SearchHitRow } from '../../../db/queries/search';
import { db, type ServiceContext } from '../context';
import { displayName, germanDate } from '../cases/labels';
import { primaryName } from '../cases/persons';
import { snippetParts } from './snippet';

export const SEARCH_HEADINGS: Record<SearchGroupKind, string> = {
  person: 'Personen',
  case: 'Fälle',
  note: 'Notizen aus Kontakten',
  goal: 'Ziele',
};

const unique = (values: (string | null)[]): string[] => [...new Set(values.filter((v): v is string => v !== null))];

export function searchService(ctx: ServiceContext) {
  return {
    global(input: { query: string; limit?: number | undefined }): SearchResult {
      const store = db(ctx);
      const rows = searchIndex(store, input.query, input.limit ?? SEARCH_LIMIT.default);
      const caseRows = casesForSearch(store, unique(rows.map((r) => r.caseId)));
      const people = personsForSearch(store, unique([...rows.map((r) => r.personId), ...caseRows.map((c) => c.personId)]));
      const contactAt = new Map(
        contactsForSearch(
          store,
          rows.filter((r) => r.kind === 'note').map((r) => r.refId),
        ).map((c) => [c.id, c.at]),
      );
      const goalRows = new Map(
        goalsForSearch(
          store,
          rows.filter((r) => r.kind === 'goal').map((r) => r.refId),
        ).map((g) => [g.id, g]),
      );
      const caseById = new Map(caseRows.map((c) => [c.id, c]));
      const birthDate = new Map(people.persons.map((p) => [p.id, p.birthDate]));
      const namesBy = new Map<string, PersonNameRow[]>();
      for (const name of people.names) namesBy.set(name.personId, [...(namesBy.get(name.personId) ?? []), name]);
      const nameOf = (personId: string | null) => displayName(primaryName(namesBy.get(personId ?? '') ?? []));
      const caseLine = (caseId: string | null) => {
        const row = caseById.get(caseId ?? '');
        return row ? `Fall ${row.caseNumber} · ${nameOf(row.personId)}` : null;
      };

      function hitOf(row: SearchHitRow): SearchHit | null {
        switch (row.kind) {
          case 'person': {
            const names = namesBy.get(row.refId) ?? [];
            const primary = primaryName(names);
            const others = names.filter((n) => n !== primary).map(displayName);
            const born = birthDate.get(row.refId);
            const details = [born ? `geboren ${germanDate(born)}` : null, others.length > 0 ? `auch: ${others.join('; ')}` : null];
            const detail = details.filter((d) => d !== null).join(' · ');
            return { id: row.refId, label: displayName(primary), detail: detail || null, snippet: null, target: { view: 'person', personId: row.refId } };
          }
          case 'case': {
            const found = caseById.get(row.refId);
            if (!found) return null;
            return {
              id: row.refId,
              label: `Fall ${found.caseNumber}`,
              detail: nameOf(found.personId) + (found.phase === 'abgeschlossen' ? ' · abgeschlossen' : ''),
              snippet: null,
              target: { view: 'case', caseId: row.refId, section: 'overview' },
            };
          }
          case 'note': {
            const at = contactAt.get(row.refId);
            return {
              id: row.refId,
              label: at ? `Kontakt am ${germanDate(at)}` : 'Kontakt',
              detail: caseLine(row.caseId) ?? nameOf(row.personId),
              snippet: snippetParts(row.snippet),
              target: row.caseId ? { view: 'case', caseId: row.caseId, section: 'contacts' } : { view: 'person', personId: row.personId ?? '' },
            };
          }
          case 'goal': {
            const goal = goalRows.get(row.refId);
            if (!goal || !row.caseId) return null;
            return {
              id: row.refId,
              label: goal.title,
              detail: caseLine(row.caseId),
              snippet: null,
              target: { view: 'case', caseId: row.caseId, section: 'goals' },
            };
          }
        }
      }

      const groups = new Map<SearchGroupKind, SearchGroup>();
      for (const row of rows) {
        const hit = hitOf(row);
        if (!hit) continue;
        const group = groups.get(row.kind) ?? { kind: row.kind, heading: SEARCH_HEADINGS[row.kind], total: row.kindTotal, hits: [] };
        group.hits.push(hit);
        groups.set(row.kind, group);
      }
      // Rows come best first, so the groups are in the order of their best hit.
      return { query: input.query, groups: [...groups.values()] };
    },
  };
}
