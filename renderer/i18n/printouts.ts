/**
 * Texts of print, then sign: choosing the printout that was signed (its code is in the footer of
 * every page: "Ausdruck 7KQ3M9") when a signature is recorded.
 */
import { germanDay, germanTime } from './dates';

export const printoutTexts = {
  /** "Ausdruck 7KQ3M9": as the footer of the paper says it. */
  code: (code: string) => `Ausdruck ${code}`,
  /** "Ausdruck 7KQ3M9 · Arabisch · 23.11.2026 10:30" (printed at, local time). */
  option: (code: string, languageName: string, printedAt: string) => `Ausdruck ${code} · ${languageName} · ${germanDay(printedAt)} ${germanTime(printedAt)}`,
  /** After the signature in the releases table: which printout was signed. */
  signedOn: (code: string) => `Unterschrieben auf Ausdruck ${code}`,
  /** The agreements table: the day signed and the printout it was signed on. */
  agreementSigned: (date: string, code: string) => `Unterschrieben am ${germanDay(date)} auf Ausdruck ${code}. Kann nicht mehr geändert werden.`,
  loading: 'Die Ausdrucke werden geladen …',
  agreement: {
    legend: 'Welcher Ausdruck wurde unterschrieben?',
    hint: 'Der Code steht unten auf jeder Seite des Blattes („Ausdruck …“). Der neueste Ausdruck steht oben.',
    none: 'Diese Fassung wurde nicht aus der KIM Fallakte gedruckt. Sie können die Unterschrift trotzdem erfassen.',
    problem: 'Bitte wählen Sie den Ausdruck, der unterschrieben wurde.',
  },
  consent: {
    legend: 'Welche gedruckte Einwilligung wurde unterschrieben?',
    hint: 'Der Code steht unten auf jeder Seite der Einwilligung („Ausdruck …“).',
    problem: 'Bitte wählen Sie die gedruckte Einwilligung, die unterschrieben wurde.',
  },
  release: {
    legend: 'Welches gedruckte Formular wurde unterschrieben?',
    hint: 'Der Code steht unten auf jeder Seite des Formulars („Ausdruck …“).',
    problem: 'Bitte wählen Sie das gedruckte Formular, das unterschrieben wurde.',
  },
};
