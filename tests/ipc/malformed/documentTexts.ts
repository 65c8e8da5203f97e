import type { documentTextMethods } from '../../../electron/contract/areas/documentTexts';

/** Malformed inputs for each method of the documents' fixed texts: every method must be listed (the contract test checks). */
export const documentTextsMalformed: Record<keyof typeof documentTextMethods, unknown[]> = {
  'documentTexts.languages': [{ language: 'ar' }],
  'documentTexts.get': [{}, { language: 'xx' }, { language: 'AR' }, { language: null }, { language: 'ar', key: 'consent.title' }],
  'documentTexts.confirmReview': [{}, { language: 'de-leicht' }, { language: 7 }, { language: 'fa', by: 'Jemand' }, { language: 'fa', on: '2026-01-01' }],
  'documentTexts.replace': [
    {},
    { language: 'ar', key: 'consent.title' },
    { language: 'ar', text: 'x' },
    { language: 'xx', key: 'consent.title', text: 'x' },
    { language: 'ar', key: 'consent', text: 'x' },
    { language: 'ar', key: 'consent.title.more', text: 'x' },
    { language: 'ar', key: '__proto__.x', text: 'x' },
    { language: 'ar', key: `consent.${'a'.repeat(80)}`, text: 'x' },
    { language: 'ar', key: 'consent.title', text: 'x'.repeat(3001) },
    { language: 'ar', key: 'consent.title', text: 5 },
    { language: 'ar', key: 'consent.title', text: 'x', extra: true },
  ],
};
