/** Errors of the fixed texts of client documents and their replacements. */
export const documentTextErrors = {
  DOCUMENT_TEXT_UNKNOWN_KEY: 'Diesen Text gibt es in den Dokumenten nicht. Es wurde nichts geändert.',
  DOCUMENT_TEXT_EMPTY: 'Der Text ist leer. Ein Text kann ersetzt, aber nicht leer gelassen werden. Es wurde nichts geändert.',
  DOCUMENT_TEXT_PLACEHOLDERS:
    'Der Text muss genau die Platzhalter in geschweiften Klammern enthalten, die auch der eingebaute Text hat, zum Beispiel {partner}. Es fehlt einer, oder es ist einer dazugekommen. Es wurde nichts geändert.',
} as const;
