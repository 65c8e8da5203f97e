/** Errors of partners, releases, referrals, contacts, follow-ups and case conferences. */
export const networkErrors = {
  PARTNER_NOT_FOUND: 'Diesen Netzwerkpartner gibt es nicht.',
  PARTNER_INACTIVE: 'Dieser Netzwerkpartner ist nicht mehr aktiv. Bitte wählen Sie einen aktiven Partner oder aktivieren Sie ihn im Verzeichnis wieder.',
  RELEASE_REQUIRED:
    'Für diesen Partner liegt keine gültige Schweigepflichtentbindung vor. Ohne sie dürfen keine Daten weitergegeben werden. Sie können die Person trotzdem informieren, ohne Daten zu übermitteln.',
  RELEASE_NOT_FOUND: 'Diese Schweigepflichtentbindung gibt es nicht.',
  RELEASE_VALID_UNTIL_BEFORE_GIVEN: 'Das Datum „gültig bis“ liegt vor dem Datum, an dem die Schweigepflichtentbindung erteilt wurde. Bitte prüfen Sie es.',
  RELEASE_ALREADY_REVOKED: 'Diese Schweigepflichtentbindung wurde schon widerrufen.',
  RELEASE_REVOKED_BEFORE_GIVEN: 'Der Widerruf liegt vor dem Datum, an dem die Schweigepflichtentbindung erteilt wurde. Bitte prüfen Sie das Datum.',
  REFERRAL_NOT_FOUND: 'Diese Vermittlung gibt es nicht.',
  REFERRAL_STATUS_NOT_ALLOWED: 'Dieser Statuswechsel ist für die Vermittlung nicht möglich.',
  STRUCTURAL_GAP_NOT_ALLOWED:
    'Eine Lücke im Hilfesystem (z. B. kein Platz, Warteliste) kann nur angegeben werden, wenn die Vermittlung abgelehnt oder abgebrochen wird.',
  CONTACT_NOT_FOUND: 'Diesen Kontakt gibt es nicht.',
  CASE_PERSON_MISMATCH: 'Dieser Fall gehört zu einer anderen Person. Bitte prüfen Sie die Auswahl.',
  LOCATION_REQUIRED: 'Bitte wählen Sie den Ort der Sprechstunde aus.',
  FOLLOW_UP_NEEDS_CASE: 'Eine Wiedervorlage gehört zu einem Fall. Bitte wählen Sie den Fall aus oder lassen Sie die Wiedervorlage weg.',
  FOLLOW_UP_NOT_FOUND: 'Diese Wiedervorlage gibt es nicht.',
  FOLLOW_UP_ALREADY_DONE: 'Diese Wiedervorlage ist schon erledigt.',
  FOLLOW_UP_DATE_IN_PAST: 'Das neue Datum liegt in der Vergangenheit. Bitte wählen Sie heute oder einen späteren Tag.',
  FOLLOW_UP_SAME_DATE: 'Die Wiedervorlage ist schon für diesen Tag angesetzt. Bitte wählen Sie einen anderen Tag.',
  CONFERENCE_RELEASE_MISSING:
    'Für mindestens einen Partner der Fallkonferenz liegt keine gültige Schweigepflichtentbindung vor. Ohne sie kann die Fallkonferenz nicht mit diesem Partner stattfinden.',
} as const;
