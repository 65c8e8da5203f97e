/** German texts of Einstellungen → Texte der Dokumente (languages, review state, the unit's own texts). */
import type { DocumentTextReview } from '../../electron/contract/areas/documentTexts';
import { germanDay } from './dates';

/** "am 02.11.2026 von Aylin Demir"; the name left out where none was kept. */
function whenAndWho(review: DocumentTextReview): string {
  const by = review.by ? ` von ${review.by}` : '';
  return `am ${germanDay(review.on)}${by}`;
}

export const documentTextsTexts = {
  summary: 'Texte der Dokumente: Sprachen und Übersetzungen',
  title: 'Texte der Dokumente',
  intro:
    'Zielvereinbarung, Einwilligung, Schweigepflichtentbindung und Terminzettel werden zweisprachig gedruckt: Deutsch (in Leichter Sprache) und die Sprache der Klientin oder des Klienten.',
  introReview:
    'Eine Übersetzung gilt als „noch nicht fachlich geprüft“, bis jemand sie hier bestätigt. Jeden Text können Sie durch einen eigenen Text ersetzen, zum Beispiel durch den freigegebenen Wortlaut Ihres Trägers.',
  loading: 'Die Sprachen werden geladen …',
  languagesLabel: 'Sprachen',
  rtl: 'von rechts nach links',
  /** The review state in words: the same line in the list of languages and above a language's texts. */
  review(review: DocumentTextReview): string {
    if (review.state === 'geprueft') return `fachlich geprüft ${whenAndWho(review)}`;
    if (review.state === 'veraltet') return `veraltet: Texte geändert seit der Prüfung ${whenAndWho(review)}`;
    return 'noch nicht fachlich geprüft';
  },
  replacements: (count: number) => (count === 0 ? 'keine eigenen Texte' : count === 1 ? '1 eigener Text' : `${count} eigene Texte`),
  /** The visible button text; its accessible name (`show`) adds the language, as the list has one button per language. */
  showShort: 'Texte ansehen',
  show: (language: string) => `Texte ansehen: ${language}`,
  hide: 'Texte schließen',
  textsOf: (language: string) => `Texte auf ${language}`,
  documents: {
    common: 'Auf allen Dokumenten',
    agreement: 'Zielvereinbarung',
    consent: 'Einwilligung',
    release: 'Schweigepflichtentbindung',
    appointment: 'Terminzettel',
  } as Record<string, string>,
  textCount: (count: number) => (count === 1 ? '1 Text' : `${count} Texte`),
  /** Header of the German column: the text every translation is made from. */
  german: 'Deutsch (Ausgangstext)',
  actions: 'Ändern',
  own: 'eigener Text',
  builtIn: 'Eingebauter Text',
  /** The button says what it confirms: how many texts, in which language. */
  confirm: (language: string, count: number) => `${count} Texte auf ${language} als fachlich geprüft bestätigen`,
  confirmHint: (language: string) =>
    `Bestätigen Sie nur, wenn Sie oder eine Fachperson alle Texte auf ${language} gelesen und für richtig befunden haben. Ihr Name und das heutige Datum werden festgehalten.`,
  confirmAgainHint: 'Seit der letzten Prüfung haben sich eingebaute Texte geändert (mit einer neuen Version der App). Bitte prüfen Sie die Texte erneut.',
  confirmOwnHint: 'Bestätigt werden die eingebauten Texte; Ihre eigenen Texte gehören nicht dazu.',
  confirmed: (language: string) => `Die Texte auf ${language} sind als fachlich geprüft bestätigt.`,
  replace: 'Ersetzen',
  replaceLabel: (language: string) => `Eigener Text auf ${language}`,
  placeholdersHint: (placeholders: string[]) =>
    placeholders.length === 0
      ? 'Dieser Text hat keine Platzhalter.'
      : `Diese Platzhalter müssen genau so im Text bleiben: ${placeholders.join(', ')}. Sie werden beim Drucken mit den Angaben gefüllt.`,
  escapeHint: 'Mit Esc brechen Sie ab.',
  save: 'Eigenen Text speichern',
  saving: 'Wird gespeichert …',
  saved: 'Der eigene Text ist gespeichert.',
  cancel: 'Abbrechen',
  clear: 'Eigenen Text entfernen',
  cleared: 'Der eigene Text ist entfernt. Gedruckt wird wieder der eingebaute Text.',
};
