import type { demoMethods } from '../../../electron/contract/areas/demo';

/** Malformed inputs for each method of the demo area: every method must be listed (the contract test checks). */
export const demoMalformed: Record<keyof typeof demoMethods, unknown[]> = {
  'demo.status': [{ cases: 5 }, { isDemo: true }],
  'demo.remove': [{ all: true }, null, 'ja'],
  'demo.emptyStore': [{}, { confirm: 5 }, { confirm: 'L'.repeat(41) }, { confirm: 'LEEREN', keep: true }, null],
  'demo.load': [{ cases: 0 }, { cases: 1001 }, { cases: 2.5 }, { cases: '20' }, { cases: null }, { cases: 20, seed: 3 }],
};
