/**
 * The person form's values as typed, and their conversion to the contract's input (and back).
 * Only light checks happen here (formats the form can explain); the rules stay in the main process.
 */
import type { Input } from '../../../electron/contract';
import type { AccommodationType, Gender, PersonDetail, ResidenceStatus } from '../../../electron/contract/areas/cases';
import { cases } from '../../i18n/cases';
import { person as personText } from '../../i18n/person';
import { birthDateToText, parseBirthDate } from '../cases/format';

const t = cases.person;

export interface NameValue {
  familyName: string;
  givenNames: string;
  note: string;
}

export type PersonFormValues = {
  /** The first spelling is the primary one. */
  names: NameValue[];
  birthDate: string;
  gender: Gender;
  /** ISO 3166-1 codes; an old code outside the list stays as it is. */
  nationalities: string[];
  /** ISO 639 codes, the preferred language first. */
  languages: string[];
  interpreterNeeded: boolean;
  /** ISO 639 code or '' (not known). */
  interpreterLanguage: string;
  phone: string;
  email: string;
  address: string;
  municipality: string;
  accommodationType: AccommodationType | '';
  accommodationName: string;
  residenceStatus: ResidenceStatus | '';
  residenceParagraph: string;
  /** 'YYYY-MM-DD' or '' (the German date field). */
  residenceValidUntil: string;
  incomplete: boolean;
};

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
    languages: [],
    interpreterNeeded: false,
    interpreterLanguage: '',
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
  return {
    names: person.names.map((n) => ({ familyName: n.familyName, givenNames: n.givenNames, note: n.note ?? '' })),
    birthDate: birthDateToText(person.birthDate),
    gender: person.gender,
    nationalities: person.nationalities,
    languages: person.languages,
    interpreterNeeded: person.interpreterNeeded,
    interpreterLanguage: person.interpreterLanguage ?? '',
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

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** The input for the main process, or the errors to show at the fields. */
export function toPersonInput(values: PersonFormValues): { input: PersonInput | null; errors: PersonFormErrors } {
  const errors: PersonFormErrors = {};
  if (values.names.some((n) => n.familyName.trim() === '')) errors.names = t.missingFamilyName;
  const birthDate = parseBirthDate(values.birthDate);
  if (birthDate === undefined) errors.birthDate = t.birthDateInvalid;
  const { nationalities, languages } = values;
  if (nationalities.length > 5) errors.nationalities = personText.tooManyNationalities;
  if (languages.length > 10) errors.languages = personText.tooManyLanguages;
  const email = orNull(values.email);
  if (email !== null && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) errors.email = cases.person.emailInvalid;
  if (Object.keys(errors).length > 0 || birthDate === undefined) return { input: null, errors };

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
    interpreterLanguage: values.interpreterNeeded ? values.interpreterLanguage || null : null,
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
