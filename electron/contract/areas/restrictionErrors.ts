/** Errors of the restriction of processing (Art. 18 DSGVO) and of withdrawing the consent to case management. */
export const restrictionErrors = {
  PERSON_RESTRICTED:
    'Die Verarbeitung der Daten dieser Person ist eingeschränkt (Art. 18 DSGVO): Sie können nur gelesen werden. Änderungen sind erst möglich, wenn die Einschränkung aufgehoben ist. Es wurde nichts geändert.',
  RESTRICTION_NOT_IN_FORCE: 'Für diesen Fall ist keine Einschränkung der Verarbeitung in Kraft. Es wurde nichts geändert.',
  RESTRICTION_BEFORE_OPENED: 'Die Einschränkung kann nicht vor der Eröffnung des Falls beginnen. Bitte prüfen Sie das Datum.',
  RESTRICTION_LIFT_BEFORE_SINCE: 'Die Einschränkung kann nicht vor ihrem Beginn aufgehoben werden. Bitte prüfen Sie das Datum.',
  RESTRICTION_REASON_REQUIRED: 'Bitte geben Sie den Grund für die Einschränkung der Verarbeitung an. Es wurde nichts geändert.',
  CONSENT_NOT_IN_FORCE: 'Für diesen Fall ist keine Einwilligung erfasst, die noch gilt. Es wurde nichts geändert.',
  CONSENT_WITHDRAWN_BEFORE_GIVEN: 'Der Widerruf kann nicht vor dem Tag liegen, an dem die Einwilligung gegeben wurde. Bitte prüfen Sie das Datum.',
  CONSENT_PREDATES_WITHDRAWAL:
    'Diese Person hat ihre Einwilligung in das Case Management widerrufen. Für einen neuen Fall braucht es eine neue Einwilligung, die nach dem Widerruf gegeben wurde. Bitte prüfen Sie das Datum der Einwilligung.',
} as const;
