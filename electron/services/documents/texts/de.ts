/**
 * The fixed texts of the client documents in German: the source of every translation and the key
 * set (every language must have exactly these keys, with exactly these placeholders).
 * Placeholders are named (`{partner}`), never positional, so a translation may put them anywhere.
 * The client's own data (names, goals, dates) is never part of these texts: builders fill it in.
 */
import { RELEASE_DATA_KIND_LABELS } from '../../../contract/labels';

export const de = {
  common: {
    name: 'Name',
    caseNumber: 'Fallnummer',
    date: 'Datum',
    placeDate: 'Ort, Datum',
    signatureClient: 'Unterschrift Klient:in',
    signatureCaseManagement: 'Unterschrift Case Management',
    page: 'Seite {page} von {pages}',
    translationNotReviewed: 'Diese Übersetzung ist noch nicht fachlich geprüft. Im Zweifel gilt der deutsche Text.',
  },
  agreement: {
    title: 'Zielvereinbarung',
    intro1: 'Das haben wir gemeinsam vereinbart.',
    intro2: 'Hier stehen Ihre Ziele.',
    intro3: 'Bei jedem Ziel steht: Was ist zu tun? Wer macht es? Bis wann?',
    intro4: 'Wir sprechen regelmäßig über Ihre Ziele.',
    intro5: 'Ziele können sich ändern. Dann schreiben wir eine neue Vereinbarung.',
    intro6: 'Sie bekommen eine Kopie.',
    for: 'Für',
    version: 'Fassung {version}',
    goal: 'Ziel {number}',
    lifeArea: 'Lebensbereich',
    noSteps: 'Die Schritte besprechen wir noch.',
    who: 'Wer?',
    byWhen: 'Bis wann?',
    noFixedDate: 'kein festes Datum',
    doneOn: 'Erledigt am {date}',
    responsibleClient: 'Sie',
    responsibleCaseManagement: 'Case Management',
    responsiblePartner: 'Netzwerkpartner',
    signatures: 'Unterschriften',
    signatureSentence: 'Mit der Unterschrift sagen wir: Wir haben das zusammen besprochen. Wir sind einverstanden.',
    kindToSign: 'Fassung zum Unterschreiben',
    kindSigned: 'Unterschriebene Fassung',
    kindSuperseded: 'Nicht unterschrieben: Es gibt eine neuere Fassung.',
    signedOn: 'Unterschrieben am {date}.',
    paperIsOriginal: 'Die unterschriebene Fassung auf Papier ist das Original.',
    notSigned: 'Diese Fassung wurde nicht unterschrieben. Es gibt eine neuere Fassung der Zielvereinbarung.',
  },
  consent: {
    title: 'Einwilligung in das Case Management und in die Verarbeitung Ihrer Daten',
    intro:
      'Sie möchten am Case Management teilnehmen. Dafür brauchen wir Daten über Sie. Hier steht, was mit Ihren Daten geschieht und welche Rechte Sie haben (Art. 13 Datenschutz-Grundverordnung, DSGVO).',
    controllerHeading: 'Wer ist verantwortlich?',
    controllerText: 'Verantwortlich für Ihre Daten ist: {controller}, {controllerAddress}.',
    dpoHeading: 'Datenschutzbeauftragte oder Datenschutzbeauftragter',
    dpoText: 'Bei Fragen zum Datenschutz erreichen Sie: {dataProtectionOfficer}.',
    purposeHeading: 'Wofür verwenden wir Ihre Daten?',
    purposeText:
      'Für das Case Management im Kommunalen Integrationsmanagement NRW (KIM, Baustein 2): Wir klären mit Ihnen Ihre Lage, vereinbaren Ziele, planen die Schritte und begleiten Sie dabei. Für Berichte an die Geldgeber zählen wir nur Fälle, ohne Namen.',
    legalBasisHeading: 'Auf welcher Rechtsgrundlage?',
    legalBasisText:
      'Auf Grund Ihrer Einwilligung (Art. 6 Abs. 1 Buchst. a DSGVO). Für besondere Daten, zum Beispiel über Ihre Gesundheit, auf Grund Ihrer ausdrücklichen Einwilligung (Art. 9 Abs. 2 Buchst. a DSGVO).',
    dataHeading: 'Welche Daten?',
    dataText:
      'Ihren Namen, Ihr Geburtsdatum, Ihre Kontaktdaten, Ihre Sprachen, Angaben zu Aufenthalt und Familie; Ihre Lage in den Lebensbereichen (zum Beispiel Wohnen, Arbeit, Bildung, Gesundheit); Ihre Ziele, Schritte und Termine; unsere Notizen zum Verlauf.',
    recipientsHeading: 'Wer bekommt Ihre Daten?',
    recipientsText:
      'Niemand außerhalb des Case Managements, außer Sie erlauben es. Für jede andere Stelle (zum Beispiel Jobcenter oder Ausländerbehörde) unterschreiben Sie eine eigene Schweigepflichtentbindung. Dann geben wir nur die Daten weiter, die dort stehen.',
    retentionHeading: 'Wie lange speichern wir Ihre Daten?',
    retentionText:
      'Solange wir Sie begleiten. Nach dem Ende des Case Managements bewahren wir die Daten noch {retentionYears} Jahre auf, gezählt ab dem Ende des Jahres, in dem Ihr Fall abgeschlossen wurde. Dann löschen wir sie. Länger nur, wenn es für einen Rechtsanspruch nötig ist; das halten wir mit dem Grund fest.',
    rightsHeading: 'Ihre Rechte',
    rightsIntro: 'Sie haben das Recht:',
    rightAccess: 'zu erfahren, welche Daten wir über Sie haben (Auskunft, Art. 15 DSGVO),',
    rightRectification: 'falsche Daten berichtigen zu lassen (Art. 16 DSGVO),',
    rightErasure: 'Ihre Daten löschen zu lassen (Art. 17 DSGVO),',
    rightRestriction: 'die Verarbeitung einschränken zu lassen (Art. 18 DSGVO),',
    rightPortability: 'Ihre Daten in einem üblichen Format zu bekommen (Art. 20 DSGVO),',
    rightObjection: 'der Verarbeitung zu widersprechen (Art. 21 DSGVO).',
    withdrawalHeading: 'Widerruf',
    withdrawalText:
      'Sie können Ihre Einwilligung jederzeit widerrufen, mündlich oder schriftlich, ohne Nachteile. Der Widerruf gilt für die Zukunft: Was bis dahin geschehen ist, bleibt rechtmäßig (Art. 7 Abs. 3 DSGVO).',
    complaintHeading: 'Beschwerde',
    complaintText:
      'Sie können sich bei der Aufsichtsbehörde beschweren: Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen (LDI NRW), Kavalleriestraße 2–4, 40213 Düsseldorf, www.ldi.nrw.de.',
    voluntaryHeading: 'Freiwillig',
    voluntaryText:
      'Ihre Einwilligung ist freiwillig. Ohne Einwilligung können wir Sie nicht im Case Management begleiten; andere Hilfen und die offene Beratung bekommen Sie trotzdem.',
    declarationHeading: 'Meine Einwilligung',
    declarationText:
      'Ich habe diese Informationen bekommen und verstanden. Ich bin einverstanden, dass {controller} meine Daten wie beschrieben für das Case Management verarbeitet, auch Daten über meine Gesundheit, soweit sie dafür nötig sind.',
  },
  release: {
    title: 'Schweigepflichtentbindung',
    subtitle: 'Erlaubnis zum Austausch von Daten mit einer anderen Stelle',
    intro:
      'Das Case Management darf niemandem etwas über Sie sagen, wenn Sie es nicht erlauben. Mit dieser Erklärung erlauben Sie den Austausch mit einer Stelle. Sie bestimmen, welche Daten.',
    partnerLabel: 'Stelle',
    partnerText: '{partner}, {partnerOrganisation}',
    declarationText:
      'Ich entbinde die Mitarbeitenden des Case Managements von {controller} gegenüber {partner} von der Schweigepflicht. Ebenso entbinde ich {partner} gegenüber dem Case Management. Das gilt nur für die Daten und den Zweck auf diesem Blatt.',
    purposeHeading: 'Wofür?',
    purposeText: 'Die Daten werden nur für diesen Zweck ausgetauscht: {purpose}',
    dataHeading: 'Welche Daten?',
    dataText: 'Nur diese Daten dürfen ausgetauscht werden: {dataKinds}',
    periodHeading: 'Wie lange?',
    periodText: 'Diese Erlaubnis gilt vom {validFrom} bis zum {validUntil}.',
    periodOpenText: 'Diese Erlaubnis gilt ab dem {validFrom}, bis Sie sie widerrufen oder das Case Management endet.',
    revocationText:
      'Sie können diese Erlaubnis jederzeit widerrufen, ganz oder für einzelne Daten, mündlich oder schriftlich, ohne Nachteile. Der Widerruf gilt für die Zukunft.',
    voluntaryText: 'Die Erlaubnis ist freiwillig. Ohne sie begleiten wir Sie weiter, nur ohne Austausch mit dieser Stelle.',
    agreeText: 'Ich bin einverstanden.',
    /** The kinds of data a release covers: the labels the app shows (contract/labels.ts), one word for screen and paper. */
    kindAnlass: RELEASE_DATA_KIND_LABELS.anlass,
    kindPersonalien: RELEASE_DATA_KIND_LABELS.personalien,
    kindKontakt: RELEASE_DATA_KIND_LABELS.kontakt,
    kindUnterbringung: RELEASE_DATA_KIND_LABELS.unterbringung,
    kindAufenthalt: RELEASE_DATA_KIND_LABELS.aufenthalt,
    kindSprache: RELEASE_DATA_KIND_LABELS.sprache,
    kindLebenslage: RELEASE_DATA_KIND_LABELS.lebenslage,
    kindGesundheit: RELEASE_DATA_KIND_LABELS.gesundheit,
    kindZiele: RELEASE_DATA_KIND_LABELS.ziele,
  },
  appointment: {
    title: 'Ihr Termin',
    appointment: 'Termin',
    date: 'Datum',
    time: 'Uhrzeit',
    timeValue: '{time} Uhr',
    place: 'Ort',
    withWhom: 'Bei wem',
    bring: 'Bitte mitbringen',
    cannotComeHeading: 'Sie können nicht kommen?',
    cannotComeText: 'Bitte rufen Sie uns vorher an: {phone}. Dann bekommen Sie einen neuen Termin.',
    interpreterText:
      'Sie brauchen eine Dolmetscherin oder einen Dolmetscher? Bitte sagen Sie es uns vor dem Termin. Sie können auch eine Person mitbringen, der Sie vertrauen.',
  },
} as const;

/** The shape every language must fill: the same documents and keys, each a string. */
export type DocumentTextSet = { [D in keyof typeof de]: { [K in keyof (typeof de)[D]]: string } };
export type DocumentKind = keyof DocumentTextSet;
