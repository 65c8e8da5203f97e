/** The people one can find, read and grouped by person with their spellings prepared for comparing. */
import { candidateCases, candidateNames, restrictedAmong } from '../../../db/queries/matching';
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
  /** The order in which persons were recorded: equal hits are listed in it. */
  order: number;
  birthDate: string | null;
  incomplete: boolean;
  /** Primary spelling first, then as recorded. */
  spellings: Spelling[];
  openCase: { id: string; caseNumber: string } | null;
  caseNumbers: string[];
  /** A case of the person is restricted (Art. 18 DSGVO): not found by the search, only named as a possible duplicate. */
  restricted: boolean;
}

/** Name parts prepared once per distinct text: names repeat a lot (Mohammed, Yılmaz). */
export type WordCache = Map<string, WordInfo[]>;

/**
 * Every person with a name, or (`personIds`) just these: a person of them who has no name any
 * more (erased) is not among the result.
 */
export function loadCandidates(db: KimDb, personIds?: readonly string[], words: WordCache = new Map()): Candidate[] {
  const byPerson = new Map<string, Candidate>();
  const spellingOrder = new Map<Spelling, number>();
  const restricted = personIds ? restrictedAmong(db, personIds) : restrictedPersonIds(db);
  const wordsOf = (text: string): WordInfo[] => {
    let list = words.get(text);
    if (!list) {
      list = nameWords(text);
      words.set(text, list);
    }
    return list;
  };
  for (const row of candidateNames(db, personIds)) {
    let candidate = byPerson.get(row.personId);
    if (!candidate) {
      candidate = {
        personId: row.personId,
        order: row.order,
        birthDate: row.birthDate,
        incomplete: row.incomplete,
        spellings: [],
        openCase: null,
        caseNumbers: [],
        restricted: restricted.has(row.personId),
      };
      byPerson.set(row.personId, candidate);
    }
    const spelling: Spelling = {
      familyName: row.familyName,
      givenNames: row.givenNames,
      primary: row.primary,
      display: displayName(row),
      family: wordsOf(row.familyName),
      given: wordsOf(row.givenNames),
    };
    spellingOrder.set(spelling, row.spellingOrder);
    candidate.spellings.push(spelling);
  }
  for (const c of candidateCases(db, personIds)) {
    const candidate = byPerson.get(c.personId);
    if (!candidate) continue;
    candidate.caseNumbers.push(c.caseNumber);
    if (c.phase !== 'abgeschlossen') candidate.openCase = { id: c.id, caseNumber: c.caseNumber };
  }
  for (const candidate of byPerson.values()) {
    candidate.spellings.sort((a, b) => Number(b.primary) - Number(a.primary) || (spellingOrder.get(a) ?? 0) - (spellingOrder.get(b) ?? 0));
  }
  return [...byPerson.values()];
}

export const primaryDisplay = (candidate: Candidate): string => candidate.spellings[0]?.display ?? 'Ohne Namen';
