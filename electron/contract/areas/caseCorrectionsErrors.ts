/** Errors of corrections to a case (conference, target groups, back-dated status) and of the unit's case managers (German, for the person who reads them). */
export const caseCorrectionErrors = {
  CONFERENCE_NOT_FOUND: 'Diese Fallkonferenz gibt es nicht (mehr).',
  STATUS_DATE_BEFORE_OPENING: 'Das Datum liegt vor der Eröffnung des Falls. Bitte prüfen Sie es.',
  STATUS_DATE_BEFORE_PREVIOUS:
    'Das Datum liegt vor dem letzten Abschluss oder der letzten Wiedereröffnung des Falls. Bitte wählen Sie diesen Tag oder einen späteren.',
  CASE_MANAGER_NOT_FOUND: 'Diese Fallmanagerin oder diesen Fallmanager gibt es in der Liste des Teams nicht.',
  CASE_MANAGER_INACTIVE:
    'Diese Fallmanagerin oder dieser Fallmanager arbeitet nicht mehr im Team. Bitte wählen Sie eine andere Person oder nehmen Sie sie in den Einstellungen wieder auf.',
  CASE_MANAGER_EXISTS: 'Dieser Name steht schon in der Liste des Teams.',
} as const;
