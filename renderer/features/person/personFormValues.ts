/**
 * The person form's values as typed, and their conversion to the contract's input (and back).
 * Only light checks happen here (formats the form can explain); the rules stay in the main process.
 */
import type { Input } from '../../../electron/contract';
import type { AccommodationType, Gender, PersonDetail, ResidenceStatus } from '../../../electron/contract/areas/cases';
import { COUNTRIES, LANGUAGES, cases } from '../../i18n/cases';
import { birthDateToText, parseBirthDate } from '../cases/format';

const t = cases.person;

export interface NameValue {
  familyName: string;
  givenNames: string;
  note: string;
}

export interface PersonFormValues {
  /** The first spelling is the primary one. */
  names: NameValue[];
  birthDate: string;
  gender: Gender;
  nationalities: string[];
  otherNationalities: string;
  languages: string[];
  otherLanguages: string;
  interpreterNeeded: boolean;
  phone: string;
  email: string;
  address: string;
  municipality: string;
  accommodationType: AccommodationType | '';
  accommodationName: string;
  residenceStatus: ResidenceStatus | '';
  residenceParagraph: string;
  residenceValidUntil: string;
  incomplete: boolean;
}

/** Everything persons.create takes; persons.update takes the same plus the id. */
export type PersonInput = Input<'persons.create'>;

export interface PersonFormErrors {
  names?: string;
  birthDate?: string;
  nationalities?: string;
  languages?: string;
  email?: string;
}

export const emptyName = (): NameValue => ({ familyName: '', givenNames: '', note: '' });

export function emptyPerson(): PersonFormValues {
  return {
    names: [emptyName()],
    birthDate: '',
    gender: 'unbekannt',
    nationalities: [],
    otherNationalities: '',
    languages: [],
    otherLanguages: '',
    interpreterNeeded: false,
    phone: '',
    email: '',
    address: '',
    municipality: '',
    accommodationType: '',
    accommodationName: '',
    residenceStatus: '',
    residenceParagraph: '',
    residenceValidUntil: '',
    incomplete: false,
  };
}

export function valuesFromDetail(person: PersonDetail): PersonFormValues {
  const known = (codes: string[], list: Record<string, string>) => codes.filter((c) => c in list);
  const other = (codes: string[], list: Record<string, string>) => codes.filter((c) => !(c in list)).join(', ');
  return {
    names: person.names.map((n) => ({ familyName: n.familyName, givenNames: n.givenNames, note: n.note ?? '' })),
    birthDate: birthDateToText(person.birthDate),
    gender: person.gender,
    nationalities: known(person.nationalities, COUNTRIES),
    otherNationalities: other(person.nationalities, COUNTRIES),
    languages: known(person.languages, LANGUAGES),
    otherLanguages: other(person.languages, LANGUAGES),
    interpreterNeeded: person.interpreterNeeded,
    phone: person.phone ?? '',
    email: person.email ?? '',
    address: person.address ?? '',
    municipality: person.municipality ?? '',
    accommodationType: person.accommodationType ?? '',
    accommodationName: person.accommodationName ?? '',
    residenceStatus: person.residenceStatus ?? '',
    residenceParagraph: person.residenceParagraph ?? '',
    residenceValidUntil: person.residenceValidUntil ?? '',
    incomplete: person.incomplete,
  };
}

/** Codes typed as 'lb, SO' → checked codes plus these; undefined when one is malformed. */
function codes(checked: string[], typed: string, pattern: RegExp, normalise: (c: string) => string): string[] | undefined {
  const extra = typed
    .split(/[\s,;]+/)
    .filter(Boolean)
    .map(normalise);
  if (extra.some((code) => !pattern.test(code))) return undefined;
  return [...new Set([...checked, ...extra])];
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** The input for the main process, or the errors to show at the fields. */
export function toPersonInput(values: PersonFormValues): { input: PersonInput | null; errors: PersonFormErrors } {
  const errors: PersonFormErrors = {};
  if (values.names.some((n) => n.familyName.trim() === '')) errors.names = t.missingFamilyName;
  const birthDate = parseBirthDate(values.birthDate);
  if (birthDate === undefined) errors.birthDate = t.birthDateInvalid;
  const nationalities = codes(values.nationalities, values.otherNationalities, /^[A-Z]{2}$/, (c) => c.toUpperCase());
  if (!nationalities) errors.nationalities = t.nationalitiesInvalid;
  else if (nationalities.length > 5) errors.nationalities = t.tooManyNationalities;
  const languages = codes(values.languages, values.otherLanguages, /^[a-z]{2,3}$/, (c) => c.toLowerCase());
  if (!languages) errors.languages = t.languagesInvalid;
  else if (languages.length > 10) errors.languages = t.tooManyLanguages;
  const email = orNull(values.email);
  if (email !== null && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) errors.email = cases.person.emailInvalid;
  if (Object.keys(errors).length > 0 || birthDate === undefined || !nationalities || !languages) return { input: null, errors };

  const input: PersonInput = {
    names: values.names.map((n, index) => ({
      familyName: n.familyName.trim(),
      givenNames: n.givenNames.trim(),
      primary: index === 0,
      note: orNull(n.note),
    })),
    birthDate,
    gender: values.gender,
    nationalities,
    languages,
    interpreterNeeded: values.interpreterNeeded,
    phone: orNull(values.phone),
    email,
    address: orNull(values.address),
    municipality: orNull(values.municipality),
    accommodationType: values.accommodationType || null,
    accommodationName: orNull(values.accommodationName),
    residenceStatus: values.residenceStatus || null,
    residenceParagraph: orNull(values.residenceParagraph),
    residenceValidUntil: values.residenceValidUntil || null,
    incomplete: values.incomplete,
  };
  return { input, errors };
}
