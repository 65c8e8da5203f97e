/** The consultation hour's look-ups: find a person as one types, and likely duplicates before registering. */
import type { FindInput, LikelyDuplicate, LikelyDuplicatesInput, PersonHit } from '../../contract/areas/consultation';
import { FIND_LIMIT } from '../../contract/areas/consultation';
import { changeCount } from '../../../db/queries/matching';
import type { KimDb } from '../../../db/open';
import { db, type ServiceContext } from '../context';
import { loadCandidates, type Candidate } from './candidates';
import { likelyDuplicates } from './duplicates';
import { searchPersons } from './personSearch';

/**
 * The prepared candidates (spellings folded, sound keys computed) are kept between calls while
 * nothing is written — typing a query is many calls without a change — and read afresh after any
 * change on the connection. Locking drops them, so no names stay in memory while locked.
 */
export function createMatchingServices(ctx: ServiceContext) {
  let cache: { db: KimDb; changes: number; candidates: Candidate[]; findable: Candidate[] } | null = null;
  ctx.store.onLocked(() => {
    cache = null;
  });

  function candidates(): { candidates: Candidate[]; findable: Candidate[] } {
    const store = db(ctx);
    const changes = changeCount(store);
    if (cache?.db !== store || cache.changes !== changes) {
      const all = loadCandidates(store);
      cache = { db: store, changes, candidates: all, findable: all.filter((c) => !c.restricted) };
    }
    return cache;
  }

  return {
    matching: {
      find(input: FindInput): PersonHit[] {
        // A person with a restricted case (Art. 18 DSGVO) is not found by name, number or date of birth.
        return searchPersons(candidates().findable, input.query, input.limit ?? FIND_LIMIT.default);
      },
      likelyDuplicates(input: LikelyDuplicatesInput): LikelyDuplicate[] {
        return likelyDuplicates(candidates().candidates, input);
      },
    },
  };
}
