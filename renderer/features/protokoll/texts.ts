/** Texts of the Protokoll (audit log viewer). */
export const protokollTexts = {
  title: 'Protokoll',
  intro:
    'Hier steht, wer wann was mit welchem Datensatz getan hat – nie Inhalte. Jeder Eintrag ist mit dem vorigen verkettet; Änderungen außerhalb der App fallen bei der Prüfung auf.',
  filterTitle: 'Auswahl',
  from: 'Von (Tag)',
  to: 'Bis (Tag)',
  entity: 'Datensatzart (z. B. case, person)',
  entityId: 'Datensatz-Kennung',
  action: 'Aktion (z. B. case.updated)',
  show: 'Anzeigen',
  pdf: 'Als PDF speichern',
  pdfBusy: 'PDF wird erstellt …',
  loading: 'Protokoll wird geladen …',
  chainOk: (entries: number) => `Prüfung der Protokollkette: in Ordnung (${entries} Einträge, lückenlos, passend zum Anker in der Schlüsseldatei).`,
  chainUnchained: 'Das Protokoll wird beim nächsten Entsperren verkettet.',
  chainBroken: 'Das Protokoll wurde außerhalb der App verändert. Erste Unstimmigkeit:',
  count: (shown: number, total: number) => (shown < total ? `${total} Einträge passen, die neuesten ${shown} stehen hier.` : `${total} Einträge.`),
  none: 'Keine Einträge für diese Auswahl.',
  columns: { id: 'Nr.', at: 'Zeit', actor: 'Wer', action: 'Aktion', record: 'Datensatz' },
  fromAfterTo: 'Der Tag „Von“ liegt nach dem Tag „Bis“.',
} as const;
