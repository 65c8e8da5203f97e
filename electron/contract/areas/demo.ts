/** Contract methods for demo data: load fictional clients and cases into an empty store, and say whether a store holds demo data. */
import { z } from 'zod';
import { method } from '../define';

/** How many cases the app may ask for (the command line may seed more). */
export const DEMO_CASES = { min: 1, max: 1000, default: 200 } as const;

export interface DemoStatus {
  /** The store was filled with demo data: the app shows a "Demodaten" badge. */
  isDemo: boolean;
  cases: number;
}

/** What was loaded, to tell the user. */
export interface DemoLoadResult extends DemoStatus {
  persons: number;
  /** Kurzberatungen and Weiterverweisungen that opened no case. */
  intakesWithoutCase: number;
  contacts: number;
  referrals: number;
  caseConferences: number;
}

/** What "Demodaten entfernen" removed, and how many cases (recorded beside the demo) stay. */
export interface DemoRemoveResult {
  persons: number;
  cases: number;
  remainingCases: number;
}

/** The word typed to confirm starting over with an empty store. */
export const EMPTY_STORE_WORD = 'LEEREN';

/** How many persons and cases the emptied store held. */
export interface EmptyStoreResult {
  persons: number;
  cases: number;
}

export const demoMethods = {
  'demo.status': method<DemoStatus>()(z.object({}).strict(), ['LOCKED']),
  'demo.load': method<DemoLoadResult>()(z.object({ cases: z.number().int().min(DEMO_CASES.min).max(DEMO_CASES.max).optional() }).strict(), [
    'LOCKED',
    'DEMO_NOT_EMPTY',
    'DEMO_LOADING',
  ]),
  /** Removes what the demo load created; persons and cases recorded beside it stay. */
  'demo.remove': method<DemoRemoveResult>()(z.object({}).strict(), ['LOCKED', 'DEMO_NONE', 'DEMO_ORIGIN_UNKNOWN', 'DEMO_LOADING']),
  /** Starts over with an empty store under the same passphrase: every person, case and record goes. */
  'demo.emptyStore': method<EmptyStoreResult>()(z.object({ confirm: z.string().max(40) }).strict(), [
    'LOCKED',
    'EMPTY_STORE_CONFIRMATION_MISMATCH',
    'DEMO_LOADING',
  ]),
} as const;
