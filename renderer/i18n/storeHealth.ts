/** Texts of "Schlüssel erneuern" and of the notices about the store's health (full check, handed-out key). */
export const storeHealthTexts = {
  rekeyTitle: 'Schlüssel erneuern',
  rekeyIntro:
    'Die Fallakte wird mit einem neuen, zufälligen Schlüssel neu verschlüsselt. Danach öffnet ein früher ausgegebener Datenschlüssel sie nicht mehr, und eine alte Schlüsseldatei passt nicht mehr zu ihr.',
  rekeyWhen:
    'Erneuern Sie den Schlüssel, sobald die IT einen ausgegebenen Datenschlüssel nicht mehr braucht, wenn eine Kopie der Schlüsseldatei in fremde Hände geraten sein könnte oder wenn jemand Ihre frühere Passphrase kannte.',
  rekeyAfter:
    'Ihre Passphrase bleibt gleich. Sie erhalten einen neuen Wiederherstellungsschlüssel; der bisherige gilt danach nicht mehr. Legen Sie bitte Papier und Stift bereit. Ältere Sicherungskopien bleiben mit dem alten Schlüssel lesbar.',
  rekeyPassphraseLabel: 'Passphrase zum Erneuern des Schlüssels',
  rekeySubmit: 'Schlüssel erneuern',
  rekeyBusy: 'Die Fallakte wird neu verschlüsselt …',
  rekeyRecommended:
    'Der Datenschlüssel dieser Fallakte wurde ausgegeben, zum Beispiel an die IT. Sobald er dort nicht mehr gebraucht wird, erneuern Sie bitte den Schlüssel.',
  rekeyRecommendedShort:
    'Der Datenschlüssel wurde ausgegeben. Bitte erneuern Sie ihn, sobald die IT ihn nicht mehr braucht: Einstellungen → Schlüssel erneuern.',
  auditChainProblem:
    'Das Protokoll der Fallakte wurde außerhalb der App verändert. Bitte wenden Sie sich an Ihre IT und an die Datenschutzbeauftragte oder den Datenschutzbeauftragten.',
  integrityProblem:
    'Bei der Prüfung der Fallakte wurde ein Problem gefunden: Ein Teil der Datei ist beschädigt. Überschreiben Sie keine ältere Sicherungskopie mit dieser Datei und wenden Sie sich bitte an Ihre IT.',
} as const;
