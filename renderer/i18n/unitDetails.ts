/** German texts of Einstellungen → Angaben der Stelle für Dokumente. */
export const unitDetailsTexts = {
  summary: 'Angaben der Stelle für Dokumente: Anschrift, Datenschutz, Telefon, Ort der Termine',
  title: 'Angaben der Stelle für Dokumente',
  intro:
    'Diese Angaben stehen auf den Dokumenten für Klientinnen und Klienten: die Anschrift und die Datenschutzbeauftragte Person auf der Einwilligung, die Telefonnummer und der Ort auf dem Terminzettel. Was hier fehlt, steht dort als leere Linie zum Ausfüllen von Hand.',
  controllerIs: (name: string) =>
    `Als verantwortliche Stelle steht auf der Einwilligung: ${name}. Das ändern Sie auf der Seite Statistik unter „Einstellungen der Statistik“ (Name der Stelle und Träger).`,
  controllerMissing:
    'Noch ist keine verantwortliche Stelle eingetragen: Auf der Einwilligung steht dafür eine leere Linie. Den Namen der Stelle und den Träger tragen Sie auf der Seite Statistik unter „Einstellungen der Statistik“ ein.',
  loading: 'Die Angaben werden geladen …',
  addressLabel: 'Anschrift der verantwortlichen Stelle',
  addressHint: 'Straße und Hausnummer, Postleitzahl und Ort. Auf der Einwilligung stehen mehrere Zeilen hintereinander, mit Komma getrennt.',
  dpoLabel: 'Datenschutzbeauftragte Person',
  dpoHint: 'Name oder Stelle und wie man sie erreicht, zum Beispiel Telefonnummer oder E-Mail-Adresse.',
  phoneLabel: 'Telefonnummer für Klientinnen und Klienten',
  phoneHint: 'Steht auf dem Terminzettel: Wer nicht kommen kann, ruft diese Nummer an. Ein Terminzettel mit einer eigenen Nummer druckt seine.',
  placeLabel: 'Üblicher Ort der Termine',
  placeHint: 'Anschrift und Raum. Steht auf dem Terminzettel, wenn Sie dort keinen anderen Ort eintragen.',
  save: 'Angaben speichern',
  saving: 'Die Angaben werden gespeichert …',
  saved: 'Die Angaben sind gespeichert.',
} as const;
