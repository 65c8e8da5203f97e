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

export const demoMethods = {
  'demo.status': method<DemoStatus>()(z.object({}).strict(), ['LOCKED']),
  'demo.load': method<DemoLoadResult>()(z.object({ cases: z.number().int().min(DEMO_CASES.min).max(DEMO_CASES.max).optional() }).strict(), [
    'LOCKED',
    'DEMO_NOT_EMPTY',
    'DEMO_LOADING',
  ]),
} as const;
