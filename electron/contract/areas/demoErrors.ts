/** Errors of the demo data offer. */
export const demoErrors = {
  DEMO_NOT_EMPTY:
    'Demodaten werden nur in eine leere Fallakte geladen. Diese Fallakte enthält schon Personen oder Fälle, oder eine Sprechstunde läuft gerade. Sie bleibt unverändert.',
  DEMO_LOADING: 'Die Demodaten werden gerade geladen. Bitte warten Sie, bis das Laden fertig ist.',
  DEMO_NONE: 'Diese Fallakte enthält keine Demodaten.',
  DEMO_ORIGIN_UNKNOWN:
    'Diese Demodaten wurden mit einer früheren Version geladen, die nicht festgehalten hat, was dazugehört. Beginnen Sie stattdessen mit einem neuen, leeren Speicher.',
  EMPTY_STORE_CONFIRMATION_MISMATCH: 'Bitte geben Sie zur Bestätigung das Wort LEEREN ein. Es wurde nichts gelöscht.',
} as const;
