/** The people one can find, read in one go and grouped by person with their spellings prepared for comparing. */
import { candidateCases, candidateNames } from '../../../db/queries/matching';
import { restrictedPersonIds } from '../../../db/queries/restrictions';
import type { KimDb } from '../../../db/open';
import { displayName } from '../cases/labels';
import { nameWords, type WordInfo } from './nameMatch';

export interface Spelling {
  familyName: string;
  givenNames: string;
  primary: boolean;
  display: string;
  family: WordInfo[];
  given: WordInfo[];
  /** All words for searching, prepared on first use. */
  searchWords?: WordInfo[];
}

export interface Candidate {
  personId: string;
  birthDate: string | null;
  incomplete: boolean;
  /** Primary spelling first. */
  spellings: Spelling[];
  openCase: { id: string; caseNumber: string } | null;
  caseNumbers: string[];
  /** A case of the person is restricted (Art. 18 DSGVO): not found by the search, only named as a possible duplicate. */
  restricted: boolean;
}

export function loadCandidates(db: KimDb): Candidate[] {
  const byPerson = new Map<string, Candidate>();
  const restricted = restrictedPersonIds(db);
  // Names repeat a lot (Mohammed, Yılmaz): each distinct text is prepared once.
  const prepared = new Map<string, WordInfo[]>();
  const wordsOf = (text: string): WordInfo[] => {
    let list = prepared.get(text);
    if (!list) {
      list = nameWords(text);
      prepared.set(text, list);
    }
    return list;
  };
  for (const row of candidateNames(db)) {
    let candidate = byPerson.get(row.personId);
    if (!candidate) {
      candidate = {
        personId: row.personId,
        birthDate: row.birthDate,
        incomplete: row.incomplete,
        spellings: [],
        openCase: null,
        caseNumbers: [],
        restricted: restricted.has(row.personId),
      };
      byPerson.set(row.personId, candidate);
    }
    candidate.spellings.push({
      familyName: row.familyName,
      givenNames: row.givenNames,
      primary: row.primary,
      display: displayName(row),
      family: wordsOf(row.familyName),
      given: wordsOf(row.givenNames),
    });
  }
  for (const c of candidateCases(db).sort((a, b) => a.openedAt.localeCompare(b.openedAt))) {
    const candidate = byPerson.get(c.personId);
    if (!candidate) continue;
    candidate.caseNumbers.push(c.caseNumber);
    if (c.phase !== 'abgeschlossen') candidate.openCase = { id: c.id, caseNumber: c.caseNumber };
  }
  for (const candidate of byPerson.values()) candidate.spellings.sort((a, b) => Number(b.primary) - Number(a.primary));
  return [...byPerson.values()];
}

export const primaryDisplay = (candidate: Candidate): string => candidate.spellings[0]?.display ?? 'Ohne Namen';
