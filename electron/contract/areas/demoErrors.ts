/** Errors of the demo data offer. */
export const demoErrors = {
  DEMO_NOT_EMPTY: 'Demodaten werden nur in eine leere Fallakte geladen. Diese Fallakte enthält schon Personen oder Fälle und bleibt unverändert.',
  DEMO_LOADING: 'Die Demodaten werden gerade geladen. Bitte warten Sie, bis das Laden fertig ist.',
} as const;
