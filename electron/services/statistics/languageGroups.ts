/**
 * Language groups: the ISO 639 codes of a person's preferred language (or of a short advice)
 * grouped so that no rare language points at a person. A fixed table, the same for every unit.
 */

export interface LanguageGroup {
  key: string;
  label: string;
  codes: readonly string[];
}

export const LANGUAGE_GROUPS: readonly LanguageGroup[] = [
  { key: 'deutsch', label: 'Deutsch', codes: ['de'] },
  { key: 'arabisch', label: 'Arabisch', codes: ['ar'] },
  { key: 'kurdisch', label: 'Kurdisch', codes: ['ku', 'ckb', 'kmr', 'sdh'] },
  { key: 'persisch-paschtu', label: 'Persisch, Dari, Paschtu', codes: ['fa', 'prs', 'pes', 'ps', 'pbu'] },
  { key: 'turksprachen', label: 'Türkisch und andere Turksprachen', codes: ['tr', 'az', 'uz', 'tk', 'ky', 'kk', 'ug'] },
  {
    key: 'slawisch',
    label: 'Ukrainisch, Russisch und andere slawische Sprachen',
    codes: ['uk', 'ru', 'be', 'pl', 'cs', 'sk', 'bg', 'sr', 'hr', 'bs', 'sl', 'mk'],
  },
  { key: 'romanisch', label: 'Rumänisch, Französisch und andere romanische Sprachen', codes: ['ro', 'fr', 'it', 'es', 'pt', 'ca'] },
  { key: 'englisch', label: 'Englisch', codes: ['en'] },
  { key: 'ostafrikanisch', label: 'Tigrinya, Amharisch, Somali und andere ostafrikanische Sprachen', codes: ['ti', 'am', 'so', 'om', 'sw', 'aa'] },
  {
    key: 'westafrikanisch',
    label: 'Fulfulde, Wolof und andere westafrikanische Sprachen',
    codes: ['ff', 'wo', 'mnk', 'ha', 'yo', 'ig', 'bm', 'tw', 'ee', 'kri'],
  },
  { key: 'suedasiatisch', label: 'Urdu, Hindi und andere südasiatische Sprachen', codes: ['ur', 'hi', 'bn', 'pa', 'ta', 'ne', 'si'] },
  { key: 'balkan', label: 'Albanisch und Romanes', codes: ['sq', 'rom', 'rmy'] },
];

export const OTHER_LANGUAGE = { key: 'andere', label: 'Andere Sprachen' } as const;
export const UNKNOWN_LANGUAGE = { key: 'unbekannt', label: 'Nicht erfasst' } as const;

export const LANGUAGE_LINES = [...LANGUAGE_GROUPS.map(({ key, label }) => ({ key, label })), OTHER_LANGUAGE, UNKNOWN_LANGUAGE];

const groupByCode = new Map<string, string>(LANGUAGE_GROUPS.flatMap((g) => g.codes.map((c) => [c, g.key] as const)));

/** The group of an ISO 639 code; null or empty → not recorded. */
export function languageGroupOf(code: string | null | undefined): string {
  if (!code) return UNKNOWN_LANGUAGE.key;
  return groupByCode.get(code.toLowerCase()) ?? OTHER_LANGUAGE.key;
}
