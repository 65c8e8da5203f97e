/** Errors of people, intake, cases, closure and the case view (German, for the person who reads them). */
export const caseErrors = {
  PERSON_NOT_FOUND: 'Diese Person gibt es nicht (mehr).',
  CASE_NOT_FOUND: 'Diesen Fall gibt es nicht (mehr).',
  CASE_CLOSED: 'Der Fall ist abgeschlossen und kann nur gelesen werden. Um etwas zu ändern, eröffnen Sie ihn bitte wieder.',
  CASE_RESTRICTED:
    'Die Verarbeitung dieses Falls ist eingeschränkt (Art. 18 DSGVO) und er kann nur gelesen werden. Änderungen sind erst möglich, wenn die Einschränkung aufgehoben ist.',
  CASE_HANDED_OVER: 'Dieser Fall wurde an eine Kollegin oder einen Kollegen übergeben und kann hier nur noch gelesen werden.',
  CASE_NOT_CLOSED: 'Der Fall ist nicht abgeschlossen.',
  CONSENT_REQUIRED: 'Ein Fall kann nur mit der Einwilligung in das Case Management und die Datenverarbeitung eröffnet werden. Bitte erfassen Sie sie zuerst.',
  DATE_IN_FUTURE: 'Das Datum liegt in der Zukunft. Bitte prüfen Sie es.',
  TARGET_GROUP_NOT_FOUND: 'Diese Zielgruppe gibt es nicht.',
  TARGET_GROUP_NOT_VALID: 'Diese Zielgruppe gilt an diesem Datum nicht (mehr).',
  LOCATION_NOT_FOUND: 'Diesen Ort gibt es nicht.',
  LIFE_AREA_NOT_FOUND: 'Diesen Lebensbereich gibt es nicht.',
  CLOSURE_REASON_REQUIRED: 'Bitte geben Sie einen Grund für den Abschluss an.',
  GOAL_OUTCOME_MISSING: 'Bitte geben Sie für jedes offene Ziel an, was daraus geworden ist.',
  REOPEN_REASON_REQUIRED: 'Bitte geben Sie an, warum der Fall wieder eröffnet wird.',
  REFERRED_TO_REQUIRED: 'Bitte geben Sie an, an welche Stelle die Person verwiesen wurde.',
  PERSON_HAS_OPEN_CASE: 'Für diese Person ist schon ein Fall offen. Bitte arbeiten Sie in diesem Fall weiter.',
  LOCATION_INACTIVE: 'Dieser Ort wird nicht mehr genutzt. Bitte wählen Sie einen anderen Ort.',
  VALIDITY_RANGE_INVALID: 'Das Ende der Gültigkeit liegt vor ihrem Beginn. Bitte prüfen Sie die Daten.',
  HOUSEHOLD_SAME_PERSON: 'Eine Person kann nicht mit sich selbst einen Haushalt bilden.',
  NOT_IN_HOUSEHOLD: 'Diese Person gehört zu keinem Haushalt.',
  LIFE_AREA_ORDER_INCOMPLETE: 'Die neue Reihenfolge muss jeden Lebensbereich genau einmal enthalten.',
} as const;

/** Why a case may refuse a change: every method that changes a case lists these (the case gate, `requireOpenCase`). */
export const CASE_READ_ONLY = ['CASE_CLOSED', 'CASE_RESTRICTED', 'CASE_HANDED_OVER'] as const;
