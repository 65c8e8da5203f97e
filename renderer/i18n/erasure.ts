/** German texts of erasure and retention periods (Löschen, Löschfristen). */
export const erasureTexts = {
  dueTitle: 'Löschfrist abgelaufen',
  dueLead: (n: number) =>
    n === 1
      ? 'Bei einer Person sind alle Fälle abgeschlossen und ihre Löschfrist ist abgelaufen. Bitte löschen Sie sie oder halten Sie fest, warum sie länger aufbewahrt wird.'
      : `Bei ${n} Personen sind alle Fälle abgeschlossen und ihre Löschfrist ist abgelaufen. Bitte löschen Sie sie oder halten Sie fest, warum sie länger aufbewahrt werden.`,
  noName: 'ohne Namen',
  closedOn: (date: string) => `abgeschlossen am ${date}`,
  dueSince: (date: string) => `Löschfrist abgelaufen seit ${date}`,
  allCases: (numbers: string) => `Gelöscht werden alle Fälle der Person: ${numbers}`,
  erase: 'Löschen',
  keepLonger: 'Länger aufbewahren',
  eraseTitle: (caseNumber: string) => `Fall ${caseNumber} löschen`,
  eraseWarning:
    'Die Person wird mit allen ihren Fällen endgültig gelöscht: Namen, Angaben, Einschätzungen, Ziele, Kontakte, Vermittlungen, Einwilligungen. Das lässt sich nicht rückgängig machen. Festgehalten bleiben nur Datum, Fallnummern, Grund und wer gelöscht hat.',
  reasonLabel: 'Grund der Löschung',
  reasonDefault: 'Löschfrist abgelaufen',
  reasonMissing: 'Bitte geben Sie einen Grund an.',
  confirmLabel: 'Zur Bestätigung die Fallnummer eingeben',
  confirmHint: (caseNumber: string) => `Geben Sie ${caseNumber} ein.`,
  confirmMismatch: 'Die Fallnummer stimmt noch nicht.',
  eraseSubmit: 'Endgültig löschen',
  erasing: 'Wird gelöscht …',
  erased: (numbers: string) => `Gelöscht: ${numbers}. Die Angaben sind aus der Fallakte entfernt und überschrieben.`,
  keepTitle: (caseNumber: string) => `Fall ${caseNumber} länger aufbewahren`,
  keepUntilLabel: 'Aufbewahren bis',
  keepUntilHint: 'Danach erscheint der Fall wieder hier.',
  keepUntilMissing: 'Bitte geben Sie einen Tag nach heute ein.',
  keepReasonLabel: 'Grund für die längere Aufbewahrung',
  keepReasonHint: 'Zum Beispiel ein laufendes Verfahren oder eine Prüfung durch den Zuwendungsgeber.',
  keepSubmit: 'Aufbewahrung festhalten',
  keeping: 'Wird gespeichert …',
  kept: (caseNumber: string, date: string) => `Fall ${caseNumber} wird bis ${date} aufbewahrt.`,
  cancel: 'Abbrechen',
  personSummary: 'Person löschen',
  personLead:
    'Auf Wunsch der Person (Art. 17 DSGVO) oder wenn die Angaben nicht mehr gebraucht werden, auch vor Ablauf der Löschfrist. Gelöscht werden die Person und alle ihre Fälle.',
  noCaseLead:
    'Diese Person hat keinen Fall, nur Erstgespräche oder Kontakte. Auf ihren Wunsch (Art. 17 DSGVO) oder wenn die Angaben nicht mehr gebraucht werden, löschen Sie hier alles zu ihr.',
  noCaseWarning:
    'Alle Angaben zur Person werden endgültig gelöscht: Namen, Angaben, Erstgespräche, Kontakte. Das lässt sich nicht rückgängig machen. Festgehalten bleiben nur Datum, Grund und wer gelöscht hat.',
  noCaseConfirm: (name: string) => `Ja, alle Angaben zu ${name} endgültig löschen.`,
  noCaseConfirmMissing: 'Bitte bestätigen Sie die Löschung mit dem Häkchen.',
  noCaseErased: (name: string) => `Gelöscht: ${name}. Die Angaben sind aus der Fallakte entfernt und überschrieben.`,
  settingsSummary: 'Löschfrist',
  settingsTitle: 'Löschfrist abgeschlossener Fälle',
  yearsLabel: 'Jahre nach dem Ende des Jahres, in dem der Fall abgeschlossen wurde',
  yearsInvalid: (min: number, max: number) => `Bitte eine ganze Zahl von ${min} bis ${max}.`,
  save: 'Löschfrist speichern',
  saving: 'Wird gespeichert …',
  saved: 'Die Löschfrist ist gespeichert.',
  loading: 'Wird geladen …',
};
