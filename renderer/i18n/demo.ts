/** Texts about demo data: the badge and the offer on a new, empty store. */
export const demo = {
  badge: 'Demodaten',
  badgeHint: 'Diese Fallakte enthält erfundene Personen und Fälle zum Ausprobieren.',
  offerTitle: 'Zum Ausprobieren: Demodaten',
  offerText: 'Diese Fallakte ist noch leer. Zum Kennenlernen können Sie erfundene Personen und Fälle laden. Sie sind überall als Demodaten gekennzeichnet.',
  offerWarning:
    'Erfassen Sie danach keine echten Personen in dieser Fallakte. Für die echte Arbeit entfernen Sie die Demodaten wieder oder beginnen leer neu: beides unter Einstellungen.',
  load: 'Demodaten laden',
  loading: 'Demodaten werden geladen. Das dauert etwa eine halbe Minute …',
  loaded: (cases: number, persons: number) => `Demodaten geladen: ${cases} Fälle von ${persons} erfundenen Personen.`,
  badgeButtonHint: 'Diese Fallakte enthält erfundene Personen und Fälle zum Ausprobieren. Zum Entfernen der Demodaten öffnen Sie die Einstellungen.',
  // Einstellungen: remove the demo data, or start over with an empty store.
  startOverSummary: 'Demodaten und Neubeginn',
  startOverTitle: 'Demodaten entfernen oder leer neu beginnen',
  removeTitle: 'Demodaten entfernen',
  removeText:
    'Entfernt alle erfundenen Personen und Fälle der Demodaten mit allem, was dazu erfasst ist (Kontakte, Ziele, Vermittlungen, Sprechstunden), auch aus der Suche und der Statistik. Orte, Partner und Zielgruppen der Demodaten werden entfernt, wenn kein eigener Fall sie nutzt. Personen und Fälle, die Sie selbst erfasst haben, bleiben erhalten.',
  noDemo: 'Diese Fallakte enthält keine Demodaten.',
  removeOpen: 'Demodaten entfernen …',
  removeConfirmTitle: 'Demodaten wirklich entfernen?',
  removeConfirmText: 'Die erfundenen Personen und Fälle werden endgültig gelöscht; selbst erfasste bleiben. Das lässt sich nicht rückgängig machen.',
  removeConfirm: 'Ja, Demodaten entfernen',
  removing: 'Demodaten werden entfernt …',
  removed: (persons: number, cases: number, remaining: number) =>
    `Demodaten entfernt: ${persons} erfundene Personen mit ${cases} Fällen. ${remaining === 1 ? 'Ein selbst erfasster Fall bleibt' : `${remaining} selbst erfasste Fälle bleiben`} erhalten.`,
  cancel: 'Abbrechen',
  emptyTitle: 'Mit einem neuen, leeren Speicher beginnen',
  emptyText:
    'Löscht alle Personen, Fälle und Aufzeichnungen dieser Fallakte, auch selbst erfasste, und setzt Orte, Partner, Zielgruppen und Lebensbereiche auf den Stand einer neuen Fallakte zurück. Es bleiben: Ihre Passphrase und Ihr Wiederherstellungsschlüssel (beide gelten weiter), Ihre Einstellungen, die schon veröffentlichten Quartale der Statistik und das Protokoll, das den Neubeginn festhält. Frühere Sicherungen bleiben unverändert.',
  emptyOpen: 'Leer neu beginnen …',
  emptyConfirmTitle: 'Wirklich alles löschen?',
  emptyConfirmText: 'Alle Personen, Fälle und Aufzeichnungen werden endgültig gelöscht. Das lässt sich nicht rückgängig machen.',
  emptyWordLabel: (word: string) => `Zur Bestätigung geben Sie ${word} ein`,
  emptyWordMissing: (word: string) => `Bitte geben Sie ${word} ein.`,
  emptyConfirm: 'Alles löschen und leer beginnen',
  emptying: 'Die Fallakte wird geleert …',
  emptied: 'Die Fallakte ist jetzt leer. Passphrase, Wiederherstellungsschlüssel und Einstellungen gelten weiter.',
};
