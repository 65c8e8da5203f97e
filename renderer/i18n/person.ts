/** Texts of the person form's choices, the interpreter language, corrections and the household search. */

export const choiceSearch = {
  chosen: (label: string) => `${label}: gewählt`,
  remove: (name: string) => `${name} entfernen`,
  full: (max: number) => `Es sind höchstens ${max} möglich. Entfernen Sie eine, um eine andere zu wählen.`,
  placeholder: 'Zum Suchen tippen …',
  replacePlaceholder: 'Zum Ändern tippen …',
  noMatch: 'Nichts gefunden. Bitte anders schreiben.',
  notChosen: (text: string) => `„${text}“ ist noch nicht gewählt. Bitte einen Eintrag aus der Liste wählen (Eingabetaste).`,
};

export const person = {
  nationalitiesHint: 'Land tippen, mit den Pfeiltasten wählen, Eingabetaste übernimmt. Bis zu 5.',
  languagesHint: 'Sprache tippen und übernehmen. Die erste ist die bevorzugte Sprache. Bis zu 10.',
  preferred: 'bevorzugt',
  interpreterLanguage: 'Sprache für die Dolmetschung',
  interpreterLanguageHint: 'In welcher Sprache soll gedolmetscht werden?',
  interpreterLanguageNotKnown: 'Sprache nicht angegeben',
  interpreterWith: (language: string) => `ja, ${language}`,
  tooManyNationalities: 'Höchstens 5 Staatsangehörigkeiten.',
  tooManyLanguages: 'Höchstens 10 Sprachen.',
  corrected: (date: string, by: string) => `Die Angaben wurden berichtigt, zuletzt am ${date} von ${by}. Die früheren Fassungen stehen unten.`,
  versionTitle: 'So lauteten die Angaben',
  search: {
    label: 'Person suchen',
    hint: 'Familien- oder Vorname (auch in einer anderen Schreibweise), Fallnummer oder Geburtsdatum',
    hitsLabel: 'Gefundene Personen',
    typeMore: 'Bitte mindestens zwei Zeichen tippen.',
    none: 'Keine Person gefunden.',
    born: (year: string) => `geb. ${year}`,
    bornUnknown: 'Geburtsjahr unbekannt',
    caseNumber: (number: string) => `Fall ${number}`,
    noCase: 'kein offener Fall',
    spelling: (name: string) => `gefunden als ${name}`,
    choose: 'Wählen',
    chosen: (name: string) => `Gewählt: ${name}`,
    other: 'Andere Person suchen',
    alreadyMember: 'lebt schon in diesem Haushalt',
  },
  intake: {
    takeExisting: (name: string) => `Es geht weiter mit der bereits erfassten Person ${name}.`,
  },
};
