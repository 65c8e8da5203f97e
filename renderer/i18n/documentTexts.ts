/** German texts of Einstellungen → Texte der Dokumente (languages, review state, own wording). */
import type { DocumentTextReview } from '../../electron/contract/areas/documentTexts';
import { germanDay } from './dates';

export const documentTextsTexts = {
  summary: 'Texte der Dokumente: Sprachen und Übersetzungen',
  title: 'Texte der Dokumente',
  intro:
    'Zielvereinbarung, Einwilligung, Schweigepflichtentbindung und Terminzettel werden zweisprachig gedruckt: Deutsch (in Leichter Sprache) und die Sprache der Klientin oder des Klienten. ' +
    'Eine Übersetzung gilt als „noch nicht fachlich geprüft“, bis jemand sie hier bestätigt. Jeden Text können Sie durch Ihre eigene Fassung ersetzen, zum Beispiel durch den freigegebenen Wortlaut Ihres Trägers.',
  loading: 'Die Sprachen werden geladen …',
  languagesLabel: 'Sprachen',
  rtl: 'von rechts nach links',
  review(review: DocumentTextReview): string {
    if (review.state === 'geprueft') return `fachlich geprüft von ${review.by ?? ''} am ${germanDay(review.on)}`;
    if (review.state === 'veraltet')
      return `noch nicht fachlich geprüft: geprüft von ${review.by ?? ''} am ${germanDay(review.on)}, die Texte haben sich seither geändert`;
    return 'noch nicht fachlich geprüft';
  },
  replacements: (count: number) => (count === 0 ? '' : count === 1 ? '1 eigener Text' : `${count} eigene Texte`),
  show: (language: string) => `Texte ansehen: ${language}`,
  hide: 'Texte schließen',
  documents: {
    common: 'Auf allen Dokumenten',
    agreement: 'Zielvereinbarung',
    consent: 'Einwilligung',
    release: 'Schweigepflichtentbindung',
    appointment: 'Terminzettel',
  } as Record<string, string>,
  german: 'Deutsch',
  own: 'Eigene Fassung',
  builtIn: 'Eingebauter Text',
  confirm: 'Übersetzung bestätigen',
  confirmHint: (language: string) =>
    `Bestätigen Sie nur, wenn Sie oder eine Fachperson alle Texte auf ${language} gelesen und für richtig befunden haben. Ihr Name und das heutige Datum werden festgehalten.`,
  confirmed: 'Die Übersetzung ist als fachlich geprüft bestätigt.',
  replace: 'Text ersetzen',
  replaceLabel: 'Eigene Fassung des Textes',
  placeholdersHint: (placeholders: string[]) =>
    placeholders.length === 0
      ? 'Dieser Text hat keine Platzhalter.'
      : `Diese Platzhalter müssen genau so im Text bleiben: ${placeholders.join(', ')}. Sie werden beim Drucken mit den Angaben gefüllt.`,
  save: 'Eigene Fassung speichern',
  saving: 'Wird gespeichert …',
  saved: 'Die eigene Fassung ist gespeichert.',
  cancel: 'Abbrechen',
  clear: 'Eigene Fassung entfernen',
  cleared: 'Die eigene Fassung ist entfernt. Gedruckt wird wieder der eingebaute Text.',
};
