/** Contract methods of the consultation hour: find a person as one types, and warn of likely duplicates before registering. */
import { z } from 'zod';
import { method } from '../define';
import { partialDate, recordId } from '../fields';

/** How many hits the search may return. */
export const FIND_LIMIT = { min: 1, max: 50, default: 20 } as const;

/** What the query matched: a spelling of the name, a case number or the date of birth. */
export type MatchedBy = 'name' | 'caseNumber' | 'birthDate';

export interface PersonHit {
  personId: string;
  /** The primary spelling, "Familienname, Vornamen". */
  displayName: string;
  /** The spelling that matched when it is not the primary one (e.g. the passport spelling); else null. */
  matchedSpelling: string | null;
  matchedBy: MatchedBy[];
  birthDate: string | null;
  /** The open case, if any (else null). */
  openCaseId: string | null;
  openCaseNumber: string | null;
  /** Registered quickly and still to be completed. */
  incomplete: boolean;
  /** 0..1, higher is better; hits come sorted by it. */
  score: number;
}

export interface LikelyDuplicate {
  personId: string;
  displayName: string;
  birthDate: string | null;
  openCaseId: string | null;
  openCaseNumber: string | null;
  /** 'hoch': same name (or a spelling variant) and same date of birth; 'mittel': otherwise. */
  likelihood: 'hoch' | 'mittel';
  /** Why this person is shown, in German, e.g. "Schreibvariante des Namens: Muhammad, Ali". */
  reasons: string[];
}

const duplicateName = z
  .object({ familyName: z.string().trim().min(1).max(100), givenNames: z.string().trim().max(100) })
  .strict();

export const consultationMethods = {
  'persons.find': method<PersonHit[]>()(
    z
      .object({
        query: z.string().max(100),
        limit: z.number().int().min(FIND_LIMIT.min).max(FIND_LIMIT.max).optional(),
      })
      .strict(),
    ['LOCKED'],
  ),
  'persons.likelyDuplicates': method<LikelyDuplicate[]>()(
    z
      .object({
        names: z.array(duplicateName).min(1).max(10),
        birthDate: partialDate.nullable().optional(),
        /** When checking an existing person's changed names: leave this person out. */
        excludePersonId: recordId.optional(),
      })
      .strict(),
    ['LOCKED'],
  ),
} as const;

export type FindInput = z.output<(typeof consultationMethods)['persons.find']['input']>;
export type LikelyDuplicatesInput = z.output<(typeof consultationMethods)['persons.likelyDuplicates']['input']>;
