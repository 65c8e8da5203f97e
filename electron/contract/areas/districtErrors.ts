/** Errors of the district view (Kreisansicht), which merges the anonymised exports of several units. */
export const districtErrors = {
  DISTRICT_FILES_REFUSED:
    'Mindestens eine Datei kann nicht zusammengeführt werden. Bitte prüfen Sie die Hinweise zu den Dateien und entfernen oder ersetzen Sie die betroffenen Dateien.',
} as const;
