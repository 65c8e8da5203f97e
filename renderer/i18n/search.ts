/** Texts of the global search (Ctrl+K). Group headings come from the search result itself. */
export const search = {
  open: 'Suchen',
  openHint: 'Personen, Fälle, Kontaktnotizen und Ziele durchsuchen (Strg+K)',
  title: 'Suchen',
  field: 'Suchbegriff',
  fieldHint: 'Name, Fallnummer oder ein Wort aus einer Notiz oder einem Ziel. Pfeiltasten wählen einen Treffer.',
  close: 'Schließen',
  searching: 'Suche läuft …',
  none: (query: string) => `Keine Treffer für „${query}“.`,
  count: (n: number) => (n === 1 ? '1 Treffer' : `${n} Treffer`),
  groupCount: (shown: number, total: number) => (shown < total ? `${shown} von ${total}` : String(total)),
};
