import type { assessmentMethods } from '../../../electron/contract/areas/assessment';

/** Malformed inputs for each method of this area: every method must be listed (the contract test checks). */
export const assessmentMalformed: Record<keyof typeof assessmentMethods, unknown[]> = {};
