/**
 * Fictional clients: a name from the origin's lists (with another spelling for some), a date of
 * birth that is often only a year, residence status and document, languages, where they live,
 * and for some a household with partner and children. Every record says it is demo data.
 */
import type { AccommodationType, Gender, HouseholdRole, PersonCreateInput } from '../../contract/areas/cases';
import { addDays, addYears, ageOn } from './calendar';
import { openShelters, type DemoLocation, type DemoSetup } from './configuration';
import { valid, type DemoServices } from './demoServices';
import { familyNameFor, MUNICIPALITIES, ORIGINS, STREETS, type Origin, type ResidenceStatus } from './origins';
import type { SeededRandom } from './random';
import { DEMO_NAME_NOTE } from './texts';

export interface DemoPerson {
  origin: Origin;
  gender: Extract<Gender, 'weiblich' | 'maennlich'>;
  givenNames: string;
  familyName: string;
  variant: { givenNames: string; familyName: string; note: string } | null;
  birthDate: string;
  ageAtIntake: number;
  residence: ResidenceStatus;
  paragraph: string | null;
  validUntil: string | null;
  languages: string[];
  interpreterNeeded: boolean;
  municipality: string;
  home: DemoLocation | null;
  address: string;
  email: string | null;
  umf: boolean;
  partner: boolean;
  children: number;
}

export interface PersonHints {
  country?: string;
  residence?: ResidenceStatus;
  umf?: boolean;
}

const REFUGEE_ORIGINS = ['SY', 'AF', 'ER', 'GN', 'IQ'];
const AE_PARAGRAPHS = [
  ['§ 25 Abs. 2 AufenthG', 5],
  ['§ 25 Abs. 1 AufenthG', 2],
  ['§ 25 Abs. 3 AufenthG', 2],
  ['§ 25a AufenthG', 1],
  ['§ 25b AufenthG', 1],
] as const;

/** A birth date `age` years before `date`, written as precisely as it is known: often only the year. */
function birthDateFor(rng: SeededRandom, age: number, date: string): { written: string; exact: string } {
  const exact = addDays(addYears(date, -age - 1), rng.int(1, 364));
  const precision = rng.weighted([
    ['day', 55],
    ['year', 30],
    ['month', 15],
  ] as const);
  const written = precision === 'day' ? exact : precision === 'year' ? exact.slice(0, 4) : exact.slice(0, 7);
  return { written, exact };
}

function residenceDocument(rng: SeededRandom, origin: Origin, status: ResidenceStatus, today: string): { paragraph: string | null; validUntil: string | null } {
  switch (status) {
    case 'gestattung':
      return { paragraph: '§ 55 AsylG', validUntil: addDays(today, rng.int(-15, 180)) };
    case 'duldung':
      return { paragraph: '§ 60a AufenthG', validUntil: addDays(today, rng.int(-20, 120)) };
    case 'aufenthaltserlaubnis':
      return {
        paragraph: origin.country === 'UA' ? '§ 24 AufenthG' : rng.weighted(AE_PARAGRAPHS),
        validUntil: addDays(today, rng.int(-10, 900)),
      };
    case 'niederlassungserlaubnis':
      return { paragraph: '§ 26 Abs. 3 AufenthG', validUntil: null };
    case 'sonstiges':
      return { paragraph: 'Fiktionsbescheinigung (§ 81 Abs. 4 AufenthG)', validUntil: addDays(today, rng.int(0, 90)) };
    default:
      return { paragraph: null, validUntil: null };
  }
}

function spellingNote(rng: SeededRandom, spelling: string): string {
  if (/[\u0400-\u04FF]/.test(spelling)) return 'Kyrillische Schreibweise (Pass)';
  if (/[\u0600-\u06FF]/.test(spelling)) return 'Arabische Schrift';
  return rng.pick(['Schreibweise im Pass', 'Andere Umschrift in älteren Dokumenten', 'Schreibweise der Ausländerbehörde']);
}

function variantOf(rng: SeededRandom, origin: Origin, givenNames: string, familyName: string): DemoPerson['variant'] {
  const variants = origin.variants ?? {};
  const options = [
    ...(variants[givenNames] ?? []).map((v) => ({ givenNames: v, familyName })),
    ...(variants[familyName] ?? []).map((v) => ({ givenNames, familyName: v })),
  ];
  if (options.length === 0 || !rng.chance(0.6)) return null;
  const chosen = rng.pick(options);
  return { ...chosen, note: spellingNote(rng, `${chosen.givenNames} ${chosen.familyName}`) };
}

const asciiOnly = (text: string) => /^[A-Za-z -]+$/.test(text);
const mailPart = (text: string) => text.toLowerCase().replace(/[^a-z]/g, '');

export function drawPerson(rng: SeededRandom, setup: DemoSetup, intakeDate: string, hints: PersonHints = {}): DemoPerson {
  const country = hints.country ?? (hints.umf ? rng.pick(REFUGEE_ORIGINS) : null);
  const origin = country ? ORIGINS.find((o) => o.country === country)! : rng.weighted(ORIGINS.map((o) => [o, o.weight] as const));
  const umf = hints.umf ?? (REFUGEE_ORIGINS.includes(origin.country) && rng.chance(0.06));
  const gender = umf
    ? rng.weighted([
        ['maennlich', 8],
        ['weiblich', 2],
      ] as const)
    : rng.pick(['weiblich', 'maennlich'] as const);
  const givenNames = rng.pick(gender === 'weiblich' ? origin.female : origin.male);
  const familyName = familyNameFor(origin, rng.pick(origin.family), gender);
  const age = umf
    ? rng.int(15, 17)
    : rng.weighted([
        [rng.int(18, 26), 3],
        [rng.int(27, 45), 5],
        [rng.int(46, 64), 2],
      ] as const);
  const birth = birthDateFor(rng, age, intakeDate);
  const residence =
    hints.residence ??
    (umf
      ? rng.weighted([
          ['gestattung', 5],
          ['duldung', 3],
          ['aufenthaltserlaubnis', 2],
        ] as const)
      : rng.weighted(origin.residence));
  const document = residenceDocument(rng, origin, residence, setup.today);
  const eu = residence === 'eu_freizuegigkeit';
  const shelters = openShelters(setup, intakeDate);
  // Unaccompanied minors live in youth welfare housing, not in a GU.
  const inShelter = !eu && !umf && shelters.length > 0 && rng.chance(residence === 'gestattung' || residence === 'duldung' ? 0.6 : 0.15);
  const home = inShelter ? rng.pick(shelters) : null;
  const secondLanguage = origin.languages[1] !== undefined && rng.chance(0.6) ? [origin.languages[1]] : [];
  const english = !eu && rng.chance(0.2) ? ['en'] : [];
  const household = !umf && rng.chance(0.35);
  const partner = household && rng.chance(0.75);
  return {
    origin,
    gender,
    givenNames,
    familyName,
    variant: variantOf(rng, origin, givenNames, familyName),
    birthDate: birth.written,
    ageAtIntake: ageOn(birth.exact, intakeDate),
    residence,
    ...document,
    languages: [origin.languages[0]!, ...secondLanguage, ...english],
    interpreterNeeded: rng.chance(eu ? 0.35 : origin.country === 'UA' ? 0.6 : 0.7),
    municipality: home?.municipality ?? rng.pick(MUNICIPALITIES),
    home,
    address: home ? home.address : `${rng.pick(STREETS)} ${rng.int(1, 80)}`,
    email: asciiOnly(givenNames + familyName) && rng.chance(0.12) ? `${mailPart(givenNames)}.${mailPart(familyName)}@example.org` : null,
    umf,
    partner,
    children: household
      ? rng.weighted([
          [0, partner ? 2 : 0],
          [1, 3],
          [2, 3],
          [3, 2],
          [4, 1],
        ] as const)
      : 0,
  };
}

function names(person: Pick<DemoPerson, 'givenNames' | 'familyName' | 'variant'>) {
  return [
    { familyName: person.familyName, givenNames: person.givenNames, primary: true, note: DEMO_NAME_NOTE },
    ...(person.variant ? [{ ...person.variant, primary: false }] : []),
  ];
}

/** Everything known about the person, as the complete record. */
export function fullRecord(person: DemoPerson): PersonCreateInput {
  const accommodationType: AccommodationType = person.home ? 'gu' : person.umf ? 'sonstiges' : 'privat';
  return {
    names: names(person),
    birthDate: person.birthDate,
    gender: person.gender,
    nationalities: [person.origin.country],
    languages: person.languages,
    interpreterNeeded: person.interpreterNeeded,
    phone: null,
    email: person.email,
    address: person.address,
    municipality: person.municipality,
    accommodationType,
    accommodationName: person.home?.name ?? (person.umf ? 'Wohngruppe der Jugendhilfe' : null),
    residenceStatus: person.residence,
    residenceParagraph: person.paragraph,
    residenceValidUntil: person.validUntil,
    incomplete: false,
  };
}

/** What is taken down quickly in a consultation hour: name, year of birth, origin, language. */
export function quickRecord(person: DemoPerson): PersonCreateInput {
  return {
    names: names({ ...person, variant: null }),
    birthDate: person.birthDate.slice(0, 4),
    gender: person.gender,
    nationalities: [person.origin.country],
    languages: person.languages.slice(0, 1),
    interpreterNeeded: person.interpreterNeeded,
    incomplete: true,
  };
}

/** Partner and children, each a person of their own, linked to the client's household. */
export function createHousehold(svc: DemoServices, rng: SeededRandom, person: DemoPerson, personId: string, date: string): number {
  const members: { record: PersonCreateInput; role: HouseholdRole }[] = [];
  const base = fullRecord(person);
  const relative = (gender: DemoPerson['gender'], age: number, familyName: string, languages: string[]) => {
    const givenNames = rng.pick(gender === 'weiblich' ? person.origin.female : person.origin.male);
    const birth = birthDateFor(rng, age, date);
    return {
      ...base,
      names: names({ givenNames, familyName: familyNameFor(person.origin, familyName, gender), variant: null }),
      gender,
      birthDate: birth.written,
      languages,
      email: null,
    };
  };
  if (person.partner) {
    const gender = person.gender === 'weiblich' ? 'maennlich' : 'weiblich';
    const age = Math.max(18, person.ageAtIntake + rng.int(-6, 6));
    const familyName = rng.chance(0.7) ? person.familyName : rng.pick(person.origin.family);
    members.push({ record: relative(gender, age, familyName, person.languages), role: 'partner' });
  }
  const maxChildAge = Math.max(0, Math.min(17, person.ageAtIntake - 18));
  for (let i = 0; i < person.children; i++) {
    const record = relative(rng.pick(['weiblich', 'maennlich'] as const), rng.int(0, maxChildAge), person.familyName, [...person.languages.slice(0, 1), 'de']);
    members.push({ record: { ...record, interpreterNeeded: false }, role: 'kind' });
  }
  for (const member of members) {
    const created = svc.persons.create(valid('persons.create', member.record));
    svc.households.link(valid('persons.linkHousehold', { personId: created.id, withPersonId: personId, role: member.role, withPersonRole: 'bezugsperson' }));
  }
  return members.length;
}
