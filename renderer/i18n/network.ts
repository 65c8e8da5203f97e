/**
 * Texts of the case sections Vermittlungen (with Schweigepflichtentbindungen), Kontakte (with
 * Wiedervorlagen) and Fallkonferenzen, and the German date formats they show. Labels of the
 * choices (statuses, places, types, forms, gaps) come from the main process (`network.labels`).
 */

/** 'YYYY-MM-DD…' → '21.11.2026'; anything else is shown as it is. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return match ? `${match[3]}.${match[2]}.${match[1]}` : iso;
}

const dateTimeFormat = new Intl.DateTimeFormat('de-DE', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** An ISO date-time → '21.11.2026, 14:05' in the device's time zone. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTimeFormat.format(date);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Today on this device, 'YYYY-MM-DD'. */
export function todayIso(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Now on this device, as a datetime-local field wants it: 'YYYY-MM-DDTHH:MM'. */
export function nowLocalInput(now: Date = new Date()): string {
  return `${todayIso(now)}T${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

export const isIsoDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

const minutes = (n: number) => (n === 1 ? '1 Minute' : `${n} Minuten`);

export const network = {
  common: {
    cancel: 'Abbrechen',
    busy: 'Wird gespeichert …',
    loading: 'Wird geladen …',
    yes: 'Ja',
    no: 'Nein',
    none: '–',
    closedNote: 'Dieser Fall ist abgeschlossen. Sie können hier alles lesen, aber nichts mehr ändern.',
    by: (name: string) => `erfasst von ${name}`,
    optional: (label: string) => `${label} (optional)`,
    missingDate: 'Bitte geben Sie ein Datum ein.',
    noActivePartners: 'Es gibt noch keine aktiven Netzwerkpartner. Bitte legen Sie Partner im Partnerverzeichnis an.',
  },

  /** Wiedervorlagen: open follow-ups of a case, and the rows added to a contact or a conference. */
  followUps: {
    title: 'Offene Wiedervorlagen',
    empty: 'Für diesen Fall gibt es keine offenen Wiedervorlagen.',
    due: 'Fällig am',
    item: 'Wiedervorlage',
    source: 'Herkunft',
    action: 'Aktion',
    overdue: 'überfällig',
    markDone: 'Erledigt',
    markDoneLabel: (title: string) => `Erledigt: Wiedervorlage „${title}“`,
    doneSaved: (title: string) => `Die Wiedervorlage „${title}“ ist erledigt.`,
    add: 'Wiedervorlage anlegen',
    formTitle: 'Neue Wiedervorlage',
    titleLabel: 'Was ist zu tun?',
    titleHint: 'Zum Beispiel: „Bescheid vom Jobcenter nachfragen“.',
    dueLabel: 'Fällig am',
    submit: 'Wiedervorlage speichern',
    saved: 'Die Wiedervorlage ist gespeichert.',
    titleMissing: 'Bitte schreiben Sie kurz, was zu tun ist.',
    /** The editable rows inside the contact and conference forms. */
    rows: {
      rowTitle: (prefix: string, n: number) => `${prefix} ${n}: Was ist zu tun?`,
      rowDue: (prefix: string, n: number) => `${prefix} ${n}: fällig am`,
      remove: (prefix: string, n: number) => `${prefix} ${n} entfernen`,
      incomplete: 'Bitte füllen Sie bei jeder Zeile „Was ist zu tun?“ und das Datum aus oder entfernen Sie die Zeile.',
    },
  },

  releases: {
    title: 'Schweigepflichtentbindungen',
    intro:
      'Daten der Person dürfen nur an einen Partner gehen, wenn die Person für diesen Partner von der Schweigepflicht entbunden hat. Die Entbindungen gelten für die Person, nicht nur für diesen Fall.',
    empty: 'Für diese Person ist noch keine Schweigepflichtentbindung erfasst.',
    partner: 'Partner',
    givenAt: 'Erteilt am',
    scope: 'Umfang',
    form: 'Form',
    validUntil: 'Gültig bis',
    state: 'Stand',
    action: 'Aktion',
    unlimited: 'unbefristet',
    revokedOn: (date: string) => `Widerrufen am ${date}`,
    add: 'Schweigepflichtentbindung erfassen',
    formTitle: 'Schweigepflichtentbindung erfassen',
    formTitleFor: (partner: string) => `Schweigepflichtentbindung für ${partner} erfassen`,
    partnerLabel: 'Partner',
    partnerPlaceholder: 'Bitte wählen',
    givenLabel: 'Erteilt am',
    scopeLabel: 'Umfang',
    scopeHint: 'Wofür gilt die Entbindung? Zum Beispiel: „Antrag auf Wohngeld, Austausch zu Unterlagen und Terminen“.',
    formLabel: 'Form der Entbindung',
    validUntilLabel: 'Gültig bis (optional)',
    validUntilHint: 'Leer lassen, wenn die Entbindung bis auf Widerruf gilt.',
    submit: 'Schweigepflichtentbindung speichern',
    saved: 'Die Schweigepflichtentbindung ist gespeichert.',
    problems: {
      partner: 'Bitte wählen Sie den Partner.',
      scope: 'Bitte beschreiben Sie den Umfang.',
      form: 'Bitte wählen Sie die Form.',
      date: 'Bitte geben Sie das Datum ein, an dem die Entbindung erteilt wurde.',
    },
    revoke: 'Widerrufen',
    revokeLabel: (partner: string) => `Widerrufen: Schweigepflichtentbindung für ${partner}`,
    revokeTitle: (partner: string) => `Widerruf: Schweigepflichtentbindung für ${partner}`,
    revokeHint: 'Ab diesem Tag dürfen keine Daten mehr an den Partner gehen.',
    revokedAtLabel: 'Widerrufen am',
    revokeSubmit: 'Widerruf speichern',
    revoked: 'Der Widerruf ist gespeichert.',
  },

  referrals: {
    title: 'Vermittlungen',
    listTitle: 'Vermittlungen in diesem Fall',
    empty: 'In diesem Fall gibt es noch keine Vermittlung.',
    add: 'Vermittlung anlegen',
    formTitle: 'Neue Vermittlung',
    partnerLabel: 'Partner',
    partnerPlaceholder: 'Bitte wählen',
    lifeAreaLabel: 'Lebensbereich',
    lifeAreaPlaceholder: 'Bitte wählen',
    reasonLabel: 'Anlass',
    reasonHint: 'Warum vermitteln Sie die Person an diesen Partner?',
    dateLabel: 'Datum der Vermittlung',
    transferLegend: 'Gehen Daten der Person an den Partner?',
    transferYes: 'Daten an den Partner weitergeben',
    transferNo: 'Person nur informieren (keine Datenweitergabe)',
    transferHint: 'Für die Datenweitergabe braucht es eine gültige Schweigepflichtentbindung für diesen Partner.',
    releaseFound: (partner: string) => `Für ${partner} ist heute eine gültige Schweigepflichtentbindung erfasst.`,
    releaseMissing: (partner: string) => `Für ${partner} ist heute keine gültige Schweigepflichtentbindung erfasst.`,
    submit: 'Vermittlung speichern',
    saved: 'Die Vermittlung ist gespeichert.',
    problems: {
      partner: 'Bitte wählen Sie den Partner.',
      lifeArea: 'Bitte wählen Sie den Lebensbereich.',
      reason: 'Bitte schreiben Sie den Anlass.',
      date: 'Bitte geben Sie das Datum ein.',
      transfer: 'Bitte wählen Sie, ob Daten weitergegeben werden.',
    },
    releaseRequiredTitle: 'Wie möchten Sie weitermachen?',
    recordReleaseNow: 'Schweigepflichtentbindung jetzt erfassen',
    continueWithoutTransfer: 'Ohne Datenweitergabe speichern',
    releaseThenSave: 'Die Schweigepflichtentbindung ist gespeichert. Bitte speichern Sie jetzt die Vermittlung.',
    // details of one referral
    legalArea: 'Rechtskreis',
    lifeArea: 'Lebensbereich',
    reason: 'Anlass',
    date: 'Datum',
    status: 'Status',
    dataTransfer: 'Datenweitergabe',
    dataTransferYes: 'Ja, mit Schweigepflichtentbindung',
    dataTransferNo: 'Nein, die Person wurde nur informiert',
    outcome: 'Ergebnis',
    structuralGap: 'Lücke im Hilfesystem',
    history: 'Verlauf',
    historyEntry: (when: string, status: string) => `${when}: ${status}`,
    finalNote: 'Diese Vermittlung ist beendet.',
  },

  referralStatus: {
    open: 'Status ändern',
    openLabel: (partner: string) => `Status ändern: Vermittlung an ${partner}`,
    formLabel: (partner: string) => `Status ändern: Vermittlung an ${partner}`,
    statusLegend: 'Neuer Status',
    noteLabel: 'Notiz (optional)',
    outcomeLabel: 'Ergebnis (optional)',
    outcomeHint: 'Was ist bei der Vermittlung herausgekommen?',
    gapLabel: 'Lücke im Hilfesystem (optional)',
    gapNone: 'Keine Angabe',
    gapHint:
      'Warum hat es nicht geklappt? Diese Angabe hilft der Koordinierung im Kommunalen Integrationszentrum, Lücken im Hilfesystem zu erkennen. Sie erscheint dort nur als anonyme Zahl.',
    submit: 'Status speichern',
    saved: 'Der Status ist gespeichert.',
    statusMissing: 'Bitte wählen Sie den neuen Status.',
  },

  contacts: {
    title: 'Kontakte',
    listTitle: 'Bisherige Kontakte',
    empty: 'In diesem Fall ist noch kein Kontakt erfasst.',
    add: 'Kontakt erfassen',
    formTitle: 'Neuer Kontakt',
    atLabel: 'Datum und Uhrzeit',
    durationLabel: 'Dauer in Minuten',
    durationInvalid: (min: number, max: number) => `Bitte geben Sie eine ganze Zahl von ${min} bis ${max} ein.`,
    placeLegend: 'Ort',
    locationLabel: 'Ort der Sprechstunde',
    locationPlaceholder: 'Bitte wählen',
    locationMissing: 'Bitte wählen Sie den Ort der Sprechstunde.',
    typeLegend: 'Art des Kontakts',
    topicsLegend: 'Themen',
    topicsHint: 'Um welche Lebensbereiche ging es?',
    interpreterLegend: 'Sprachmittlung',
    interpreterOption: 'Mit Sprachmittlung (Dolmetscher:in)',
    languageLabel: 'Sprache (optional)',
    noteLabel: 'Notiz (optional)',
    followUpsLegend: 'Wiedervorlagen (optional)',
    followUpPrefix: 'Wiedervorlage',
    addFollowUp: 'Wiedervorlage hinzufügen',
    submit: 'Kontakt speichern',
    saved: 'Der Kontakt ist gespeichert.',
    problems: {
      at: 'Bitte geben Sie Datum und Uhrzeit ein.',
      place: 'Bitte wählen Sie den Ort.',
      type: 'Bitte wählen Sie die Art des Kontakts.',
    },
    // details of one contact
    heading: (when: string, type: string) => `${when} · ${type}`,
    duration: 'Dauer',
    durationValue: minutes,
    place: 'Ort',
    type: 'Art',
    topics: 'Themen',
    interpreter: 'Sprachmittlung',
    interpreterWith: (language: string | null) => (language ? `Ja, ${language}` : 'Ja'),
    note: 'Notiz',
    followUps: 'Wiedervorlagen',
    followUpItem: (title: string, due: string, done: string | null) =>
      done ? `${title} – fällig am ${due}, erledigt am ${done}` : `${title} – fällig am ${due}`,
  },

  conferences: {
    title: 'Fallkonferenzen',
    listTitle: 'Bisherige Fallkonferenzen',
    empty: 'In diesem Fall gab es noch keine Fallkonferenz.',
    add: 'Fallkonferenz erfassen',
    formTitle: 'Neue Fallkonferenz',
    dateLabel: 'Datum',
    participantsLegend: 'Teilnehmende Partner',
    participantsHint: 'Für jeden Partner braucht es eine gültige Schweigepflichtentbindung der Person.',
    contactPersonLabel: (organisation: string) => `Ansprechperson bei ${organisation} (optional)`,
    clientPresentLegend: 'War die Person bei der Fallkonferenz dabei?',
    agendaLabel: 'Tagesordnung (optional)',
    resultsLabel: 'Ergebnisse (optional)',
    actionsLegend: 'Vereinbarte Schritte (optional)',
    actionsHint: 'Jeder Schritt wird eine Wiedervorlage in diesem Fall.',
    actionPrefix: 'Schritt',
    addAction: 'Schritt hinzufügen',
    submit: 'Fallkonferenz speichern',
    saved: 'Die Fallkonferenz ist gespeichert.',
    problems: {
      date: 'Bitte geben Sie das Datum ein.',
      participants: 'Bitte wählen Sie mindestens einen Partner.',
      clientPresent: 'Bitte geben Sie an, ob die Person dabei war.',
      releases: 'Für mindestens einen Partner fehlt eine gültige Schweigepflichtentbindung.',
      checking: 'Die Schweigepflichtentbindungen werden geprüft …',
    },
    checkTitle: 'Schweigepflichtentbindungen',
    checkOk: (organisation: string) => `${organisation}: gültige Schweigepflichtentbindung liegt vor.`,
    checkMissing: (organisation: string, date: string) =>
      `${organisation}: keine gültige Schweigepflichtentbindung am ${date}.`,
    checkWarning:
      'Ohne gültige Schweigepflichtentbindung darf dieser Partner nicht an der Fallkonferenz teilnehmen. Erfassen Sie die Entbindung im Bereich Vermittlungen oder nehmen Sie den Partner heraus.',
    toReferrals: 'Zu den Vermittlungen (Schweigepflichtentbindung erfassen)',
    // details of one conference
    heading: (date: string) => `Fallkonferenz am ${date}`,
    clientPresent: 'Person anwesend',
    participants: 'Teilnehmende',
    participantItem: (organisation: string, legalArea: string, contactPerson: string | null) =>
      contactPerson ? `${organisation} (${legalArea}), ${contactPerson}` : `${organisation} (${legalArea})`,
    agenda: 'Tagesordnung',
    results: 'Ergebnisse',
    actions: 'Vereinbarte Schritte',
  },
} as const;
