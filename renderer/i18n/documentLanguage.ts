/** German texts of the language choice for documents printed for a person (Einwilligung, Zielvereinbarung, …). */
export const documentLanguageTexts = {
  label: 'Sprache der Dokumente',
  hint: 'Vorgewählt ist die erste Sprache der Person, für die es Texte gibt.',
  option: (name: string, confirmed: boolean) => (confirmed ? name : `${name} (noch nicht fachlich geprüft)`),
  unconfirmedNote: (name: string) =>
    `Die Texte auf ${name} sind noch nicht fachlich geprüft. Bitte gehen Sie das Dokument mit der Person durch, am besten mit einer Sprachmittlung.`,
};
