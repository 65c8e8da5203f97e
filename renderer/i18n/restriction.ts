/** German texts of the restriction of processing (Art. 18 DSGVO) and of withdrawing the consent (Widerruf). */
export const restrictionTexts = {
  banner: (since: string, reason: string) => `Verarbeitung eingeschränkt seit ${since} – Grund: ${reason}`,
  bannerLead:
    'Der Fall kann nur gelesen werden. Er erscheint nicht in der Suche, nicht unter „Heute“ und nicht in der Statistik noch nicht veröffentlichter Quartale. Löschen bleibt möglich.',
  recordedBy: (name: string) => `Festgehalten von ${name}`,
  // Einschränken
  restrictSummary: 'Verarbeitung einschränken',
  restrictLead:
    'Zum Beispiel wenn die Person die Richtigkeit ihrer Daten bestreitet, der Verarbeitung widersprochen hat oder die Daten für einen Rechtsanspruch aufbewahrt werden sollen (Art. 18 DSGVO). Danach kann der Fall nur noch gelesen werden, bis die Einschränkung aufgehoben wird.',
  sinceLabel: 'Eingeschränkt ab',
  reasonLabel: 'Grund der Einschränkung',
  reasonMissing: 'Bitte geben Sie einen Grund an.',
  dateMissing: 'Bitte geben Sie ein Datum an, nicht nach heute.',
  restrictSubmit: 'Einschränkung festhalten',
  restricting: 'Wird eingeschränkt …',
  restricted: 'Die Verarbeitung des Falls ist jetzt eingeschränkt.',
  // Aufheben
  liftSummary: 'Einschränkung aufheben',
  liftLead: 'Danach kann der Fall wieder bearbeitet werden. Wann und warum er eingeschränkt war, bleibt im Fall festgehalten.',
  liftedAtLabel: 'Aufgehoben am',
  liftSubmit: 'Aufhebung festhalten',
  lifting: 'Wird aufgehoben …',
  lifted: 'Die Einschränkung ist aufgehoben. Der Fall kann wieder bearbeitet werden.',
  // Widerruf
  withdrawSummary: 'Einwilligung widerrufen',
  withdrawLead: (givenAt: string) => `Die Person hat am ${givenAt} in das Case Management und die Datenverarbeitung eingewilligt.`,
  withdrawnAtLabel: 'Widerrufen am',
  followUpLegend: 'Was geschieht mit dem Fall?',
  followUpClose: 'Fall abschließen (Grund: Mitwirkung beendet)',
  followUpRestrict: 'Verarbeitung einschränken, z. B. um die Akte für einen Rechtsanspruch aufzubewahren',
  restrictionReasonLabel: 'Grund der Einschränkung',
  followUpStaysClosed: 'Fall bleibt abgeschlossen',
  confirmText: (date: string, then: 'close' | 'staysClosed' | 'restrict') =>
    `Mit dem Widerruf am ${date} enden auch alle Schweigepflichtentbindungen der Person, die an diesem Tag noch gelten: Ab diesem Tag werden keine Daten mehr an Partnerstellen weitergegeben. ` +
    {
      close: 'Der Fall wird abgeschlossen; noch offene Ziele werden als „verworfen“ festgehalten. ',
      staysClosed: 'Der Fall bleibt abgeschlossen. ',
      restrict: 'Die Verarbeitung des Falls wird eingeschränkt; er kann dann nur noch gelesen werden. ',
    }[then] +
    'Für einen neuen Fall braucht es später eine neue Einwilligung.',
  confirmLabel: 'Ich habe den Hinweis gelesen und möchte den Widerruf festhalten.',
  confirmMissing: 'Bitte bestätigen Sie den Hinweis.',
  withdrawSubmit: 'Widerruf festhalten',
  withdrawing: 'Wird festgehalten …',
  withdrawn: (releases: number) =>
    releases === 0
      ? 'Der Widerruf ist festgehalten.'
      : releases === 1
        ? 'Der Widerruf ist festgehalten. Eine Schweigepflichtentbindung wurde zum selben Tag beendet.'
        : `Der Widerruf ist festgehalten. ${releases} Schweigepflichtentbindungen wurden zum selben Tag beendet.`,
  alreadyWithdrawn: (date: string) => `Die Einwilligung wurde am ${date} widerrufen.`,
  // Fallliste
  listMark: 'eingeschränkt',
  /** Read before the mark by screen readers only: "Verarbeitung eingeschränkt". */
  listMarkPrefix: 'Verarbeitung ',
  listMarkLabel: 'Verarbeitung eingeschränkt',
} as const;
