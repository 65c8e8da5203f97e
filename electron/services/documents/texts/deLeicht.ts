/**
 * German in Leichte Sprache, for the German parts of client documents: short sentences, one
 * statement per sentence (each on its own line: `\n`), hard words explained, long words divided
 * with a hyphen (rules of the Netzwerk Leichte Sprache). Legal references stay, in brackets and
 * without abbreviations, so the paper is still complete. Noch nicht fachlich geprüft (and not yet
 * checked by a test group) until a person confirms it in Einstellungen.
 */
import type { DocumentTextSet } from './de';

export const deLeicht: DocumentTextSet = {
  common: {
    name: 'Name',
    caseNumber: 'Fallnummer',
    date: 'Datum',
    placeDate: 'Ort und Datum',
    signatureClient: 'Unterschrift von der Klientin oder dem Klienten',
    signatureCaseManagement: 'Unterschrift vom Case Management',
    page: 'Seite {page} von {pages}',
    translationNotReviewed: 'Eine Fach-Person hat diese Übersetzung noch nicht geprüft.\nWenn etwas unklar ist: Dann gilt der deutsche Text.',
  },
  agreement: {
    title: 'Ziel-Vereinbarung',
    intro1: 'Das haben wir zusammen vereinbart.',
    intro2: 'Hier stehen Ihre Ziele.',
    intro3: 'Bei jedem Ziel steht:\nWas ist zu tun?\nWer macht es?\nBis wann?',
    intro4: 'Wir sprechen oft über Ihre Ziele.',
    intro5: 'Ziele können sich ändern.\nDann schreiben wir eine neue Vereinbarung.',
    intro6: 'Sie bekommen eine Kopie.',
    for: 'Für',
    version: 'Fassung {version}',
    goal: 'Ziel {number}',
    lifeArea: 'Lebens-Bereich',
    noSteps: 'Über die Schritte sprechen wir noch.',
    who: 'Wer?',
    byWhen: 'Bis wann?',
    noFixedDate: 'kein festes Datum',
    doneOn: 'Fertig am {date}',
    responsibleClient: 'Sie',
    responsibleCaseManagement: 'Case Management',
    responsiblePartner: 'Netzwerk-Partner',
    signatures: 'Unterschriften',
    signatureSentence: 'Wir unterschreiben.\nDas heißt:\nWir haben das zusammen besprochen.\nWir sind einverstanden.',
    kindToSign: 'Fassung zum Unterschreiben',
    kindSigned: 'Diese Fassung ist unterschrieben.',
    kindSuperseded: 'Diese Fassung ist nicht unterschrieben.\nEs gibt eine neue Fassung.',
    signedOn: 'Unterschrieben am {date}.',
    paperIsOriginal: 'Das unterschriebene Papier ist das Original.',
    notSigned: 'Diese Fassung ist nicht unterschrieben.\nEs gibt eine neue Fassung von der Ziel-Vereinbarung.',
  },
  consent: {
    title: 'Einwilligung für das Case Management und für Ihre Daten',
    intro:
      'Sie wollen beim Case Management mit-machen.\nCase Management heißt: Wir helfen Ihnen.\nWir planen die Hilfe zusammen mit Ihnen.\nDafür brauchen wir Daten von Ihnen.\nDaten sind Angaben über Sie.\nZum Beispiel: Ihr Name.\nHier steht: Was machen wir mit Ihren Daten?\nUnd: Welche Rechte haben Sie?\nDas steht in einem Gesetz.\nDas Gesetz heißt: Daten-Schutz-Grund-Verordnung.\nDie Abkürzung ist: DSGVO.\n(DSGVO Artikel 13)',
    controllerHeading: 'Wer ist verantwortlich?',
    controllerText: 'Verantwortlich für Ihre Daten ist:\n{controller}, {controllerAddress}.',
    dpoHeading: 'Wer passt beim Daten-Schutz auf?',
    dpoText: 'Sie haben Fragen zum Daten-Schutz?\nDann fragen Sie: {dataProtectionOfficer}.',
    purposeHeading: 'Wofür brauchen wir Ihre Daten?',
    purposeText:
      'Für das Case Management.\nDas Case Management gehört zu einem Programm vom Land Nordrhein-Westfalen.\nDas Programm heißt: Kommunales Integrations-Management.\nDie Abkürzung ist: KIM.\nWir sprechen mit Ihnen über Ihr Leben.\nWir planen zusammen Ziele und Schritte.\nWir helfen Ihnen dabei.\nWir schreiben auch Berichte für die Geld-Geber.\nIn den Berichten stehen nur Zahlen.\nIn den Berichten steht kein Name.',
    legalBasisHeading: 'Welches Gesetz erlaubt das?',
    legalBasisText:
      'Sie erlauben es.\nDann dürfen wir Ihre Daten benutzen.\n(DSGVO Artikel 6 Absatz 1 Buchstabe a)\nManche Daten sind besonders geschützt.\nZum Beispiel Daten über Ihre Gesundheit.\nDiese Daten benutzen wir nur: Wenn Sie das ausdrücklich erlauben.\n(DSGVO Artikel 9 Absatz 2 Buchstabe a)',
    dataHeading: 'Welche Daten?',
    dataText:
      'Ihr Name.\nIhr Geburts-Tag.\nIhre Telefon-Nummer und Adresse.\nIhre Sprachen.\nIhr Aufenthalt in Deutschland und Ihre Familie.\nWie es Ihnen geht: beim Wohnen, bei der Arbeit, bei der Bildung, bei der Gesundheit.\nIhre Ziele, Ihre Schritte und Ihre Termine.\nUnsere Notizen über die Hilfe.',
    recipientsHeading: 'Wer bekommt Ihre Daten?',
    recipientsText:
      'Nur das Case Management hat Ihre Daten.\nAndere bekommen die Daten nur: Wenn Sie das erlauben.\nZum Beispiel das Job-Center.\nFür jede Stelle unterschreiben Sie ein eigenes Blatt.\nDas Blatt heißt: Schweige-Pflicht-Entbindung.\nAuf dem Blatt steht: Welche Daten darf die Stelle bekommen?\nNur diese Daten geben wir weiter.',
    retentionHeading: 'Wie lange haben wir Ihre Daten?',
    retentionText:
      'Solange wir Ihnen helfen.\nDann endet das Case Management.\nDann bewahren wir die Daten noch {retentionYears} Jahre auf.\nWir zählen ab dem Ende von dem Jahr, in dem Ihr Fall endet.\nDann löschen wir die Daten.\nManchmal brauchen wir die Daten länger.\nZum Beispiel für ein Gerichts-Verfahren.\nDann schreiben wir auf: Warum brauchen wir die Daten länger?',
    rightsHeading: 'Ihre Rechte',
    rightsIntro: 'Sie haben diese Rechte:',
    rightAccess: 'Sie dürfen fragen: Welche Daten haben Sie über mich?\n(DSGVO Artikel 15)',
    rightRectification: 'Ein Fehler ist in Ihren Daten?\nDann machen wir die Daten richtig.\n(DSGVO Artikel 16)',
    rightErasure: 'Sie dürfen sagen: Löschen Sie meine Daten.\n(DSGVO Artikel 17)',
    rightRestriction: 'Sie dürfen sagen: Benutzen Sie meine Daten erst einmal nicht.\n(DSGVO Artikel 18)',
    rightPortability: 'Sie dürfen Ihre Daten bekommen.\nIn einer Datei, die andere auch öffnen können.\n(DSGVO Artikel 20)',
    rightObjection: 'Sie dürfen sagen: Ich will das nicht mehr.\nDas heißt: Widerspruch.\n(DSGVO Artikel 21)',
    withdrawalHeading: 'Sie können Ihre Erlaubnis zurück-nehmen.',
    withdrawalText:
      'Das geht immer.\nSie können es sagen oder schreiben.\nSie haben dadurch keine Nachteile.\nDann benutzen wir Ihre Daten ab diesem Tag nicht mehr.\nWas vorher war, bleibt erlaubt.\n(DSGVO Artikel 7 Absatz 3)',
    complaintHeading: 'Sie können sich beschweren.',
    complaintText:
      'Sie finden: Wir gehen mit Ihren Daten falsch um?\nDann können Sie sich beschweren.\nBei der Landes-Beauftragten für Daten-Schutz und Informations-Freiheit Nordrhein-Westfalen.\nDie Abkürzung ist: LDI NRW.\nDie Adresse ist:\nKavallerie-Straße 2 bis 4\n40213 Düsseldorf\nIm Internet: www.ldi.nrw.de',
    voluntaryHeading: 'Sie entscheiden selbst.',
    voluntaryText:
      'Sie müssen nicht einwilligen.\nOhne Ihre Erlaubnis gibt es kein Case Management für Sie.\nAndere Hilfen bekommen Sie trotzdem.\nUnd Sie können weiter zur offenen Beratung kommen.',
    declarationHeading: 'Meine Einwilligung',
    declarationText:
      'Ich habe diese Informationen bekommen.\nIch habe sie verstanden.\nIch bin einverstanden:\n{controller} darf meine Daten für das Case Management benutzen.\nSo wie es hier steht.\nAuch Daten über meine Gesundheit.\nAber nur, wenn sie für das Case Management nötig sind.',
  },
  release: {
    title: 'Schweige-Pflicht-Entbindung',
    subtitle: 'Ich erlaube: Das Case Management darf mit einer anderen Stelle über mich sprechen.',
    intro:
      'Das Case Management muss über Sie schweigen.\nDas heißt: Es darf niemandem etwas über Sie sagen.\nSie können das erlauben.\nMit diesem Blatt erlauben Sie es für eine Stelle.\nSie bestimmen: Welche Daten?',
    partnerLabel: 'Stelle',
    partnerText: '{partner}, {partnerOrganisation}',
    declarationText:
      'Ich erlaube:\nDas Case Management von {controller} darf mit {partner} über mich sprechen.\nUnd {partner} darf mit dem Case Management über mich sprechen.\nAber nur über die Daten auf diesem Blatt.\nUnd nur für den Zweck auf diesem Blatt.',
    purposeHeading: 'Wofür?',
    purposeText: 'Nur dafür:\n{purpose}',
    dataHeading: 'Welche Daten?',
    dataText: 'Nur diese Daten:\n{dataKinds}',
    periodHeading: 'Wie lange?',
    periodText: 'Die Erlaubnis gilt vom {validFrom} bis zum {validUntil}.',
    periodOpenText: 'Die Erlaubnis gilt ab dem {validFrom}.\nSie gilt so lange, bis Sie die Erlaubnis zurück-nehmen.\nOder bis das Case Management endet.',
    revocationText:
      'Sie können die Erlaubnis immer zurück-nehmen.\nFür alle Daten oder nur für einige Daten.\nSie können es sagen oder schreiben.\nSie haben dadurch keine Nachteile.\nDas gilt dann ab diesem Tag.',
    voluntaryText: 'Sie müssen das nicht erlauben.\nWir helfen Ihnen trotzdem weiter.\nDann sprechen wir nur nicht mit dieser Stelle.',
    agreeText: 'Ich bin einverstanden.',
    kindAnlass: 'Warum Sie zu dieser Stelle gehen',
    kindPersonalien: 'Ihr Geschlecht und Ihre Staats-Angehörigkeit',
    kindKontakt: 'Ihre Adresse, Telefon-Nummer und E-Mail',
    kindUnterbringung: 'Wie Sie wohnen (zum Beispiel in einer Unterkunft)',
    kindAufenthalt: 'Ihr Aufenthalts-Status (Ihr Papier für den Aufenthalt)',
    kindSprache: 'Ihre Sprachen und ob Sie eine Dolmetscherin oder einen Dolmetscher brauchen',
    kindLebenslage: 'Ihre Lage im Leben (zum Beispiel Wohnen, Arbeit, Schule), aber nichts über Ihre Gesundheit',
    kindGesundheit: 'Ihre Gesundheit',
    kindZiele: 'Ihre Ziele und die Schritte, die wir vereinbart haben',
  },
  appointment: {
    title: 'Ihr Termin',
    appointment: 'Termin',
    date: 'Datum',
    time: 'Uhr-Zeit',
    timeValue: '{time} Uhr',
    place: 'Ort',
    withWhom: 'Bei wem?',
    bring: 'Bitte bringen Sie mit',
    cannotComeHeading: 'Sie können nicht kommen?',
    cannotComeText: 'Dann rufen Sie uns bitte vorher an.\nDie Telefon-Nummer ist: {phone}.\nSie bekommen dann einen neuen Termin.',
    interpreterText:
      'Sie brauchen Hilfe beim Übersetzen?\nDann sagen Sie uns das bitte vor dem Termin.\nSie können auch eine Person mitbringen.\nEine Person, der Sie vertrauen.',
  },
};
