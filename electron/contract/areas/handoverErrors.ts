/** Errors of the handover (Übergabe) of cases to a colleague's device. */
export const handoverErrors = {
  HANDOVER_CASE_RESTRICTED: 'Ein Fall dieser Person ist eingeschränkt (Art. 18 DSGVO). Eingeschränkte Fälle werden nicht übergeben. Es wurde nichts übergeben.',
  HANDOVER_ALREADY_HANDED_OVER: 'Ein Fall dieser Person wurde schon übergeben. Es wurde nichts übergeben.',
  HANDOVER_TARGET_UNAVAILABLE:
    'Der Ordner für das Übergabepaket ist nicht erreichbar. Bitte prüfen Sie, ob der USB-Stick oder das Netzlaufwerk angeschlossen ist. Es wurde nichts übergeben.',
  HANDOVER_WRITE_FAILED:
    'Das Übergabepaket konnte nicht geschrieben werden. Bitte prüfen Sie, ob am Ziel genug Platz frei ist und Sie dort schreiben dürfen. Es wurde nichts übergeben.',
  HANDOVER_FILE_MISSING: 'Das Übergabepaket wurde nicht gefunden. Bitte prüfen Sie den Namen und den Ordner.',
  HANDOVER_NOT_A_PACKAGE: 'Diese Datei ist kein Übergabepaket der KIM Fallakte. Es wurde nichts übernommen.',
  HANDOVER_FROM_FUTURE:
    'Dieses Übergabepaket wurde mit einer neueren Version der KIM Fallakte angelegt. Bitte installieren Sie die neue Version. Es wurde nichts übernommen.',
  HANDOVER_DAMAGED: 'Die Datei ist beschädigt oder unvollständig. Bitte lassen Sie sich das Übergabepaket noch einmal schicken. Es wurde nichts übernommen.',
  HANDOVER_WRONG_PASSPHRASE:
    'Das Einmal-Passwort passt nicht zu diesem Übergabepaket. Bitte prüfen Sie jede Gruppe oder fragen Sie noch einmal telefonisch nach. Es wurde nichts übernommen.',
  HANDOVER_ALREADY_IMPORTED: 'Dieses Übergabepaket wurde hier schon übernommen. Es wurde nichts noch einmal übernommen.',
  HANDOVER_RECORDS_EXIST:
    'Personen oder Fälle aus diesem Paket sind in dieser Fallakte schon gespeichert (z. B. ein Paket an das eigene Gerät). Es wurde nichts übernommen.',
  HANDOVER_CONFIGURATION_MISSING:
    'In dieser Fallakte fehlen Einträge der Einstellungen, auf die sich die Fälle beziehen (Partnerstellen, Orte, Zielgruppen oder Lebensbereiche). Bitte legen Sie sie unter Einstellungen mit demselben Namen an und versuchen Sie es noch einmal. Es wurde nichts übernommen.',
  HANDOVER_DUPLICATES_UNCONFIRMED:
    'Hier gibt es schon Personen, die dieselben sein könnten. Bitte prüfen Sie die Hinweise und bestätigen Sie, dass die Personen neu angelegt werden sollen. Es wurde nichts übernommen.',
  HANDOVER_CHOICE_EXPIRED: 'Die gewählte Datei ist nicht mehr vorgemerkt (z. B. nach dem Sperren). Bitte wählen Sie das Übergabepaket noch einmal.',
  HANDOVER_NOT_FOUND: 'Diese Übergabe gibt es nicht.',
  HANDOVER_CONFIRMATION_MISMATCH:
    'Der Bestätigungscode passt nicht zu dieser Übergabe. Bitte lassen Sie sich den Code noch einmal vorlesen. Es wurde nichts geändert.',
  HANDOVER_NOT_CONFIRMED:
    'Die Übernahme ist noch nicht bestätigt. Erst wenn Sie den Bestätigungscode der Kollegin oder des Kollegen eingegeben haben, können Sie die Fälle hier löschen.',
  HANDOVER_PERSON_HAS_OTHER_CASES:
    'Eine Person dieser Übergabe hat inzwischen hier einen weiteren Fall, der nicht übergeben wurde. Die Person wird deshalb nicht gelöscht. Bitte klären Sie den Fall zuerst.',
  PERSON_HANDED_OVER:
    'Die Fälle dieser Person wurden an ein anderes Gerät übergeben. Ihre Daten sind hier schreibgeschützt; Änderungen macht die Kollegin oder der Kollege, die die Fälle übernommen hat.',
} as const;
