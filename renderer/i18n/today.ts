/** Texts of "Heute", the start screen. Group headings and item titles come from the main process. */
export const todayTexts = {
  title: 'Heute',
  loading: 'Die fälligen Aufgaben werden geladen …',
  asOf: (date: string) => `Stand: ${date}`,
  summary: (total: number, overdue: number) =>
    `${total === 1 ? '1 Eintrag ist' : `${total} Einträge sind`} fällig${overdue > 0 ? `, ${overdue} davon überfällig` : ''}.`,
  emptyTitle: 'Heute ist nichts fällig',
  emptyText:
    'Es gibt keine fälligen Wiedervorlagen, keine Schritte über dem Termin, keine fälligen Re-Assessments, keine ausstehenden Rückmeldungen und keine ablaufenden Aufenthaltsdokumente.',
  count: (n: number) => `(${n})`,
  overdue: 'überfällig',
  caseAndClient: (caseNumber: string, clientName: string | null) => `Fall ${caseNumber} · ${clientName ?? 'ohne Namen'}`,
  reload: 'Neu laden',
  showAll: (n: number) => `Alle ${n} anzeigen`,
  settingsTitle: 'Zeiträume für „Heute“',
  settingsSummary: 'Zeiträume einstellen',
  residenceLabel: 'Aufenthaltsdokumente anzeigen, die in so vielen Wochen ablaufen',
  residenceHint: (min: number, max: number) => `Eine ganze Zahl von ${min} bis ${max}. Üblich sind 8 Wochen.`,
  residenceInvalid: (min: number, max: number) => `Bitte geben Sie eine ganze Zahl von ${min} bis ${max} ein.`,
  referralLabel: 'Vermittlungen anzeigen, die so viele Tage ohne Rückmeldung sind',
  referralHint: (min: number, max: number) => `Eine ganze Zahl von ${min} bis ${max}. Üblich sind 14 Tage.`,
  referralInvalid: (min: number, max: number) => `Bitte geben Sie eine ganze Zahl von ${min} bis ${max} ein.`,
  save: 'Zeiträume speichern',
  busy: 'Wird gespeichert …',
  saved: 'Die Zeiträume sind gespeichert. Die Liste ist aktualisiert.',
};

/** 2026-11-21 → 21.11.2026 */
export function germanDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}.${m}.${y}`;
}
