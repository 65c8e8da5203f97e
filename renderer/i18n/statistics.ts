/**
 * Texts of the Statistik page: the quarters, the preview of the anonymised statistic, its export
 * (each quarter published once) and its settings. Table titles, row and column labels come from
 * the main process (the document itself).
 */
import type { QuarterState } from '../../electron/contract/areas/statistics';
import { germanDay } from './dates';

const plural = (n: number, one: string, many: string) => (n === 1 ? `1 ${one}` : `${n} ${many}`);

/** "2 kleine Zahlen (1 bis 4), 1 weitere Zahl zum Schutz, 1 Median (weniger als 10 Fälle)". */
function statisticsTextsParts(small: number, protecting: number, measures: number, k: number): string {
  return [
    small > 0 ? `${plural(small, 'kleine Zahl', 'kleine Zahlen')} (1 bis ${k - 1})` : null,
    protecting > 0 ? `${plural(protecting, 'weitere Zahl', 'weitere Zahlen')} zum Schutz` : null,
    measures > 0 ? `${plural(measures, 'Median', 'Mediane')} (weniger als ${2 * k} Fälle)` : null,
  ]
    .filter(Boolean)
    .join(', ');
}

export const statisticsTexts = {
  title: 'Statistik',
  lead: 'Die Statistik für die Koordinierung im Kreis enthält nur Zahlen: keine Namen, keine Geburtsdaten, keine Notizen. Kleine Zahlen werden verborgen, damit niemand erkannt werden kann. Hier sehen Sie vorher genau, was die Datei enthält.',
  /** The lead with a roster: the file then holds hidden counts, not the tables shown. */
  leadMasked:
    'Die Statistik für die Koordinierung im Kreis enthält nur Zahlen: keine Namen, keine Geburtsdaten, keine Notizen. Mit der Bezirksliste enthält die Datei Ihre Zahlen nur verdeckt; erst die Dateien aller Stellen zusammen ergeben Zahlen, und nur die des ganzen Kreises. Die Tabellen hier zeigen Ihre eigenen Zahlen geschützt; sie verlassen das Gerät nicht.',
  loading: 'Die Statistik wird geladen …',
  reload: 'Neu laden',

  districtLinkIntro: 'Für die Koordinierung im Kreis:',
  districtLink: 'Bezirksansicht öffnen',
  districtLinkHint: 'Statistik-Dateien mehrerer Stellen zusammenführen.',
  backToStatistics: 'Zurück zur Statistik',

  periodLabel: 'Quartal',
  periodHint:
    'Die Statistik wird nur für Quartale erstellt. Halbjahre und Jahre setzt die Bezirksansicht aus den Quartalen zusammen. Ein Quartal kann nach seinem Ende einmal veröffentlicht werden.',
  periodState: {
    laufend: 'läuft noch (vorläufig)',
    bereit: 'bereit zum Export',
    veroeffentlicht: (day: string) => `veröffentlicht am ${day}`,
  },
  periodOption: (title: string, state: string) => `${title} – ${state}`,
  noPeriods: 'Es gibt noch kein Quartal, für das eine Statistik erstellt werden kann.',
  showPreview: 'Vorschau anzeigen',
  previewBusy: 'Die Vorschau wird berechnet …',

  contentsLabel: 'Inhalt der Statistik',

  missingTitle: 'Vor dem Export fehlt noch etwas',
  missingText: 'Bitte tragen Sie in den Einstellungen der Statistik ein und speichern Sie:',
  toSettings: 'Zu den Einstellungen der Statistik',

  overviewTitle: 'Überblick',
  provisionalBadge: 'vorläufig',
  provisionalTitle: (title: string, to: string) => `Vorläufiger Stand: Das ${title} läuft noch bis ${to}.`,
  provisionalText: (asOf: string) =>
    `Die Zahlen sind die von heute (${asOf}). Bis zum Ende des Quartals kommen Einträge hinzu und ändern sich Angaben; erst dann stehen die Zahlen fest.`,
  provisionalWhy: (from: string) =>
    `Exportieren können Sie dieses Quartal ab dem ${from}. Jedes Quartal wird genau einmal veröffentlicht, nach seinem Ende. So kann niemand aus zwei Exporten ablesen, was sich dazwischen geändert hat – etwa, dass eine bestimmte Person neu aufgenommen wurde.`,
  readyText: (title: string, to: string) =>
    `${title} ist abgeschlossen. Die Zahlen gelten für seinen letzten Tag, den ${to}. Es ist noch nicht veröffentlicht: Mit dem ersten Export wird es festgeschrieben.`,
  publishedTitle: (day: string) => `Veröffentlicht am ${day}`,
  publishedText: (title: string) =>
    `${title} ist festgeschrieben. Diese Vorschau zeigt das veröffentlichte Dokument, und jeder weitere Export wiederholt genau dieses Dokument – auch wenn sich in der Fallakte seither etwas geändert hat.`,
  checksumLabel: 'Prüfsumme der JSON-Datei (SHA-256)',
  checksumFull: 'Vollständige Prüfsumme anzeigen',
  checksumHint: 'Mit ihr kann die Koordinierung im Kreis prüfen, dass ihre Datei genau dieses Dokument ist.',
  unitLabel: 'Stelle',
  unitMissing: 'noch nicht eingetragen',
  thresholdLabel: 'Kleinste veröffentlichte Zahl',
  thresholdValue: (k: number) => `${k} (Zahlen von 1 bis ${k - 1} werden verborgen)`,
  perturbationLabel: 'Überlagerung',
  perturbationOn: (max: number) => `eingeschaltet (jede Zahl weicht absichtlich um bis zu ±${max} ab)`,
  perturbationOff: 'ausgeschaltet (genaue Zahlen)',
  demoLabel: 'Daten',
  demoValue: 'Beispieldaten – die Bezirksansicht nimmt diese Datei nicht an',

  suppressedTitle: 'Was verborgen wird und warum',
  suppressedSmall: (k: number) => `Zahlen von 1 bis ${k - 1} werden nie veröffentlicht: Hinter so wenigen Fällen könnte man einzelne Menschen erkennen.`,
  suppressedProtecting: 'Dazu werden weitere Zahlen verborgen, damit man die kleinen nicht aus Summen oder Nachbarzahlen ausrechnen kann.',
  suppressedMedians: (k: number) =>
    `Mediane (zum Beispiel Tage bis zum ersten Assessment) erscheinen erst, wenn ihnen mindestens ${2 * k} Fälle zugrunde liegen.`,
  suppressedPerturbation: (max: number) =>
    `Überlagerung: Jede veröffentlichte Zahl weicht absichtlich um bis zu ±${max} ab – Anzahlen, Summen, Stunden und Mediane. Deshalb ergeben die Teile nicht immer genau ihre Summe. Dieselbe Zahl erhält immer dieselbe Abweichung.`,
  suppressedNoPerturbation: 'Die Überlagerung ist ausgeschaltet: Die veröffentlichten Zahlen sind genau.',
  suppressedSign: 'In den Tabellen steht an verborgenen Stellen „•“.',
  suppressedNone: 'In diesem Quartal musste keine Angabe verborgen werden.',
  suppressedListIntro: (small: number, protecting: number, measures: number, tables: number, k: number) =>
    `Verborgen in diesem Quartal: ${statisticsTextsParts(small, protecting, measures, k)} – in ${plural(tables, 'Tabelle', 'Tabellen')}.`,
  suppressedListShow: 'Nach Tabellen anzeigen',
  suppressedParts: (small: number, protecting: number, measures: number, k: number) => statisticsTextsParts(small, protecting, measures, k),
  suppressedPublished: (hidden: number, tables: number) =>
    `In der veröffentlichten Datei verborgen: ${plural(hidden, 'Angabe', 'Angaben')} in ${plural(tables, 'Tabelle', 'Tabellen')}.`,
  suppressedHiddenCount: (n: number) => plural(n, 'Angabe', 'Angaben'),

  total: 'Insgesamt',
  value: 'Wert',
  hiddenSign: '•',
  hiddenSr: 'verborgen',
  suppressedNote: (k: number) => `„•“ = weniger als ${k} Fälle oder zum Schutz anderer Zahlen verborgen.`,
  suppressedHoursNote: '„•“ = verborgen, weil die Zahl der Kontakte an dieser Stelle verborgen ist.',
  measureNote: (k: number) => `„•“ = nicht veröffentlicht, weil weniger als ${2 * k} Fälle zugrunde liegen.`,

  sharesNote:
    'Nicht in der Datei: Die Anteile sind hier aus den veröffentlichten Zahlen oben berechnet. „•“ = nicht berechenbar, weil eine Zahl verborgen ist; „–“ = keine Fälle.',
  shareTitles: {
    interpreter: 'Anteil der Kontakte mit Sprachmittlung',
    goalsReached: 'Anteil der erreichten Ziele an den Zielen mit Ergebnis',
  },
  shareAll: 'Alle',
  shareColumn: 'Anteil',
  noShare: '–',

  chartTitles: {
    newByTargetGroup: 'Neu aufgenommene Fälle nach Zielgruppe',
    activeByTargetGroup: 'Laufende Fälle am Ende des Zeitraums nach Zielgruppe',
    contactsByPlace: 'Kontakte nach Ort',
    contactsByType: 'Kontakte nach Art',
    goalsByOutcome: 'Ziele mit Ergebnis nach Ergebnis',
    newGoalsByLifeArea: 'Neu vereinbarte Ziele nach Lebensbereich',
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
  exportRunning: (from: string) => `Dieses Quartal läuft noch. Speichern können Sie es ab dem ${from}, wenn es abgeschlossen ist.`,
  exportBlocked: 'Speichern ist erst möglich, wenn der Name Ihrer Stelle eingetragen ist.',
  exportBlockedHow: 'Tragen Sie ihn unten in den Einstellungen der Statistik ein und speichern Sie die Einstellungen.',
  exportRepeats: (day: string) => `Veröffentlicht am ${day}. Jeder Export wiederholt genau dieses Dokument.`,
  confirmTitle: (title: string) => `${title} jetzt veröffentlichen?`,
  confirmText:
    'Mit diesem ersten Export wird das Quartal festgeschrieben: Die Datei enthält genau die Zahlen dieser Vorschau, und jeder spätere Export wiederholt sie.',
  confirmLate:
    'Einträge, die Sie danach noch für dieses Quartal erfassen oder ändern (zum Beispiel nachgetragene Kontakte), erscheinen in keiner Statistik mehr.',
  confirmXlsx: 'Festschreiben und als Excel-Datei speichern',
  confirmJson: 'Festschreiben und als JSON-Datei speichern',
  confirmCancel: 'Abbrechen',
  exportDone: (fileName: string) => `Die Datei „${fileName}“ wird gespeichert. Der Export ist im Protokoll der Fallakte vermerkt.`,

  settingsTitle: 'Einstellungen der Statistik',
  settingsIntro:
    'Diese Angaben stehen in jeder Statistik-Datei. Die Koordinierung im Kreis erkennt daran, von wem die Statistik kommt. Änderungen gelten für Quartale, die noch nicht veröffentlicht sind.',
  unitNameLabel: 'Name der Stelle',
  unitNameHint: 'z. B. „KIM Case Management Stadt Ahlen“. Pflichtangabe vor dem ersten Export.',
  unitNameMissing: 'Bitte geben Sie den Namen Ihrer Stelle ein.',
  traegerLabel: 'Träger (optional)',
  traegerHint: 'z. B. Kreis, Stadt, DRK, Diakonie, Caritas.',
  municipalityLabel: 'Gemeinde (optional)',
  municipalityHint: 'Die Stadt oder Gemeinde, in der die Stelle arbeitet.',
  thresholdFieldLabel: 'Kleinste veröffentlichte Zahl (k)',
  thresholdHint: (min: number, max: number, standard: number) =>
    `Zahlen, die kleiner sind, erscheinen nicht in der Statistik, sondern als „•“. So kann in einer kleinen Gemeinde niemand an einer kleinen Zahl erkannt werden. Üblich ist ${standard}; erlaubt sind ${min} bis ${max}.`,
  thresholdInvalid: (min: number, max: number) => `Bitte geben Sie eine ganze Zahl von ${min} bis ${max} ein.`,
  perturbationLegend: 'Überlagerung der Zahlen',
  perturbationHint:
    'Eingeschaltet (empfohlen) weicht jede veröffentlichte Zahl absichtlich um einen kleinen, festen Betrag ab, wie in der amtlichen Statistik. Dieselbe Zahl erhält immer dieselbe Abweichung, in jeder Tabelle und jedem Quartal. So lassen sich verborgene Zahlen auch durch Vergleiche mehrerer Dateien nicht ausrechnen. Die Summen im Kreis bleiben ungefähr richtig.',
  perturbationOptions: { on: 'Eingeschaltet (empfohlen)', off: 'Ausgeschaltet' },
  perturbationWarningTitle: 'Ohne Überlagerung ist der Schutz schwächer',
  perturbationWarning:
    'Ohne Überlagerung lassen sich kleine Zahlen aus den Exporten mehrerer Quartale ausrechnen, und die Koordinierung im Kreis erhält genaue Zahlen. Das Ausschalten wird im Protokoll der Fallakte vermerkt.',
  perturbationConfirmQuestion: 'Überlagerung wirklich ausschalten?',
  perturbationConfirmText:
    'Alle Quartale, die Sie danach zum ersten Mal exportieren, enthalten genaue Zahlen. Bereits veröffentlichte Quartale bleiben, wie sie sind.',
  perturbationConfirm: 'Ja, ausschalten und speichern',
  perturbationKeep: 'Eingeschaltet lassen',
  saveSettings: 'Einstellungen speichern',
  saveBusy: 'Wird gespeichert …',
  saved: 'Die Einstellungen der Statistik sind gespeichert. Die Vorschau ist aktualisiert.',
};

/** How a quarter's state reads in the picker. */
export function periodStateText(state: QuarterState, publishedOn: string | null): string {
  if (state === 'veroeffentlicht') return statisticsTexts.periodState.veroeffentlicht(germanDay(publishedOn));
  return statisticsTexts.periodState[state];
}
