/** German texts of Einstellungen → Speicherort der Fallakte. */
export const dataLocationTexts = {
  title: 'Speicherort der Fallakte',
  folderLabel: 'Ordner',
  sourceLabel: 'Festgelegt durch',
  intro:
    'In diesem Ordner liegen die Fallakte (kim.db) und ihre Schlüsseldatei. Den Ordner ändern Sie nicht hier: Ihre IT kann ihn beim Start der App, mit einer Umgebungsvariable oder mit einer Einstellungsdatei für diesen Computer festlegen.',
  loading: 'Der Speicherort wird geladen …',
} as const;
