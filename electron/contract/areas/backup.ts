/**
 * Contract methods of the Sicherung: the state of the last backup and its reminder, making a
 * backup and checking one. Files are chosen in the main process (a system dialog), never named
 * by the renderer: the renderer only asks, and learns where the file went.
 */
import { z } from 'zod';
import { PASSPHRASE_MAX, RECOVERY_KEY_MAX } from '../limits';
import { method } from '../define';

/** After how many days without a backup Heute reminds; a setting. */
export const BACKUP_REMINDER_DAYS = { min: 1, max: 365, default: 7 } as const;

export interface BackupStatus {
  /** ISO date-time of the last backup made from this store, or null. */
  lastBackupAt: string | null;
  reminderDays: number;
  /** No backup yet, or the last one is older than `reminderDays`. */
  due: boolean;
}

/** The audit log's last chained entry in a backup: written down, it shows later whether the log was cut back. */
export interface AuditHead {
  entryId: number;
  /** Hex SHA-256 of the chain up to that entry. */
  hash: string;
}

export interface BackupResult {
  /** Where the file was written (the path the user chose). */
  file: string;
  bytes: number;
  createdAt: string;
  /** The audit chain's head in the backup (null in a store without chained entries). */
  auditHead: AuditHead | null;
}

export interface BackupCheck {
  /** The newest audit entry in the backup: about when it was made (null for an empty log). */
  lastEntryAt: string | null;
  bytes: number;
  auditHead: AuditHead | null;
}

const empty = z.object({}).strict();
const backupFileErrors = ['BACKUP_FILE_MISSING', 'BACKUP_NOT_A_BACKUP', 'BACKUP_FROM_FUTURE', 'BACKUP_DAMAGED'] as const;

export const backupMethods = {
  'backup.status': method<BackupStatus>()(empty, ['LOCKED']),
  /** Asks for the target file; null when the user cancelled the dialog. */
  'backup.create': method<BackupResult | null>()(empty, ['LOCKED', 'KEYFILE_DAMAGED', 'BACKUP_TARGET_UNAVAILABLE', 'BACKUP_WRITE_FAILED']),
  'backup.setReminderDays': method<BackupStatus>()(z.object({ days: z.number().int().min(BACKUP_REMINDER_DAYS.min).max(BACKUP_REMINDER_DAYS.max) }).strict(), [
    'LOCKED',
  ]),
  /** Asks for a backup file and checks it fully without restoring it; null when cancelled. */
  'backup.verify': method<BackupCheck | null>()(z.object({ passphrase: z.string().min(1).max(PASSPHRASE_MAX) }).strict(), [
    ...backupFileErrors,
    'BACKUP_WRONG_PASSPHRASE',
  ]),
  /**
   * First run on a new device: asks for a backup file and makes the store from it (never over an
   * existing one), opened with the passphrase valid when the backup was made; the store is
   * unlocked afterwards. Null when the dialog was cancelled.
   */
  'backup.restore': method<BackupCheck | null>()(
    z.union([
      z.object({ passphrase: z.string().min(1).max(PASSPHRASE_MAX) }).strict(),
      /** The recovery key (passphrase forgotten): a new passphrase is set at once, as when unlocking with it. */
      z.object({ recoveryKey: z.string().min(1).max(RECOVERY_KEY_MAX), newPassphrase: z.string().min(1).max(PASSPHRASE_MAX) }).strict(),
    ]),
    [...backupFileErrors, 'BACKUP_WRONG_PASSPHRASE', 'BACKUP_WRONG_RECOVERY_KEY', 'WEAK_PASSPHRASE', 'STORE_EXISTS', 'DB_IS_DIRECTORY', 'STORE_READ_ONLY'],
  ),
} as const;
