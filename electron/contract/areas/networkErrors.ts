/** Errors of partners, releases, referrals, contacts, follow-ups and case conferences. */
export const networkErrors = {
  PARTNER_NOT_FOUND: 'Diesen Netzwerkpartner gibt es nicht.',
  RELEASE_REQUIRED:
    'Für diesen Partner liegt keine gültige Schweigepflichtentbindung vor. Ohne sie dürfen keine Daten weitergegeben werden. Sie können die Person trotzdem informieren, ohne Daten zu übermitteln.',
  RELEASE_NOT_FOUND: 'Diese Schweigepflichtentbindung gibt es nicht.',
  REFERRAL_NOT_FOUND: 'Diese Vermittlung gibt es nicht.',
  REFERRAL_STATUS_NOT_ALLOWED: 'Dieser Statuswechsel ist für die Vermittlung nicht möglich.',
  CONTACT_NOT_FOUND: 'Diesen Kontakt gibt es nicht.',
  FOLLOW_UP_NOT_FOUND: 'Diese Wiedervorlage gibt es nicht.',
  CONFERENCE_RELEASE_MISSING:
    'Für mindestens einen Partner der Fallkonferenz liegt keine gültige Schweigepflichtentbindung vor. Ohne sie kann die Fallkonferenz nicht mit diesem Partner stattfinden.',
} as const;
