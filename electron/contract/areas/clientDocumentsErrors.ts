/** Errors of the printed documents (the client documents; any paper printed with renderDocument may reuse them). */
export const clientDocumentErrors = {
  TEXT_UNPRINTABLE:
    'Das Dokument enthält Zeichen, die keine Schrift der KIM Fallakte drucken kann (zum Beispiel ein Emoji oder ein chinesisches Schriftzeichen). Bitte ändern Sie den Namen oder Text ohne diese Zeichen. Es wurde nichts gespeichert.',
} as const;
