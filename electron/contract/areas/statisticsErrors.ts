/** Errors of the anonymised statistic for the strategic overhead. */
export const statisticsErrors = {
  PERIOD_INVALID: 'Der Zeitraum ist nicht lesbar. Bitte geben Sie ein Quartal an, zum Beispiel 2026-Q3.',
  PERIOD_NOT_QUARTER:
    'Die Statistik wird nur für Quartale erstellt, zum Beispiel 2026-Q3. Halbjahre und Jahre setzt die Bezirksansicht aus den Quartalen zusammen; so lässt sich kein Zeitraum von einem anderen abziehen.',
  PERIOD_NOT_STARTED: 'Dieses Quartal hat noch nicht begonnen. Eine Statistik gibt es nur für vergangene oder laufende Quartale.',
  PERIOD_RUNNING:
    'Dieses Quartal läuft noch. Exportiert werden nur abgeschlossene Quartale, jedes genau einmal: so kann niemand aus zwei Exporten ablesen, was sich dazwischen geändert hat. Die Vorschau zeigt den vorläufigen Stand.',
  STATISTICS_UNIT_MISSING:
    'Bitte tragen Sie zuerst in den Einstellungen der Statistik den Namen Ihrer Stelle ein. Die Koordinierung im Kreis erkennt daran, von wem die Statistik kommt.',
} as const;
