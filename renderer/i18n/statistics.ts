/**
 * Texts of the Statistik page: preview of the anonymised statistic, its export and its settings.
 * Table titles, row and column labels come from the main process (the document itself).
 */
export const statisticsTexts = {
  title: 'Statistik',
  lead: 'Die Statistik für die Koordinierung im Kreis enthält nur Zahlen: keine Namen, keine Geburtsdaten, keine Notizen. Kleine Zahlen werden verborgen, damit niemand erkannt werden kann. Hier sehen Sie vorher genau, was die Datei enthält.',
  loading: 'Die Statistik wird geladen …',
  reload: 'Neu laden',

  districtLinkIntro: 'Für die Koordinierung im Kreis:',
  districtLink: 'Bezirksansicht öffnen',
  districtLinkHint: 'Statistik-Dateien mehrerer Stellen zusammenführen.',
  backToStatistics: 'Zurück zur Statistik',

  periodLabel: 'Zeitraum',
  periodHint: 'Ein Jahr, ein Halbjahr oder ein Quartal. Die Zeiträume überschneiden sich nicht, so kann der Kreis die Zahlen aller Stellen zusammenzählen.',
  periodOption: (title: string, running: boolean) => (running ? `${title} (läuft noch)` : title),
  showPreview: 'Vorschau anzeigen',
  previewBusy: 'Die Vorschau wird berechnet …',

  contentsLabel: 'Inhalt der Statistik',

  missingTitle: 'Vor dem Export fehlt noch etwas',
  missingText: 'Bitte tragen Sie in den Einstellungen der Statistik ein:',
  toSettings: 'Zu den Einstellungen der Statistik',

  overviewTitle: 'Überblick',
  asOf: (date: string) => `Stand: ${date}`,
  runningNote: 'Dieser Zeitraum läuft noch. Die Zahlen sind die von heute und können sich bis zum Ende des Zeitraums ändern.',
  finishedNote: 'Dieser Zeitraum ist abgeschlossen. Die Zahlen gelten für seinen letzten Tag.',
  unitLabel: 'Stelle',
  unitMissing: 'noch nicht eingetragen',
  thresholdLabel: 'Kleinste veröffentlichte Zahl',
  thresholdValue: (k: number) => `${k} (Zahlen von 1 bis ${k - 1} werden verborgen)`,
  perturbationLabel: 'Zufallsüberlagerung',
  perturbationOn: (max: number) => `an (jede Zahl weicht um höchstens ${max} ab)`,
  perturbationOff: 'aus',

  suppressedTitle: 'Was verborgen wurde',
  suppressedIntro: (k: number) =>
    `Zahlen von 1 bis ${k - 1} werden nie veröffentlicht. Dazu werden weitere Zahlen verborgen, wenn man die kleine Zahl sonst aus den Summen ausrechnen könnte. In den Tabellen steht an diesen Stellen „•“.`,
  suppressedNone: 'In diesem Zeitraum musste keine Zahl verborgen werden.',
  suppressedTotal: (cells: number, tables: number) =>
    `Insgesamt ${cells === 1 ? 'ist 1 Angabe' : `sind ${cells} Angaben`} in ${tables === 1 ? '1 Tabelle' : `${tables} Tabellen`} verborgen:`,
  suppressedInTable: (title: string, cells: number) => `${title}: ${cells === 1 ? '1 Angabe' : `${cells} Angaben`}`,

  total: 'Insgesamt',
  value: 'Wert',
  suppressedSign: '•',
  suppressedSr: 'verborgen',
  suppressedNote: (k: number) => `„•“ = weniger als ${k} Fälle oder zum Schutz anderer Zellen verborgen.`,
  suppressedHoursNote: '„•“ = verborgen, weil die Zahl der Kontakte an dieser Stelle verborgen ist.',
  measureNote: (k: number) => `„•“ = nicht veröffentlicht, weil weniger als ${k} Fälle zugrunde liegen.`,

  chartTitles: {
    newByTargetGroup: 'Neu aufgenommene Fälle nach Zielgruppe',
    activeByTargetGroup: 'Laufende Fälle am Ende des Zeitraums nach Zielgruppe',
    contactsByPlace: 'Kontakte nach Ort',
    contactsByType: 'Kontakte nach Art',
    goalsByStatus: 'Ziele nach Stand',
    goalsByLifeArea: 'Ziele nach Lebensbereich',
    referralsByArea: 'Vermittlungen nach Rechtskreis / Art der Stelle',
    gapsByReason: 'Strukturelle Lücken: gescheiterte Vermittlungen nach Grund',
    gapsByLifeArea: 'Strukturelle Lücken: gescheiterte Vermittlungen nach Lebensbereich',
    closuresByReason: 'Fallabschlüsse nach Grund',
  },
  chartFigure: (title: string) => `Balkendiagramm: ${title}. Die genauen Zahlen stehen in der Tabelle.`,
  chartSuppressedBar: 'verborgen',
  chartSuppressedNote: 'Schraffierte Balken: Die Zahl ist verborgen, ihre Länge sagt nichts über die Größe.',

  exportTitle: 'Statistik speichern',
  exportText:
    'Die Datei enthält genau die Tabellen dieser Vorschau. Die Excel-Datei ist zum Lesen, die JSON-Datei für die Bezirksansicht der Koordinierung. Jeder Export wird im Protokoll der Fallakte vermerkt.',
  exportXlsx: 'Als Excel-Datei speichern',
  exportJson: 'Als JSON-Datei speichern',
  exportBusy: 'Die Datei wird erstellt …',
  exportBlocked: 'Speichern ist erst möglich, wenn der Name Ihrer Stelle eingetragen ist.',
  exportDone: (fileName: string) => `Die Datei „${fileName}“ wird gespeichert. Der Export ist im Protokoll der Fallakte vermerkt.`,

  settingsTitle: 'Einstellungen der Statistik',
  settingsIntro: 'Diese Angaben stehen in jeder Statistik-Datei. Die Koordination im Kreis erkennt daran, von wem die Statistik kommt.',
  unitNameLabel: 'Name der Stelle',
  unitNameHint: 'z. B. „KIM Case Management Stadt Ahlen“. Pflichtangabe vor dem ersten Export.',
  unitNameMissing: 'Bitte geben Sie den Namen Ihrer Stelle ein.',
  traegerLabel: 'Träger (freiwillig)',
  traegerHint: 'z. B. Kreis, Stadt, DRK, Diakonie, Caritas.',
  municipalityLabel: 'Gemeinde (freiwillig)',
  municipalityHint: 'Die Stadt oder Gemeinde, in der die Stelle arbeitet.',
  thresholdFieldLabel: 'Kleinste veröffentlichte Zahl (k)',
  thresholdHint: (min: number, max: number, standard: number) =>
    `Zahlen, die kleiner sind, erscheinen nicht in der Statistik, sondern als „•“. So kann in einer kleinen Gemeinde niemand an einer kleinen Zahl erkannt werden. Üblich ist ${standard}; erlaubt sind ${min} bis ${max}.`,
  thresholdInvalid: (min: number, max: number) => `Bitte geben Sie eine ganze Zahl von ${min} bis ${max} ein.`,
  perturbationLegend: 'Zufallsüberlagerung der Zahlen',
  perturbationHint:
    'Wenn eingeschaltet, wird jede Zahl um einen kleinen, festen Betrag verändert (wie in der amtlichen Statistik). Dieselbe Zahl erhält immer dieselbe Abweichung, in jeder Tabelle und jedem Zeitraum. So lassen sich verborgene Zahlen auch durch Vergleiche nicht erschließen. Die Summen im Kreis bleiben ungefähr richtig.',
  perturbationOptions: { off: 'Aus', on: 'Ein' },
  saveSettings: 'Einstellungen speichern',
  saveBusy: 'Wird gespeichert …',
  saved: 'Die Einstellungen der Statistik sind gespeichert. Die Vorschau ist aktualisiert.',
};

/** 2026-11-21 → 21.11.2026 */
export function germanDay(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}.${m}.${y}`;
}

/** A count as German text: 1.234 */
