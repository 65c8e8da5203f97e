import type { networkMethods } from '../../../electron/contract/areas/network';

/** Malformed inputs for each method of this area: every method must be listed (the contract test checks). */
export const networkMalformed: Record<keyof typeof networkMethods, unknown[]> = {};
