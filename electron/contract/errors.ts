/**
 * Every error a method can return, with the German text a case manager reads.
 * One catalogue (assembled from the areas' parts), so the same situation always reads the same way.
 */
import { caseErrors } from './areas/casesErrors';
import { assessmentErrors } from './areas/assessmentErrors';
import { networkErrors } from './areas/networkErrors';
import { demoErrors } from './areas/demoErrors';
import { consultationErrors } from './areas/consultationErrors';
import { districtErrors } from './areas/districtErrors';
import { statisticsErrors } from './areas/statisticsErrors';
import { statisticsRosterErrors } from './areas/statisticsRosterErrors';
import { erasureErrors } from './areas/erasureErrors';
import { backupErrors } from './areas/backupErrors';
import { restrictionErrors } from './areas/restrictionErrors';
import { handoverErrors } from './areas/handoverErrors';
import { caseCorrectionErrors } from './areas/caseCorrectionsErrors';
import { documentTextErrors } from './areas/documentTextsErrors';
import { clientDocumentErrors } from './areas/clientDocumentsErrors';
import { printoutErrors } from './areas/printoutsErrors';

const foundationErrors = {
  INVALID_INPUT: 'Die Eingabe ist unvollständig oder hat ein falsches Format. Es wurde nichts geändert.',
  UNKNOWN_METHOD: 'Diese Funktion gibt es nicht.',
  FORBIDDEN: 'Diese Anfrage kommt nicht aus der KIM Fallakte und wurde abgelehnt.',
  INTERNAL: 'Ein unerwarteter Fehler ist aufgetreten. Es wurde nichts geändert. Bitte versuchen Sie es noch einmal.',
  STORE_EXISTS: 'Hier gibt es schon eine Fallakte. Sie wird nicht überschrieben.',
  STORE_MISSING: 'Es gibt noch keine Fallakte. Bitte richten Sie zuerst eine ein.',
  KEYFILE_DAMAGED: 'Die Schlüsseldatei der Fallakte ist beschädigt oder fehlt. Die Fallakte bleibt unverändert. Bitte wenden Sie sich an Ihre IT.',
  DB_DAMAGED: 'Die Datei der Fallakte ist beschädigt oder gehört nicht zu diesem Schlüssel. Sie bleibt unverändert. Bitte wenden Sie sich an Ihre IT.',
  DB_MISSING:
    'Die Schlüsseldatei der Fallakte ist da, die Datei der Fallakte selbst fehlt. Es wurde nichts geändert. Bitte spielen Sie die Datei aus Ihrer Sicherung zurück. Wurde nur die Einrichtung unterbrochen (es gab nie Fälle darin), können Sie die Schlüsseldatei löschen und die Fallakte neu einrichten.',
  DB_IS_DIRECTORY:
    'Unter diesem Pfad liegt ein Ordner, keine Fallakte. Bitte geben Sie die Datei der Fallakte selbst an, z. B. …/kim.db. Es wurde nichts geändert.',
  STORE_READ_ONLY:
    'Die Fallakte lässt sich nicht öffnen, weil die Datei oder ihr Ordner schreibgeschützt ist. Sie ist nicht beschädigt und bleibt unverändert. Bitte lassen Sie die Schreibrechte von Ihrer IT prüfen.',
  DB_FROM_FUTURE:
    'Diese Fallakte wurde mit einer neueren Version der KIM Fallakte gespeichert. Bitte installieren Sie die neue Version. Die Datei bleibt unverändert.',
  WRONG_PASSPHRASE: 'Die Passphrase ist nicht richtig. Bitte versuchen Sie es noch einmal.',
  WRONG_RECOVERY_KEY: 'Der Wiederherstellungsschlüssel ist nicht richtig. Bitte prüfen Sie jede Gruppe.',
  UNLOCK_THROTTLED: 'Zu viele falsche Versuche. Bitte warten Sie kurz, bevor Sie es noch einmal versuchen.',
  WEAK_PASSPHRASE: 'Diese Passphrase ist zu leicht zu erraten. Nehmen Sie mindestens 12 Zeichen, am besten mehrere Wörter.',
  SAME_PASSPHRASE: 'Die neue Passphrase muss sich von der bisherigen unterscheiden.',
  LOCKED: 'Die Fallakte ist gesperrt. Bitte entsperren Sie sie zuerst.',
  NO_PENDING_RECOVERY_KEY: 'Es gibt keinen neuen Wiederherstellungsschlüssel zu bestätigen.',
  RECOVERY_CONFIRMATION_MISMATCH: 'Die eingegebenen Gruppen stimmen nicht mit dem Wiederherstellungsschlüssel überein. Bitte prüfen Sie Ihre Abschrift.',
  REKEY_FAILED:
    'Der Schlüssel konnte nicht erneuert werden. Die Fallakte ist unverändert und gilt weiter mit dem bisherigen Schlüssel. Bitte prüfen Sie, ob genug Speicherplatz frei ist.',
  STORAGE_FULL:
    'Der Speicherplatz ist voll. Es wurde nichts gespeichert; alles bisher Gespeicherte ist erhalten. Bitte geben Sie auf dem Laufwerk der Fallakte Platz frei, z. B. indem Sie nicht mehr benötigte Dateien löschen, und versuchen Sie es dann noch einmal.',
  STORAGE_READ_ONLY:
    'Das Laufwerk der Fallakte ist schreibgeschützt, es kann gerade nichts gespeichert werden. Es wurde nichts gespeichert; alles bisher Gespeicherte ist erhalten. Bitte sperren Sie die Fallakte und lassen Sie das Laufwerk von Ihrer IT prüfen. Danach können Sie sie wieder entsperren und weiterarbeiten.',
  REKEY_INTERRUPTED:
    'Der neue Schlüssel ist gespeichert, die Fallakte wurde dabei aber gesperrt. Bitte entsperren Sie sie mit Ihrer Passphrase; danach erhalten Sie einen neuen Wiederherstellungsschlüssel.',
} as const;

export const errorMessages = {
  ...foundationErrors,
  ...caseErrors,
  ...assessmentErrors,
  ...networkErrors,
  ...demoErrors,
  ...consultationErrors,
  ...districtErrors,
  ...statisticsErrors,
  ...statisticsRosterErrors,
  ...erasureErrors,
  ...backupErrors,
  ...handoverErrors,
  ...restrictionErrors,
  ...caseCorrectionErrors,
  ...documentTextErrors,
  ...clientDocumentErrors,
  ...printoutErrors,
} as const;

export type ErrorCode = keyof typeof errorMessages;

/** What can be wrong with the store's files themselves: no retry helps; the message names the file. */
export const storeFileErrors = [
  'STORE_MISSING',
  'KEYFILE_DAMAGED',
  'DB_DAMAGED',
  'DB_MISSING',
  'DB_IS_DIRECTORY',
  'STORE_READ_ONLY',
  'DB_FROM_FUTURE',
] as const satisfies readonly ErrorCode[];

/**
 * Codes every method can return, whatever it declares. STORAGE_FULL and STORAGE_READ_ONLY: the
 * drive refused a write (db/storageErrors.ts); even a read may write (a
 * draft's expiry, the audit log).
 */
export const universalErrors = ['INVALID_INPUT', 'FORBIDDEN', 'INTERNAL', 'STORAGE_FULL', 'STORAGE_READ_ONLY'] as const satisfies readonly ErrorCode[];

export interface KimErrorBody {
  code: ErrorCode;
  message: string;
  /** For UNLOCK_THROTTLED: how long until the next attempt is accepted. */
  retryAfterMs?: number;
}

/** Thrown by services; turned into `{ok:false,error}` at the boundary. */
export class KimError extends Error {
  readonly code: ErrorCode;
  readonly retryAfterMs: number | undefined;
  constructor(code: ErrorCode, options: { retryAfterMs?: number; cause?: unknown } = {}) {
    super(errorMessages[code], { cause: options.cause });
    this.name = 'KimError';
    this.code = code;
    this.retryAfterMs = options.retryAfterMs;
  }
  toBody(): KimErrorBody {
    return this.retryAfterMs === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, retryAfterMs: this.retryAfterMs };
  }
}
