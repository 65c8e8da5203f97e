/** Errors of the encrypted backup (Sicherung) and its restore. */
export const backupErrors = {
  BACKUP_TARGET_UNAVAILABLE:
    'Der Ordner für die Sicherung ist nicht erreichbar. Bitte prüfen Sie, ob der USB-Stick oder das Netzlaufwerk angeschlossen ist. Die Fallakte ist unverändert.',
  BACKUP_WRITE_FAILED:
    'Die Sicherung konnte nicht geschrieben werden. Bitte prüfen Sie, ob am Ziel genug Platz frei ist und Sie dort schreiben dürfen. Die Fallakte ist unverändert; eine frühere Sicherung unter diesem Namen ist erhalten.',
  BACKUP_FILE_MISSING: 'Die Sicherungsdatei wurde nicht gefunden. Bitte prüfen Sie den Namen und den Ordner.',
  BACKUP_NOT_A_BACKUP: 'Diese Datei ist keine Sicherung der KIM Fallakte. Es wurde nichts geändert.',
  BACKUP_FROM_FUTURE:
    'Diese Sicherung wurde mit einer neueren Version der KIM Fallakte angelegt. Bitte installieren Sie die neue Version. Es wurde nichts geändert.',
  BACKUP_DAMAGED:
    'Die Sicherungsdatei ist beschädigt oder unvollständig. Aus ihr kann nichts zurückgespielt werden. Bitte nehmen Sie eine andere Sicherung. Es wurde nichts geändert.',
  BACKUP_WRONG_PASSPHRASE:
    'Die Passphrase passt nicht zu dieser Sicherung. Es gilt die Passphrase, die beim Anlegen der Sicherung galt. Es wurde nichts geändert.',
  BACKUP_WRONG_RECOVERY_KEY:
    'Der Wiederherstellungsschlüssel passt nicht zu dieser Sicherung. Es gilt der Schlüssel, der beim Anlegen der Sicherung galt. Bitte prüfen Sie jede Gruppe. Es wurde nichts geändert.',
} as const;
