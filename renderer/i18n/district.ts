/**
 * Texts of the district view ("Bezirksansicht") for the coordinators of the strategic overhead,
 * who merge the units' anonymised statistics. The legend of "≥" and "•" comes from the contract,
 * so screen, Excel file and PDF explain them alike.
 */
export const districtTexts = {
  title: 'Bezirksansicht',
  openStandalone: 'Bezirksansicht öffnen (ohne Fallakte)',
  backToSetup: 'Zurück zur Einrichtung',
  backToUnlock: 'Zurück zum Entsperren',
  lead: 'Für die Koordinierung im Kreis: Hier führen Sie die Statistik-Dateien (JSON) mehrerer Stellen für denselben Zeitraum zu Zahlen für den ganzen Kreis zusammen. Die Dateien enthalten nur anonymisierte Zahlen.',
  standaloneNote: 'Die Fallakte bleibt dabei gesperrt. Die Bezirksansicht öffnet keine Falldaten und speichert nichts auf diesem Gerät.',

  importTitle: 'Statistik-Dateien einlesen',
  importText: 'Jede Stelle speichert ihre Statistik auf der Seite „Statistik“ als JSON-Datei. Wählen Sie hier die Dateien aller Stellen für einen Zeitraum aus (mehrere auf einmal).',
  filesLabel: 'Statistik-Dateien des Zeitraums (JSON)',
  filesHint: 'Sie können mehrere Dateien auf einmal auswählen.',
  previousLabel: 'Dateien des vorherigen Zeitraums zum Vergleich (freiwillig)',
  previousHint: 'Zum Beispiel die Dateien des Quartals davor. Dann zeigt die Bezirksansicht, was sich verändert hat.',
  chooseFiles: 'Dateien auswählen …',
  nothingChosen: 'Noch keine Datei ausgewählt.',
  chosen: (names: readonly string[]) => (names.length === 1 ? `Ausgewählt: ${names[0]}` : `Ausgewählt (${names.length}): ${names.join(', ')}`),
  districtNameLabel: 'Name des Kreises (freiwillig)',
  districtNameHint: 'Steht im Titel des Berichts, z. B. „Kreis Warendorf“.',
  noFiles: 'Bitte wählen Sie mindestens eine Statistik-Datei aus.',
  tooManyFiles: (max: number) => `Bitte wählen Sie höchstens ${max} Dateien auf einmal aus.`,
  tooLarge: (name: string) => `Die Datei „${name}“ ist zu groß für eine Statistik-Datei und wird nicht eingelesen.`,
  unreadable: (name: string) => `Die Datei „${name}“ konnte nicht gelesen werden.`,
  merge: 'Zusammenführen',
  mergeBusy: 'Die Dateien werden geprüft und zusammengeführt …',

  problemsTitle: 'Diese Dateien können nicht zusammengeführt werden',
  problemRole: { current: 'Zeitraum', previous: 'vorheriger Zeitraum' },
  problemsHint: 'Entfernen oder ersetzen Sie die genannten Dateien und führen Sie dann erneut zusammen.',

  overviewTitle: 'Überblick',
  reportTitle: (district: string | null, period: string) => (district ? `${district}: ${period}` : `Alle Stellen: ${period}`),
  createdOn: (date: string) => `Zusammengeführt am ${date}.`,
  unitsCaption: (n: number) => (n === 1 ? '1 beteiligte Stelle' : `${n} beteiligte Stellen`),
  unitColumns: { name: 'Stelle', traeger: 'Träger', municipality: 'Gemeinde', file: 'Datei', createdOn: 'Erstellt am', threshold: 'k', perturbation: 'Überlagerung' },
  perturbation: (max: number | null) => (max === null ? 'keine' : `± ${max}`),
  none: '–',
  comparedWith: (period: string, units: number) => `Verglichen mit: ${period} (${units === 1 ? '1 Stelle' : `${units} Stellen`}).`,
  notesTitle: 'Hinweise',
  legendTitle: 'Zeichenerklärung',
  tableNote: '„≥“ = mindestens diese Zahl, „•“ = nicht bekannt (siehe Zeichenerklärung).',
  unitTotals: 'Summen der einzelnen Stellen',
  total: 'Insgesamt',
  unitTotalMissing: 'Tabelle fehlt',
  unknownSr: 'nicht bekannt',
  lowerBoundSr: (value: string) => `mindestens ${value}`,

  comparisonCaption: (previous: string) => `Vergleich mit ${previous} (Summen der Zeilen)`,
  change: 'Veränderung',
  measureNote: '„•“ = von dieser Stelle nicht veröffentlicht (zu wenige Fälle), „–“ = keine Angabe dieser Stelle.',

  chartUnknown: 'nicht bekannt',
  chartOpenNote: 'Gestrichelte Enden: Die Zahl ist mindestens so groß, wahrscheinlich etwas größer.',
  chartUnknownNote: 'Schraffierte Balken: Die Zahl ist nicht bekannt, ihre Länge sagt nichts über die Größe.',

  exportTitle: 'Bericht speichern',
  exportText: 'Der Bericht enthält die Tabellen, die Diagramme und die Zeichenerklärung dieser Seite, zum Beispiel für den Ausschuss.',
  exportXlsx: 'Bericht als Excel-Datei',
  exportPdf: 'Bericht als PDF',
  exportBusy: 'Der Bericht wird erstellt …',
  exportDone: (fileName: string) => `Der Bericht „${fileName}“ wird gespeichert.`,
};

/** A change between two periods: "+6", "−12", "0". */
export function changeText(change: number): string {
  if (change === 0) return '0';
  const shown = Math.abs(change).toLocaleString('de-DE');
  return change > 0 ? `+${shown}` : `−${shown}`;
}
