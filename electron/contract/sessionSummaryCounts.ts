/**
 * The numbers of a finished Sprechstunde, labelled: one list for the summary screen and its PDF,
 * so both say the same words in the same order.
 */
import type { SessionSummary } from './areas/consultation';

export function sessionSummaryCounts(summary: SessionSummary): [label: string, count: number][] {
  return [
    ['Kontakte', summary.contacts.length],
    ['Neue Personen', summary.newPersons.length],
    ['Kurzberatungen', summary.shortAdvice.total],
    ['Wiedervorlagen', summary.followUpsCreated],
    ['Noch wartend', summary.stillWaiting],
    ['Beratungszeit in Minuten', summary.totalMinutes],
  ];
}
