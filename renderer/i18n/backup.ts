/** German texts of the Sicherung (Einstellungen) and its reminder on Heute. */
export const backupTexts = {
  title: 'Sicherung',
  intro:
    'Eine Sicherung ist eine verschlüsselte Datei mit der ganzen Fallakte. Speichern Sie sie auf einem USB-Stick oder Netzlaufwerk, nicht nur auf diesem Rechner. Sie öffnet sich mit der Passphrase oder dem Wiederherstellungsschlüssel, die beim Anlegen gelten.',
  never: 'Von dieser Fallakte gibt es noch keine Sicherung.',
  last: (when: string) => `Letzte Sicherung: ${when}`,
  create: 'Sicherung anlegen …',
  creating: 'Die Sicherung wird geschrieben …',
  created: (when: string, file: string, size: string) => `Gesichert am ${when}: ${file} (${size}).`,
  reminderLabel: 'Erinnern, wenn die letzte Sicherung älter ist als (Tage)',
  reminderInvalid: (min: number, max: number) => `Bitte eine ganze Zahl von ${min} bis ${max} eingeben.`,
  reminderSave: 'Erinnerung speichern',
  reminderSaving: 'Wird gespeichert …',
  reminderSaved: 'Gespeichert.',
  verifyTitle: 'Sicherung prüfen',
  verifyIntro: 'Prüft eine Sicherungsdatei vollständig, ohne sie zurückzuspielen. Die Fallakte bleibt dabei unverändert.',
  verifyPassphrase: 'Passphrase zur Zeit der Sicherung',
  verifySubmit: 'Datei wählen und prüfen …',
  verifyBusy: 'Die Sicherung wird geprüft …',
  verifyMissing: 'Bitte geben Sie die Passphrase ein.',
  verified: (when: string, size: string) => `Die Sicherung ist in Ordnung und lässt sich zurückspielen (Stand: ${when}, ${size}).`,
  auditHead: (entryId: number, hash: string) => ` Stand des Protokolls darin: Eintrag ${entryId}, Prüfwert ${hash}.`,
  loading: 'Wird geladen …',
  reminderNever: 'Von dieser Fallakte gibt es noch keine Sicherung. Bitte legen Sie eine an, z. B. auf einem USB-Stick.',
  reminderOld: (when: string, days: number) => `Die letzte Sicherung ist vom ${when}, älter als ${days} Tage. Bitte legen Sie eine neue an.`,
  reminderAction: 'Zur Sicherung',
  reminderTitle: 'Sicherung',
} as const;

/** 12,3 MB */
export function sizeText(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('de-DE')} KB`;
  return `${(bytes / 1024 / 1024).toLocaleString('de-DE', { maximumFractionDigits: 1 })} MB`;
}

/** The setup screen's offer to restore from a backup (a new device). */
export const restoreTexts = {
  title: 'Aus einer Sicherung wiederherstellen',
  intro:
    'Auf einem neuen Rechner: Wählen Sie eine Sicherungsdatei der KIM Fallakte. Sie wird vollständig geprüft und dann hier eingerichtet. Es gilt die Passphrase, die beim Anlegen der Sicherung galt.',
  passphrase: 'Passphrase zur Zeit der Sicherung',
  submit: 'Sicherung wählen und wiederherstellen …',
  busy: 'Die Sicherung wird geprüft und wiederhergestellt …',
  empty: 'Bitte geben Sie die Passphrase ein.',
  secretLegend: 'Womit öffnen Sie die Sicherung?',
  withPassphrase: 'Mit der Passphrase zur Zeit der Sicherung',
  withRecoveryKey: 'Mit dem Wiederherstellungsschlüssel (Passphrase vergessen)',
  recoveryIntro: 'Mit dem Wiederherstellungsschlüssel legen Sie gleich eine neue Passphrase fest; die alte gilt dann nicht mehr.',
} as const;
