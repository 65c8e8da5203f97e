/** Texts of the shared form pieces: the German date fields, drafts, leaving a form, earlier versions. */
export const forms = {
  date: {
    hint: 'TT.MM.JJJJ',
    invalid: 'Bitte geben Sie das Datum als TT.MM.JJJJ ein, zum Beispiel 03.12.2026.',
    dayLabel: 'Datum',
    timeLabel: 'Uhrzeit',
    timeHint: 'SS:MM, 24 Stunden',
    timeInvalid: 'Bitte geben Sie die Uhrzeit als SS:MM ein, zum Beispiel 14:05.',
  },
  draft: {
    restored: (at: string) => `Ihr Entwurf vom ${at} wurde wiederhergestellt.`,
    discard: 'Entwurf verwerfen',
  },
  leave: {
    title: 'Ungespeicherte Eingaben',
    text: 'In einem Formular stehen Eingaben, die noch nicht gespeichert sind. Der Entwurf bleibt verschlüsselt erhalten, bis Sie ihn speichern oder verwerfen.',
    stay: 'Weiter bearbeiten',
    keep: 'Entwurf behalten und wechseln',
    discard: 'Eingaben verwerfen und wechseln',
  },
  versions: {
    summary: (n: number) => (n === 1 ? 'Frühere Fassung (1)' : `Frühere Fassungen (${n})`),
    entry: (day: string, by: string) => `Fassung bis ${day}, geändert von ${by}`,
    corrected: (day: string) => `korrigiert am ${day}`,
  },
} as const;
