/** Texts of the keyboard shortcuts: key names, groups, what each shortcut does, and the help overlay. */
export const shortcutTexts = {
  button: 'Tastenkürzel',
  buttonHint: (keys: string) => `Alle Tastenkürzel anzeigen (${keys})`,
  title: 'Tastenkürzel',
  intro: 'Alles in der Fallakte geht auch ohne Maus. Tasten mit „+“ drücken Sie zusammen, zum Beispiel erst Strg halten und dann K.',
  questionMarkNote: 'Das Fragezeichen öffnet diese Hilfe nur, wenn Sie gerade nicht in ein Feld schreiben. F1 geht immer.',
  close: 'Schließen',
  columnKeys: 'Tasten',
  columnAction: 'Was passiert',
  or: 'oder',

  /** The groups, in the order the overlay shows them. */
  groups: {
    everywhere: 'Überall',
    lists: 'Listen',
    forms: 'Formulare',
    consultation: 'Sprechstunde',
  },

  /** German names of keys, by their name in KeyboardEvent.key / aria-keyshortcuts. */
  keyNames: {
    Control: 'Strg',
    Alt: 'Alt',
    Shift: 'Umschalt',
    Enter: 'Eingabe',
    Escape: 'Esc',
    Tab: 'Tab',
    Space: 'Leertaste',
    ArrowUp: 'Pfeil nach oben',
    ArrowDown: 'Pfeil nach unten',
    ArrowLeft: 'Pfeil nach links',
    ArrowRight: 'Pfeil nach rechts',
    Backspace: 'Rücktaste',
    Delete: 'Entf',
    Home: 'Pos1',
    End: 'Ende',
    PageUp: 'Bild auf',
    PageDown: 'Bild ab',
  } as Record<string, string>,

  does: {
    help: 'Diese Übersicht der Tastenkürzel öffnen',
    search: 'Suchen: Personen, Fälle, Kontaktnotizen und Ziele',
    lock: 'Fallakte sperren',
    openPage: (page: string) => `„${page}“ öffnen`,
    close: 'Schließen: die Suche, diese Übersicht oder ein Formular mit „Abbrechen“ (ohne zu speichern); der Fokus geht dorthin zurück, wo er vorher war',
    listNext: 'In der Suche: zum nächsten Treffer',
    listPrevious: 'In der Suche: zum vorigen Treffer, vom ersten zurück ins Suchfeld',
    listOpen: 'Den gewählten Eintrag öffnen (Treffer, Aufgabe, Fall)',
    listJump: 'In der Fallliste: eine Seite weiter oder zurück, zum ersten oder letzten Fall',
    formNext: 'Zum nächsten Feld oder Knopf',
    formPrevious: 'Zum vorigen Feld oder Knopf',
    formSubmit: 'In einem Eingabefeld: das Formular speichern oder absenden',
    formToggle: 'Kästchen an- oder abhaken, einen Knopf drücken',
    formChoose: 'In einer Auswahl mit runden Punkten: die nächste oder vorige Möglichkeit wählen',
  },
};
