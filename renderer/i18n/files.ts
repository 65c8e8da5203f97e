/** Texts of reading chosen files (renderer/ui/readTextFiles.ts). */
export const fileTexts = {
  tooMany: (max: number) => `Bitte wählen Sie höchstens ${max} ${max === 1 ? 'Datei' : 'Dateien'} auf einmal aus.`,
  tooLarge: (name: string) => `Die Datei „${name}“ ist zu groß und wird nicht eingelesen.`,
  empty: (name: string) => `Die Datei „${name}“ ist leer.`,
  unreadable: (name: string) => `Die Datei „${name}“ konnte nicht gelesen werden.`,
};
