/**
 * Entirely fictional demo people, grouped by the origins typical of KIM's clients. Names are
 * common given and family names of each language area, combined at random: no real person.
 * Variants are the other spellings a case manager meets (passport, transliterations, script).
 */
export interface Origin {
  country: string;
  languages: string[];
  weight: number;
  female: string[];
  male: string[];
  /** Family names; where they have a female form (Petrov, Petrova), in the male one. */
  family: string[];
  /** The female form of a family name ends in -a (Bulgarian, Russian). */
  genderedFamily?: boolean;
  /** Other spellings of a name part, e.g. Mohammed → Muhammad, Mohamad. */
  variants?: Record<string, string[]>;
  residence: readonly (readonly [ResidenceStatus, number])[];
}
export type ResidenceStatus =
  | 'gestattung'
  | 'duldung'
  | 'aufenthaltserlaubnis'
  | 'niederlassungserlaubnis'
  | 'eu_freizuegigkeit'
  | 'eingebuergert'
  | 'sonstiges';

const refugee = [
  ['gestattung', 3],
  ['duldung', 2],
  ['aufenthaltserlaubnis', 4],
  ['niederlassungserlaubnis', 1],
] as const;
const eu = [
  ['eu_freizuegigkeit', 9],
  ['sonstiges', 1],
] as const;

export const ORIGINS: Origin[] = [
  {
    country: 'SY',
    languages: ['ar', 'ku'],
    weight: 18,
    female: ['Fatima', 'Amira', 'Rania', 'Layla', 'Hiba', 'Nour', 'Salma', 'Yasmin'],
    male: ['Mohammed', 'Ahmad', 'Omar', 'Khaled', 'Yusuf', 'Hassan', 'Bilal', 'Samir'],
    family: ['Al-Hassan', 'Haddad', 'Khalil', 'Mansour', 'Al-Ahmad', 'Darwish', 'Suleiman', 'Kassab'],
    variants: { Mohammed: ['Muhammad', 'Mohamad', 'محمد'], Ahmad: ['Ahmed'], Yusuf: ['Youssef'], 'Al-Hassan': ['Alhassan', 'El Hassan'], Haddad: ['حداد'] },
    residence: refugee,
  },
  {
    country: 'AF',
    languages: ['fa', 'ps'],
    weight: 14,
    female: ['Mariam', 'Zahra', 'Farzana', 'Shabnam', 'Nargis', 'Parwana'],
    male: ['Ahmad', 'Mustafa', 'Ali', 'Hamid', 'Javid', 'Farid', 'Rahim'],
    family: ['Ahmadi', 'Hosseini', 'Rahimi', 'Karimi', 'Sultani', 'Haidari', 'Noori'],
    variants: { Hosseini: ['Husseini', 'Hoseyni'], Mustafa: ['Mostafa'] },
    residence: [
      ['gestattung', 4],
      ['duldung', 4],
      ['aufenthaltserlaubnis', 3],
    ],
  },
  {
    country: 'UA',
    languages: ['uk', 'ru'],
    weight: 16,
    female: ['Olena', 'Iryna', 'Natalia', 'Oksana', 'Tetiana', 'Yulia', 'Kateryna'],
    male: ['Oleksandr', 'Andrii', 'Serhii', 'Dmytro', 'Mykola', 'Volodymyr'],
    family: ['Kovalenko', 'Shevchenko', 'Bondarenko', 'Tkachenko', 'Kravchenko', 'Melnyk', 'Oliinyk'],
    variants: { Olena: ['Elena', 'Олена'], Serhii: ['Sergej', 'Serhiy'], Shevchenko: ['Schewtschenko', 'Шевченко'], Natalia: ['Natalija'] },
    residence: [
      ['aufenthaltserlaubnis', 9],
      ['sonstiges', 1],
    ],
  },
  {
    country: 'TR',
    languages: ['tr', 'ku'],
    weight: 10,
    female: ['Ayşe', 'Elif', 'Zeynep', 'Hatice', 'Emine', 'Derya'],
    male: ['Mehmet', 'Mustafa', 'Hüseyin', 'Murat', 'Emre', 'Kemal'],
    family: ['Yılmaz', 'Kaya', 'Demir', 'Çelik', 'Şahin', 'Doğan', 'Aydın'],
    variants: { Ayşe: ['Ayse'], Yılmaz: ['Yilmaz'], Çelik: ['Celik'], Şahin: ['Sahin'], Hüseyin: ['Huseyin', 'Hussein'] },
    residence: [
      ['gestattung', 5],
      ['aufenthaltserlaubnis', 3],
      ['niederlassungserlaubnis', 2],
    ],
  },
  {
    country: 'IQ',
    languages: ['ar', 'ku'],
    weight: 9,
    female: ['Shirin', 'Rozhin', 'Nasrin', 'Dilan', 'Avin'],
    male: ['Karwan', 'Hawre', 'Dilshad', 'Azad', 'Rebwar', 'Ali'],
    family: ['Mahmoud', 'Abdullah', 'Rashid', 'Qadir', 'Hamad'],
    variants: { Mahmoud: ['Mahmud', 'Mahmood'] },
    residence: refugee,
  },
  {
    country: 'ER',
    languages: ['ti'],
    weight: 6,
    female: ['Senait', 'Helen', 'Mebrat', 'Luwam', 'Selam'],
    male: ['Yonas', 'Tesfay', 'Kidane', 'Samuel', 'Filmon'],
    family: ['Tesfamariam', 'Ghebreyesus', 'Haile', 'Berhane', 'Tekle'],
    variants: { Tesfay: ['Tesfai'], Ghebreyesus: ['Gebreyesus'] },
    residence: [
      ['gestattung', 3],
      ['aufenthaltserlaubnis', 6],
    ],
  },
  {
    country: 'RO',
    languages: ['ro'],
    weight: 7,
    female: ['Ioana', 'Maria', 'Elena', 'Andreea', 'Mihaela'],
    male: ['Ion', 'Andrei', 'Gheorghe', 'Florin', 'Marian'],
    family: ['Popescu', 'Ionescu', 'Stan', 'Dumitru', 'Constantin'],
    residence: eu,
  },
  {
    country: 'BG',
    languages: ['bg', 'tr'],
    weight: 6,
    female: ['Desislava', 'Galina', 'Petya', 'Silvia', 'Yordanka'],
    male: ['Georgi', 'Ivan', 'Dimitar', 'Stoyan', 'Nikolay'],
    family: ['Ivanov', 'Petrov', 'Georgiev', 'Dimitrov', 'Stoyanov'],
    genderedFamily: true,
    variants: { Georgi: ['Георги', 'Georgij'] },
    residence: eu,
  },
  {
    country: 'RU',
    languages: ['ru'],
    weight: 4,
    female: ['Svetlana', 'Anna', 'Olga', 'Ekaterina'],
    male: ['Alexei', 'Dmitri', 'Sergei', 'Pavel'],
    family: ['Ivanov', 'Smirnov', 'Kuznetsov', 'Popov'],
    genderedFamily: true,
    variants: { Alexei: ['Aleksej', 'Алексей'], Sergei: ['Sergej'] },
    residence: [
      ['gestattung', 4],
      ['aufenthaltserlaubnis', 4],
      ['duldung', 2],
    ],
  },
  {
    country: 'IR',
    languages: ['fa'],
    weight: 5,
    female: ['Maryam', 'Sara', 'Niloufar', 'Parisa'],
    male: ['Reza', 'Amir', 'Mehdi', 'Babak'],
    family: ['Moradi', 'Jafari', 'Rezaei', 'Ahmadi'],
    variants: { Rezaei: ['Rezai'], Niloufar: ['Nilufar'] },
    residence: refugee,
  },
  {
    country: 'GN',
    languages: ['fr', 'ff'],
    weight: 5,
    female: ['Aissatou', 'Mariama', 'Fatoumata', 'Kadiatou'],
    male: ['Mamadou', 'Alpha', 'Ibrahima', 'Ousmane'],
    family: ['Diallo', 'Barry', 'Bah', 'Sow', 'Camara'],
    residence: [
      ['gestattung', 4],
      ['duldung', 5],
      ['aufenthaltserlaubnis', 1],
    ],
  },
];

/** Fictional places: municipalities of a district and its shared accommodation. */
/** The family name as a woman or a man of that origin bears it: Petrova, Petrov. */
export function familyNameFor(origin: Origin, family: string, gender: 'weiblich' | 'maennlich'): string {
  const stem = origin.genderedFamily && family.endsWith('a') ? family.slice(0, -1) : family;
  return origin.genderedFamily && gender === 'weiblich' ? `${stem}a` : stem;
}

export const MUNICIPALITIES = ['Kreisstadt', 'Nordheim', 'Südwalde', 'Ostbach', 'Westerfeld', 'Lindenau'];
/** The fictional district the demo case manager works for. */
export const DISTRICT = 'Kreis Lindenau';
export const STREETS = ['Lindenstraße', 'Am Markt', 'Bahnhofstraße', 'Schulweg', 'Gartenstraße', 'Mühlenweg', 'Kirchplatz'];

/** German names of the languages above, for the interpreter of a contact. */
export const LANGUAGE_NAMES: Record<string, string> = {
  ar: 'Arabisch',
  ku: 'Kurdisch (Kurmandschi)',
  fa: 'Farsi',
  ps: 'Paschtu',
  uk: 'Ukrainisch',
  ru: 'Russisch',
  tr: 'Türkisch',
  ti: 'Tigrinya',
  ro: 'Rumänisch',
  bg: 'Bulgarisch',
  fr: 'Französisch',
  ff: 'Fulfulde',
  en: 'Englisch',
};

/** Where a language code is spoken under another name: Dari in Afghanistan, Sorani in Iraq. */
const LOCAL_LANGUAGE_NAMES: Record<string, Record<string, string>> = {
  AF: { fa: 'Dari' },
  IQ: { ku: 'Kurdisch (Sorani)' },
};

export function languageName(origin: Origin, code: string): string {
  return LOCAL_LANGUAGE_NAMES[origin.country]?.[code] ?? LANGUAGE_NAMES[code] ?? code;
}

/** Eastern European origins (a target group of Kreis Mettmann 2021). */
export const EASTERN_EUROPE = new Set(['UA', 'RO', 'BG', 'RU']);
