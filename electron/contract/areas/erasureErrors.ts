/** Errors of erasure (Löschen) and retention periods (Löschfristen). */
export const erasureErrors = {
  ERASURE_REASON_REQUIRED:
    'Bitte geben Sie einen Grund für die Löschung an. Ohne Grund wird nur gelöscht, wenn alle Fälle der Person abgeschlossen sind und ihre Löschfrist abgelaufen ist. Es wurde nichts gelöscht.',
  ERASURE_CONFIRMATION_MISMATCH:
    'Die eingegebene Fallnummer stimmt nicht mit dem Fall überein. Zur Sicherheit wurde nichts gelöscht. Bitte prüfen Sie die Fallnummer.',
  ERASURE_PERSON_HAS_CASES:
    'Diese Person hat einen Fall. Bitte löschen Sie sie im Fall unter „Abschluss“ → „Person löschen“; dort wird die Fallnummer zur Sicherheit bestätigt. Es wurde nichts gelöscht.',
  RETENTION_CASE_OPEN: 'Der Fall ist noch offen. Eine längere Aufbewahrung lässt sich erst für einen abgeschlossenen Fall festhalten.',
  RETENTION_HOLD_NOT_LATER:
    'Das Datum muss nach dem heutigen Tag liegen. Bis zu diesem Tag wird der Fall aufbewahrt; danach erscheint er wieder unter den Fällen zum Löschen.',
} as const;
