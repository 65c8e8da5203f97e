/**
 * Texts of the district statistic with hidden counts (issue 15): on the Statistik page the unit's
 * key and the roster (Bezirksliste) it imports, in the Bezirksansicht the roster builder and the
 * district's own protection of a report merged from masked exports.
 */
import { AGGREGATION_TEXTS, periodTitle } from '../../electron/contract/areas/district';
import type { RosterChange } from '../../electron/contract/areas/statisticsRoster';

/** The unit's side, on the Statistik page. */
export const unitRosterTexts = {
  title: 'Kreisstatistik mit verdeckten Zahlen',
  intro:
    'Mit einer Bezirksliste schickt Ihre Stelle der Koordinierung ihre Zahlen verdeckt: Jede Zahl ist mit Zufallszahlen überdeckt, die sich erst in der Summe aller Stellen des Kreises aufheben. Keine einzelne Datei verrät Ihre Zahlen; die Koordinierung erfährt nur die Summe des Kreises und schützt sie selbst.',
  steps: [
    'Sie speichern einmal Ihren Stellenschlüssel und schicken ihn der Koordinierung.',
    'Die Koordinierung schickt Ihnen die Bezirksliste. Sie lesen sie hier ein, vergleichen die Fingerabdrücke und übernehmen sie.',
    'Danach speichern Sie jedes abgeschlossene Quartal als JSON-Datei mit verdeckten Zahlen.',
  ],

  keyTitle: 'Ihr Stellenschlüssel',
  keyLoading: 'Der Stellenschlüssel wird geladen …',
  fingerprintLabel: 'Fingerabdruck Ihres Stellenschlüssels',
  fingerprintHint:
    'Lesen Sie diesen Fingerabdruck der Koordinierung am Telefon vor, wenn sie Ihren Stellenschlüssel einliest. So prüft sie, dass die Datei wirklich von Ihrer Stelle kommt und unterwegs nicht ausgetauscht wurde.',
  keyCreatedOn: (day: string) => `Erstellt am ${day}.`,
  keyUnit: (name: string) => `Stelle: ${name}`,
  saveKey: 'Stellenschlüssel speichern',
  saveKeyBusy: 'Der Stellenschlüssel wird erstellt …',
  saveKeyDone: (fileName: string) => `Die Datei „${fileName}“ wird gespeichert. Schicken Sie sie der Koordinierung im Kreis.`,
  saveKeyNeedsName: 'Speichern ist erst möglich, wenn der Name Ihrer Stelle in den Einstellungen der Statistik eingetragen ist.',

  rosterTitle: 'Bezirksliste',
  noRoster: 'Sie haben noch keine Bezirksliste übernommen. Bis dahin exportieren Sie Ihre geschützten Tabellen wie bisher.',
  importedTitle: 'Übernommene Bezirksliste',
  importedOn: (day: string) => `Übernommen am ${day}.`,
  chooseLabel: 'Bezirksliste einlesen',
  chooseHint: 'Die JSON-Datei, die Ihnen die Koordinierung im Kreis geschickt hat. Sie wird erst übernommen, wenn Sie es bestätigen.',
  chooseButton: 'Datei auswählen …',
  nothingChosen: 'Noch keine Datei ausgewählt.',
  chosen: (name: string) => `Ausgewählt: ${name}`,
  checking: 'Die Bezirksliste wird geprüft …',

  checkTitle: 'Bezirksliste prüfen',
  checkCompare:
    'Vergleichen Sie mit der Koordinierung am Telefon den Code der Liste und den Fingerabdruck jeder Stelle. Stimmt etwas nicht überein, übernehmen Sie die Liste nicht.',
  change: {
    neu: 'Das ist Ihre erste Bezirksliste. Quartale ab dem Quartal bei „Gilt ab“, die noch nicht veröffentlicht sind, exportieren Sie mit verdeckten Zahlen; frühere Quartale wie bisher.',
    'neuere-version':
      'Das ist eine neuere Version Ihrer Bezirksliste. Sie gilt ab dem Quartal bei „Gilt ab“. Quartale davor exportieren Sie weiter mit der bisherigen Version, wie die anderen Stellen auch; so lassen sich die Zahlen aller Stellen zusammenzählen.',
    gleich: 'Diese Bezirksliste haben Sie schon übernommen. Es ist nichts zu tun.',
    'andere-liste':
      'Das ist eine andere Liste als die, die Sie übernommen haben: ein anderer Kreis oder eine neu begonnene Liste. Übernehmen Sie sie nur, wenn die Koordinierung Ihnen das so gesagt hat.',
  } satisfies Record<RosterChange, string>,
  confirmOther: 'Ja, diese Liste soll die bisherige Bezirksliste ersetzen.',
  confirmOtherMissing: 'Bitte bestätigen Sie zuerst, dass diese Liste die bisherige ersetzen soll.',
  importButton: 'Bezirksliste übernehmen',
  importBusy: 'Die Bezirksliste wird übernommen …',
  importDone: (district: string, version: number) => `Die Bezirksliste „${district}“, Version ${version}, ist übernommen.`,
  cancel: 'Nicht übernehmen',

  ownUnit: 'Ihre Stelle',
};

/** The roster's facts, on both sides. */
export const rosterInfoTexts = {
  district: 'Kreis',
  version: 'Version',
  validFrom: 'Gilt ab',
  validFromValue: (quarter: string) => periodTitle(quarter),
  createdOn: 'Erstellt am',
  code: 'Code der Liste',
  protection: 'Schutz des Kreisberichts',
  protectionValue: (k: number, perturbation: boolean) =>
    `Zahlen von 1 bis ${k - 1} werden verborgen (k\u00a0=\u00a0${k}); Überlagerung ${perturbation ? 'eingeschaltet' : 'ausgeschaltet'}`,
  unitsCaption: (n: number) => (n === 1 ? '1 Stelle auf der Liste' : `${n} Stellen auf der Liste`),
  unitColumns: { name: 'Stelle', traeger: 'Träger', municipality: 'Gemeinde', fingerprint: 'Fingerabdruck' },
  none: '–',
};

/** In the export panel and the overview of the Statistik page. */
export const maskedExportTexts = {
  factLabel: 'Kreisstatistik',
  willExport: (district: string, version: number, code: string) =>
    `Wird mit verdeckten Zahlen exportiert, für die Bezirksliste „${district}“, Version ${version} (Code ${code}).`,
  published: (district: string, version: number, code: string) =>
    `Mit verdeckten Zahlen veröffentlicht, für die Bezirksliste „${district}“, Version ${version} (Code ${code}).`,
  plain: 'Ohne Bezirksliste: Ihre geschützten Tabellen.',
  exportText:
    'Die JSON-Datei für die Bezirksansicht der Koordinierung enthält Ihre genauen Zahlen verdeckt (lesbar nur als Summe aller Stellen des Kreises), dazu die Mediane dieser Vorschau und wenige Summen in groben Stufen. Jeder Export wird im Protokoll der Fallakte vermerkt.',
  jsonOnly:
    'Mit einer Bezirksliste gibt es nur die JSON-Datei mit verdeckten Zahlen. Eine Excel-Tabelle Ihrer Stelle würde Ihre eigenen Zahlen zeigen; zusammen mit der Summe des Kreises ließen sich daraus geheim gehaltene Zahlen Ihrer Stelle errechnen.',
};

/** The coordinators' side: building the roster in the Bezirksansicht. */
export const rosterBuilderTexts = {
  title: 'Bezirksliste zusammenstellen',
  intro:
    'Für die Kreisstatistik mit verdeckten Zahlen: Jede Stelle schickt Ihnen ihren Stellenschlüssel. Daraus wird die Bezirksliste, die Sie allen Stellen schicken. Es braucht mindestens drei Stellen.',
  keysLabel: 'Stellenschlüssel der Stellen (JSON)',
  keysHint: 'Wählen Sie die Dateien aller Stellen auf einmal aus, je Stelle eine.',
  previousLabel: 'Bisherige Bezirksliste (optional)',
  previousHint: 'Kommt eine Stelle hinzu oder geht eine, wählen Sie hier die bisherige Liste: Die neue behält ihre Kennung und bekommt die nächste Version.',
  chooseFiles: 'Dateien auswählen …',
  chooseFile: 'Datei auswählen …',
  nothingChosen: 'Noch keine Datei ausgewählt.',
  chosen: (names: readonly string[]) => (names.length === 1 ? `Ausgewählt: ${names[0]}` : `Ausgewählt (${names.length}): ${names.join(', ')}`),
  districtLabel: 'Name des Kreises',
  districtHint: 'Steht in der Bezirksliste und im Titel jedes Kreisberichts, z. B. „Kreis Warendorf“.',
  districtMissing: 'Bitte geben Sie den Namen des Kreises ein.',
  thresholdLabel: 'Kleinste veröffentlichte Zahl im Kreisbericht (k)',
  thresholdHint: 'Zahlen der Kreissumme, die kleiner sind, erscheinen im Bericht als „•“. Üblich ist 5; erlaubt sind 3 bis 20.',
  thresholdInvalid: 'Bitte geben Sie eine ganze Zahl von 3 bis 20 ein.',
  validFromLabel: 'Gilt ab',
  validFromHint:
    'Das erste Quartal, das die Stellen mit dieser Liste exportieren. Eine neue Liste gilt meist ab dem letzten abgeschlossenen Quartal. Eine neue Version gilt meist ab dem laufenden Quartal: Die Quartale davor exportieren die Stellen weiter mit der bisherigen Version, auch wenn sie die neue schon übernommen haben. So hat jedes Quartal nur eine Liste.',
  validFromOption: (quarter: string, running: boolean) => (running ? `${periodTitle(quarter)} (laufendes Quartal)` : periodTitle(quarter)),
  perturbationLabel: 'Überlagerung der Zahlen im Kreisbericht (empfohlen)',
  perturbationHint: 'Jede Zahl des Berichts weicht dann absichtlich um einen kleinen, festen Betrag ab, wie in der amtlichen Statistik.',
  noKeys: 'Bitte wählen Sie die Stellenschlüssel aus.',
  build: 'Bezirksliste zusammenstellen',
  buildBusy: 'Die Bezirksliste wird zusammengestellt …',
  problemsTitle: 'Aus diesen Dateien entsteht keine Bezirksliste',
  problemRole: { current: 'Stellenschlüssel', previous: 'bisherige Bezirksliste' },
  problemsHint: 'Ersetzen oder entfernen Sie die genannten Dateien und stellen Sie die Liste dann erneut zusammen.',
  resultTitle: 'Die neue Bezirksliste',
  resultCompare:
    'Rufen Sie jede Stelle an und lassen Sie sich ihren Fingerabdruck vorlesen. Stimmt er mit dem in der Tabelle überein, stammt der Schlüssel wirklich von ihr. Nennen Sie jeder Stelle den Code der Liste, damit sie ihn beim Einlesen vergleicht.',
  save: 'Bezirksliste speichern',
  saveDone: (fileName: string) => `Die Datei „${fileName}“ wird gespeichert. Schicken Sie sie allen Stellen der Liste.`,
};

/** A report merged from masked exports: the district's own protection. */
/** The protection of a report from hidden counts: the contract's texts (the same in the PDF and the Excel file), and the screen's own. */
export const aggregationTexts = {
  ...AGGREGATION_TEXTS,
  tableNote: '„•“ = für den Kreis verborgen (siehe Zeichenerklärung).',
  unitTotalsBands: 'Summen der einzelnen Stellen (in Stufen)',
  unitTotalBelow: (band: number) => `unter ${band}`,
};
