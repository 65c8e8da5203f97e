/** Errors of the anonymised statistic for the strategic overhead. */
export const statisticsErrors = {
  PERIOD_INVALID: 'Der Zeitraum ist nicht lesbar. Bitte geben Sie ein Jahr (2026), ein Halbjahr (2026-H1) oder ein Quartal (2026-Q3) an.',
  PERIOD_NOT_STARTED: 'Dieser Zeitraum hat noch nicht begonnen. Eine Statistik gibt es nur für vergangene oder laufende Zeiträume.',
  STATISTICS_UNIT_MISSING:
    'Bitte tragen Sie zuerst in den Einstellungen der Statistik den Namen Ihrer Stelle ein. Die Koordination im Kreis erkennt daran, von wem die Statistik kommt.',
} as const;
