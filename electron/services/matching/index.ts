/** The consultation hour's look-ups: find a person as one types, and likely duplicates before registering. */
import type { FindInput, LikelyDuplicate, LikelyDuplicatesInput, PersonHit } from '../../contract/areas/consultation';
import { FIND_LIMIT } from '../../contract/areas/consultation';
import { db, type ServiceContext } from '../context';
import { loadCandidates } from './candidates';
import { likelyDuplicates } from './duplicates';
import { searchPersons } from './personSearch';

/**
 * Candidates are read afresh for every call (one pass over the spellings and one over the case
 * numbers): always current, and small enough for a few thousand people.
 */
export function createMatchingServices(ctx: ServiceContext) {
  return {
    matching: {
      find(input: FindInput): PersonHit[] {
        const candidates = loadCandidates(db(ctx));
        return searchPersons(candidates, input.query, input.limit ?? FIND_LIMIT.default);
      },
      likelyDuplicates(input: LikelyDuplicatesInput): LikelyDuplicate[] {
        return likelyDuplicates(loadCandidates(db(ctx)), input);
      },
    },
  };
}
