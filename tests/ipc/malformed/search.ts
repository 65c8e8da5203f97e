import type { searchMethods } from '../../../electron/contract/areas/search';

/** Malformed inputs for each method of the search area: every method must be listed (the contract test checks). */
export const searchMalformed: Record<keyof typeof searchMethods, unknown[]> = {
  'search.global': [
    {},
    { query: '' },
    { query: 'x'.repeat(201) },
    { query: 42 },
    { query: 'Fatima', limit: 0 },
    { query: 'Fatima', limit: 51 },
    { query: 'Fatima', limit: 2.5 },
    { query: 'Fatima', kind: 'person' },
  ],
};
