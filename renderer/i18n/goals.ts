/** Texts of the Ziele tab added in issue 12: finished goals folded, print before signing, drafts. */
import { germanDay } from './dates';

export const goalTexts = {
  /** The one line of a finished goal (erreicht, teilweise erreicht, nicht erreicht, verworfen). */
  finishedLine: (status: string, done: number, total: number) =>
    total === 0 ? status : `${status} · ${done} von ${total} ${total === 1 ? 'Schritt' : 'Schritten'} erledigt`,
  finishedShow: 'Einzelheiten zeigen',
  finishedHide: 'Einzelheiten ausblenden',
  finishedTitle: (count: number) => (count === 1 ? 'Ein abgeschlossenes Ziel' : `${count} abgeschlossene Ziele`),
  /** The goal's or step's text in the client's language, printed on the Zielvereinbarung below the German. */
  translation: {
    label: 'Übersetzung (für die Person)',
    hint: 'Freiwillig. Der Text in der Sprache der Person, so wie Sie oder die Sprachmittlung ihn schreiben. Er steht auf der Zielvereinbarung unter dem deutschen Text.',
    add: 'Übersetzung hinzufügen',
    change: 'Übersetzung ändern',
    legend: (goal: string) => `Übersetzung des Ziels „${goal}“`,
    submit: 'Übersetzung speichern',
    saved: 'Die Übersetzung ist gespeichert.',
    /** Hidden, before the translation shown under a goal or step. */
    prefix: 'Übersetzung: ',
  },
  agreements: {
    /** The language the agreement prints in beside German. */
    language: 'Sprache der Zielvereinbarung',
    languagesLoading: 'Die Sprachen werden geladen …',
    printToSign: 'Zum Unterschreiben drucken',
    printToSignHint:
      'Drucken Sie die Fassung aus und lassen Sie sie von der Person und sich unterschreiben. Danach erfassen Sie hier das Datum der Unterschrift.',
    printSigned: 'Als PDF speichern',
    signFirstPrint: 'Erfassen Sie die Unterschrift, wenn die gedruckte Fassung von beiden unterschrieben ist.',
    signedOn: (date: string) => `Unterschrieben am ${germanDay(date)}.`,
  },
};
