/** Texts of the Ziele tab added in issue 12: finished goals folded, print before signing, drafts. */
import { germanDay } from './dates';

export const goalTexts = {
  /** The one line of a finished goal (erreicht, teilweise erreicht, nicht erreicht, verworfen). */
  finishedLine: (status: string, done: number, total: number) =>
    total === 0 ? status : `${status} · ${done} von ${total} ${total === 1 ? 'Schritt' : 'Schritten'} erledigt`,
  finishedShow: 'Einzelheiten zeigen',
  finishedHide: 'Einzelheiten ausblenden',
  finishedTitle: (count: number) => (count === 1 ? 'Ein abgeschlossenes Ziel' : `${count} abgeschlossene Ziele`),
  agreements: {
    printToSign: 'Zum Unterschreiben drucken',
    printToSignHint:
      'Drucken Sie die Fassung aus und lassen Sie sie von der Person und sich unterschreiben. Danach erfassen Sie hier das Datum der Unterschrift.',
    printSigned: 'Als PDF speichern',
    signFirstPrint: 'Erfassen Sie die Unterschrift, wenn die gedruckte Fassung von beiden unterschrieben ist.',
    signedOn: (date: string) => `Unterschrieben am ${germanDay(date)}.`,
  },
};
