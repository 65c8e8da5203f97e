/** German texts of the Übergabe (handover of cases to a colleague's device). */
import type { HandoverStatus } from '../../electron/contract/areas/handover';

export const handoverTexts = {
  // ——— sending (case screen, Abschluss) ———
  sendSummary: 'An ein anderes Gerät übergeben',
  sendLead:
    'Die Person wird mit allen ihren Fällen in ein verschlüsseltes Übergabepaket geschrieben, das eine Kollegin oder ein Kollege in die eigene Fallakte übernimmt. Hier sind die Fälle danach schreibgeschützt. Sobald die Übernahme bestätigt ist, können Sie die Person hier löschen; weil gelöscht immer die ganze Person wird, geht sie immer mit allen Fällen.',
  previewLoading: 'Wird geprüft …',
  previewPerson: (name: string | null, numbers: string[]) => `${name ?? 'Person ohne Namen'}: ${numbers.length === 1 ? 'Fall' : 'Fälle'} ${numbers.join(', ')}`,
  previewAdded: (numbers: string[]) =>
    `Mit übergeben ${numbers.length === 1 ? 'wird auch der Fall' : 'werden auch die Fälle'} ${numbers.join(', ')} derselben Person.`,
  recipient: 'An wen? (Name und Stelle der Kollegin oder des Kollegen)',
  recipientMissing: 'Bitte geben Sie an, an wen Sie übergeben.',
  send: 'Übergabepaket speichern …',
  sending: 'Das Übergabepaket wird verschlüsselt und geschrieben …',
  sentTitle: 'Einmal-Passwort für dieses Paket',
  sent: (file: string, numbers: string[]) => `Gespeichert: ${file}. Übergeben: ${numbers.join(', ')}. Diese Fälle sind hier jetzt schreibgeschützt.`,
  passphraseLabel: 'Einmal-Passwort, in sechs Gruppen',
  passphraseInstructions: [
    'Sagen Sie das Einmal-Passwort der Kollegin oder dem Kollegen am Telefon, Gruppe für Gruppe.',
    'Schreiben Sie es nicht in eine E-Mail, nicht in einen Chat und nicht zum Paket: Wer Paket und Passwort hat, kann alles lesen.',
    'Es wird nur jetzt angezeigt und nirgends gespeichert. Geht es verloren, legen Sie kein neues Paket an, sondern klären Sie es mit Ihrer oder Ihrem Datenschutzbeauftragten.',
  ],
  passphraseDone: 'Ich habe das Passwort weitergegeben',

  // ——— Einstellungen ———
  title: 'Übergabe an ein anderes Gerät',
  intro:
    'Fälle, die eine Kollegin oder ein Kollege übernimmt, geben Sie im Fall unter „Abschluss“ ab. Hier übernehmen Sie ein Übergabepaket, das Sie bekommen haben, und bestätigen Übergaben, die Sie geschickt haben.',
  settingsOpen: 'Übergabepaket übernehmen oder Übergabe bestätigen',
  importTitle: 'Übergabepaket übernehmen',
  importIntro:
    'Wählen Sie die Datei, die Sie bekommen haben, und geben Sie das Einmal-Passwort ein, das man Ihnen am Telefon gesagt hat. Zuerst wird nur gezeigt, was darin ist.',
  importPassphrase: 'Einmal-Passwort (Groß- und Kleinschreibung egal)',
  importPassphraseMissing: 'Bitte geben Sie das Einmal-Passwort ein.',
  open: 'Paket wählen und öffnen …',
  opening: 'Das Paket wird geprüft und entschlüsselt …',
  from: (sender: string, when: string) => `Von ${sender}, erstellt am ${when}.`,
  forRecipient: (recipient: string) => `Für: ${recipient}`,
  formerNumbers: (numbers: string[]) => `bisher ${numbers.length === 1 ? 'Fall' : 'Fälle'} ${numbers.join(', ')}`,
  bornOn: (date: string) => `geboren ${date}`,
  duplicateHeading: 'Hier gibt es schon Personen, die dieselben sein könnten:',
  duplicateOf: (name: string, reasons: string[]) => `${name} – ${reasons.join('; ')}`,
  duplicatesNote:
    'Ein Zusammenführen mit einer schon erfassten Person ist nicht möglich: Die Person wird neu angelegt, mit ihren bisherigen Daten. Wenn es dieselbe Person ist, brechen Sie ab und klären Sie es mit der Kollegin oder dem Kollegen.',
  acceptDuplicates: 'Ich habe die Hinweise geprüft: als neue Personen anlegen',
  missingHeading: 'In Ihren Einstellungen fehlen diese Einträge. Bitte legen Sie sie mit demselben Namen an und öffnen Sie das Paket dann noch einmal:',
  alreadyImported: 'Dieses Paket wurde hier schon übernommen.',
  recordsExist: 'Personen oder Fälle aus diesem Paket sind hier schon gespeichert. Es kann nicht übernommen werden.',
  takeOver: 'Übernehmen',
  takingOver: 'Wird übernommen …',
  cancel: 'Abbrechen',
  takenOver: (numbers: string[]) => `Übernommen. Neue Fallnummern hier: ${numbers.join(', ')}.`,
  codeTitle: 'Bestätigungscode',
  codeInstruction: 'Lesen Sie diesen Code der Kollegin oder dem Kollegen am Telefon vor. Erst damit können die Fälle dort gelöscht werden.',

  sentListTitle: 'Geschickte Übergaben',
  sentListEmpty: 'Sie haben noch keine Fälle übergeben.',
  sentItem: (when: string, recipient: string, numbers: string[]) => `${when} an ${recipient}: ${numbers.join(', ')}`,
  status: { versandt: 'Geschickt, noch nicht bestätigt', bestaetigt: 'Bestätigt, hier noch gespeichert', geloescht: 'Hier gelöscht' } satisfies Record<
    HandoverStatus,
    string
  >,
  codeLabel: 'Bestätigungscode der Kollegin oder des Kollegen',
  codeMissing: 'Bitte geben Sie den Code ein.',
  confirm: 'Bestätigen',
  confirming: 'Wird geprüft …',
  erase: 'Personen hier löschen …',
  eraseQuestion:
    'Die übergebenen Personen werden hier mit allen Fällen endgültig gelöscht. Als Grund wird die Übergabe festgehalten. Das lässt sich nicht rückgängig machen.',
  eraseConfirm: 'Ja, endgültig löschen',
  erasing: 'Wird gelöscht …',
  erased: 'Gelöscht. Von der Übergabe bleibt hier nur der Eintrag in dieser Liste.',
  loading: 'Wird geladen …',

  // ——— the case screen of a handed-over case ———
  bannerLabel: 'An ein anderes Gerät übergeben',
  banner: (when: string, recipient: string) => `Dieser Fall wurde am ${when} an ${recipient} übergeben. Er ist hier schreibgeschützt.`,
  bannerWaiting: 'Sobald Ihnen der Bestätigungscode durchgegeben wird, tragen Sie ihn unter Einstellungen → Übergabe an ein anderes Gerät ein.',
  bannerConfirmed: 'Die Übernahme ist bestätigt. Sie können die Person unter Einstellungen → Übergabe an ein anderes Gerät hier löschen.',
} as const;
