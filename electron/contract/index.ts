/**
 * The one contract between the renderer and the main process. The preload builds `window.kim`
 * from it, the main process registers its handlers from it, and the browser tests bridge it.
 * No Node or DOM imports here: all three sides load this file.
 */
import { z } from 'zod';
import type { DATA_DIR_SOURCES } from './vocabulary';
import { caseMethods } from './areas/cases';
import { assessmentMethods } from './areas/assessment';
import { networkMethods } from './areas/network';
import { demoMethods } from './areas/demo';
import { consultationMethods } from './areas/consultation';
import { searchMethods } from './areas/search';
import { todayMethods } from './areas/today';
import { statisticsMethods } from './areas/statistics';
import { statisticsRosterMethods } from './areas/statisticsRoster';
import { districtMethods } from './areas/district';
import { erasureMethods } from './areas/erasure';
import { backupMethods } from './areas/backup';
import { auditMethods } from './areas/audit';
import { handoverMethods } from './areas/handover';
import { restrictionMethods } from './areas/restriction';
import { formMethods } from './areas/forms';
import { informationMethods } from './areas/information';
import { consentMethods } from './areas/consent';
import { monitoringCorrectionMethods } from './areas/monitoringCorrections';
import { caseCorrectionMethods } from './areas/caseCorrections';
import { documentTextMethods } from './areas/documentTexts';
import { documentMethods } from './areas/documents';
import { clientDocumentMethods } from './areas/clientDocuments';
import { printoutMethods } from './areas/printouts';
import { unitDetailsMethods } from './areas/unitDetails';
import { storeFileErrors } from './errors';
import { REPORTED_ERROR } from './reportedError';
import { method, type InputOf, type OutputOf, type ErrorsOf, type Result } from './define';

import { AUTO_LOCK_MINUTES, PASSPHRASE_MAX, REASSESSMENT_MONTHS, RECOVERY_KEY_MAX } from './limits';

export { AUTO_LOCK_MINUTES, PASSPHRASE_MAX, REASSESSMENT_MONTHS, RECOVERY_KEY_MAX } from './limits';
const passphrase = z.string().min(1).max(PASSPHRASE_MAX);
const empty = z.object({}).strict();

export type StoreState = 'new' | 'locked' | 'unlocked';
export interface StoreStatus {
  state: StoreState;
  /** Set while a freshly generated recovery key waits to be typed back. */
  recoveryKeyPending: boolean;
  /**
   * While locked: why the store was locked last since the app started (absent after a fresh
   * start). A window reloaded after a crash learns the reason here: the 'locked' event went to
   * the page that was gone.
   */
  lockReason?: LockReason;
}
export interface UnlockResult extends StoreStatus {
  /** A new recovery key, shown once, when the last one was never confirmed. */
  recoveryKey: string | null;
}
/** The background check after unlock: not run yet (or cancelled), running, or finished. */
export type IntegrityState = 'unchecked' | 'running' | 'ok' | 'problem';
export interface StoreHealth {
  integrity: IntegrityState;
  /** The data key was handed out (`data-key`) after its last rotation: "Schlüssel erneuern" is advised. */
  rekeyRecommended: boolean;
  /** The background check found the audit log changed outside the app: the first broken entry, in German. */
  auditChainProblem?: string;
}
export interface Settings {
  userName: string;
  autoLockMinutes: number;
  /** Default cadence of re-assessments; a case may have its own. */
  reassessmentMonths: number;
}

export type DataDirSource = (typeof DATA_DIR_SOURCES)[number];
export interface StoreLocation {
  folder: string;
  source: DataDirSource;
  sourceLabel: string;
}

export const settingsPatch = z
  .object({
    userName: z.string().trim().min(1).max(100),
    autoLockMinutes: z.number().int().min(AUTO_LOCK_MINUTES.min).max(AUTO_LOCK_MINUTES.max),
    reassessmentMonths: z.number().int().min(REASSESSMENT_MONTHS.min).max(REASSESSMENT_MONTHS.max),
  })
  .partial()
  .strict();

const foundationMethods = {
  'store.status': method<StoreStatus>()(empty),
  'store.create': method<{ recoveryKey: string }>()(z.object({ userName: z.string().trim().min(1).max(100), passphrase }).strict(), [
    'STORE_EXISTS',
    'WEAK_PASSPHRASE',
    'KEYFILE_DAMAGED',
    'DB_IS_DIRECTORY',
    'STORE_READ_ONLY',
  ]),
  'store.unlock': method<UnlockResult>()(z.object({ passphrase }).strict(), ['WRONG_PASSPHRASE', 'UNLOCK_THROTTLED', ...storeFileErrors]),
  'store.unlockWithRecoveryKey': method<UnlockResult>()(
    z.object({ recoveryKey: z.string().min(1).max(RECOVERY_KEY_MAX), newPassphrase: passphrase }).strict(),
    ['WRONG_RECOVERY_KEY', 'WEAK_PASSPHRASE', 'UNLOCK_THROTTLED', ...storeFileErrors],
  ),
  'store.lock': method<null>()(empty),
  'store.changePassphrase': method<null>()(z.object({ current: passphrase, next: passphrase }).strict(), [
    'LOCKED',
    'WRONG_PASSPHRASE',
    'UNLOCK_THROTTLED',
    'WEAK_PASSPHRASE',
    'SAME_PASSPHRASE',
    'KEYFILE_DAMAGED',
  ]),
  'recoveryKey.confirm': method<null>()(
    z
      .object({
        answers: z
          .array(z.object({ group: z.number().int().min(1).max(8), value: z.string().max(20) }).strict())
          .min(2)
          .max(8),
      })
      .strict(),
    ['LOCKED', 'NO_PENDING_RECOVERY_KEY', 'RECOVERY_CONFIRMATION_MISMATCH'],
  ),
  'recoveryKey.renew': method<{ recoveryKey: string }>()(z.object({ passphrase }).strict(), [
    'LOCKED',
    'WRONG_PASSPHRASE',
    'UNLOCK_THROTTLED',
    'KEYFILE_DAMAGED',
  ]),
  'store.rekey': method<{ recoveryKey: string }>()(z.object({ passphrase }).strict(), [
    'LOCKED',
    'WRONG_PASSPHRASE',
    'UNLOCK_THROTTLED',
    'KEYFILE_DAMAGED',
    'REKEY_FAILED',
    'REKEY_INTERRUPTED',
  ]),
  'store.health': method<StoreHealth>()(empty, ['LOCKED']),
  /** Where the store lives and why; works while locked (it names no personal data). */
  'store.location': method<StoreLocation>()(empty),
  /** An error caught by the renderer's boundary, for the diagnostics log; works while locked. */
  'diagnostics.reportError': method<null>()(
    z
      .object({
        errorName: z.string().max(50).regex(REPORTED_ERROR.errorName).nullable(),
        components: z.array(z.string().max(60).regex(REPORTED_ERROR.component)).max(REPORTED_ERROR.maxComponents),
      })
      .strict(),
  ),
  'settings.get': method<Settings>()(empty, ['LOCKED']),
  'settings.update': method<Settings>()(settingsPatch, ['LOCKED']),
} as const;

export const contract = {
  ...foundationMethods,
  ...caseMethods,
  ...assessmentMethods,
  ...networkMethods,
  ...demoMethods,
  ...consultationMethods,
  ...searchMethods,
  ...todayMethods,
  ...statisticsMethods,
  ...statisticsRosterMethods,
  ...districtMethods,
  ...erasureMethods,
  ...backupMethods,
  ...auditMethods,
  ...handoverMethods,
  ...restrictionMethods,
  ...formMethods,
  ...informationMethods,
  ...consentMethods,
  ...caseCorrectionMethods,
  ...monitoringCorrectionMethods,
  ...documentTextMethods,
  ...documentMethods,
  ...clientDocumentMethods,
  ...printoutMethods,
  ...unitDetailsMethods,
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export const methodNames = Object.keys(contract) as MethodName[];

export type Input<K extends MethodName> = InputOf<Contract[K]>;
export type Output<K extends MethodName> = OutputOf<Contract[K]>;
export type MethodResult<K extends MethodName> = Result<Output<K>, ErrorsOf<Contract[K]>>;

/** Events the main process pushes to the renderer. */
/** Why the store was locked; 'renderer': the window crashed or stopped responding (electron/main/rendererWatch.ts). */
export type LockReason = 'manual' | 'idle' | 'suspend' | 'screen-lock' | 'renderer';
export type KimEvent = { name: 'locked'; reason: LockReason } | { name: 'integrityChecked'; integrity: IntegrityState };

export const ipcChannel = (name: MethodName) => `kim:${name}`;
export const EVENT_CHANNEL = 'kim:event';

export { KimError, errorMessages, type ErrorCode, type KimErrorBody } from './errors';
export type { Result } from './define';
