import type { consultationMethods } from '../../../electron/contract/areas/consultation';

/** Malformed inputs for each method of the consultation area: every method must be listed (the contract test checks). */
export const consultationMalformed: Record<keyof typeof consultationMethods, unknown[]> = {
  'persons.find': [
    {},
    { query: 42 },
    { query: 'x'.repeat(101) },
    { query: 'Haddad', limit: 0 },
    { query: 'Haddad', limit: 51 },
    { query: 'Haddad', limit: 2.5 },
    { query: 'Haddad', extra: true },
  ],
  'persons.likelyDuplicates': [
    {},
    { names: [] },
    { names: [{ familyName: '', givenNames: 'Amira' }] },
    { names: [{ familyName: 'Haddad' }] },
    { names: [{ familyName: 'H'.repeat(101), givenNames: '' }] },
    { names: [{ familyName: 'Haddad', givenNames: '', primary: true }] },
    { names: [{ familyName: 'Haddad', givenNames: '' }], birthDate: '03.04.1991' },
    { names: [{ familyName: 'Haddad', givenNames: '' }], birthDate: '1991-02-30' },
    { names: [{ familyName: 'Haddad', givenNames: '' }], excludePersonId: '' },
    { names: [{ familyName: 'Haddad', givenNames: '' }], phone: '0170' },
    { names: Array.from({ length: 11 }, () => ({ familyName: 'Haddad', givenNames: '' })) },
  ],
};
