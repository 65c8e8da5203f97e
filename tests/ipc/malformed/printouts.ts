import type { printoutMethods } from '../../../electron/contract/areas/printouts';

/** Malformed inputs for the printouts (print, then sign): every method must be listed (the contract test checks). */
export const printoutsMalformed: Record<keyof typeof printoutMethods, unknown[]> = {
  'printouts.list': [
    {},
    { personId: '' },
    { personId: 7 },
    { personId: 'x'.repeat(65) },
    { personId: 'p1', document: 'terminzettel' },
    { personId: 'p1', document: 'Zielvereinbarung' },
    { personId: 'p1', agreementId: '' },
    { personId: 'p1', agreementId: null },
    { personId: 'p1', partnerId: 12 },
    { personId: 'p1', code: '7KQ3M9' },
    // A person or an agreement version is required: never every printout of the store.
    { document: 'einwilligung' },
    { partnerId: 'pa1' },
  ],
};
