/** The consultation hour's look-ups: find a person as one types, and likely duplicates before registering. */
import type { FindInput, LikelyDuplicate, LikelyDuplicatesInput, PersonHit } from '../../contract/areas/consultation';
import { FIND_LIMIT } from '../../contract/areas/consultation';
import { otherWritersMark, takeChangedPersons, watchPersonChanges } from '../../../db/queries/matching';
import type { KimDb } from '../../../db/open';
import { db, type ServiceContext } from '../context';
import { loadCandidates, type Candidate, type WordCache } from './candidates';
import { likelyDuplicates } from './duplicates';
import { searchPersons } from './personSearch';

/** More changed persons than this at once (a demo load, an import): everything is read again instead. */
export const FULL_RELOAD_ABOVE = 2_000;

/**
 * The prepared candidates (spellings folded, sound keys computed) of one connection. After a write,
 * only the persons the connection's TEMP triggers noted as changed are read again
 * (db/queries/matching.ts: watchPersonChanges); a new connection (unlock, key rotation) or a commit
 * by another process reads everything.
 */
interface NameIndex {
  db: KimDb;
  otherWriters: number;
  byPerson: Map<string, Candidate>;
  words: WordCache;
  /** The lists searched, made again from byPerson after a change. */
  lists: { candidates: Candidate[]; findable: Candidate[] } | null;
}

/** How the index was brought up to date by the last call (tests). */
export type IndexRefresh = { kind: 'full' } | { kind: 'changed'; persons: number } | { kind: 'none' };

function fullIndex(store: KimDb): NameIndex {
  watchPersonChanges(store); // before reading: a write between the two is noted and read again later
  const words: WordCache = new Map();
  const byPerson = new Map(loadCandidates(store, undefined, words).map((c) => [c.personId, c]));
  return { db: store, otherWriters: otherWritersMark(store), byPerson, words, lists: null };
}

/**
 * Kept between calls while nothing is written — typing a query is many calls without a change.
 * Locking drops the index, so no names stay in memory while locked.
 */
export function createMatchingServices(ctx: ServiceContext) {
  let index: NameIndex | null = null;
  let lastRefresh: IndexRefresh = { kind: 'none' };
  ctx.store.onLocked(() => {
    index = null;
  });

  function refresh(): NameIndex {
    const store = db(ctx);
    if (index?.db !== store || index.otherWriters !== otherWritersMark(store)) {
      index = fullIndex(store);
      lastRefresh = { kind: 'full' };
      return index;
    }
    const changed = takeChangedPersons(store);
    if (changed.length > FULL_RELOAD_ABOVE) {
      index = fullIndex(store);
      lastRefresh = { kind: 'full' };
    } else if (changed.length > 0) {
      const current = index;
      for (const personId of changed) current.byPerson.delete(personId);
      for (const candidate of loadCandidates(store, changed, current.words)) current.byPerson.set(candidate.personId, candidate);
      current.lists = null;
      lastRefresh = { kind: 'changed', persons: changed.length };
    } else {
      lastRefresh = { kind: 'none' };
    }
    return index;
  }

  function lists(): { candidates: Candidate[]; findable: Candidate[] } {
    const current = refresh();
    if (!current.lists) {
      const candidates = [...current.byPerson.values()];
      current.lists = { candidates, findable: candidates.filter((c) => !c.restricted) };
    }
    return current.lists;
  }

  return {
    matching: {
      find(input: FindInput): PersonHit[] {
        // A person with a restricted case (Art. 18 DSGVO) is not found by name, number or date of birth.
        return searchPersons(lists().findable, input.query, input.limit ?? FIND_LIMIT.default);
      },
      likelyDuplicates(input: LikelyDuplicatesInput): LikelyDuplicate[] {
        return likelyDuplicates(lists().candidates, input);
      },
      /** How the last look-up brought the index up to date (tests). */
      lastRefresh: (): IndexRefresh => lastRefresh,
    },
  };
}
