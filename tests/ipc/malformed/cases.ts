import type { caseMethods } from '../../../electron/contract/areas/cases';

/** Malformed inputs for each method of this area: every method must be listed (the contract test checks). */
export const casesMalformed: Record<keyof typeof caseMethods, unknown[]> = {};
