/** Opening and closing the store for one command: it is always locked (file closed) at the end. */
import { KimError } from '../contract/errors';
import { assessPassphrase } from '../contract/passphrasePolicy';
import type { Services } from '../services';
import type { CommandContext } from './context';
import { CliError } from './io';
import { presentRecoveryKey } from './recovery';

export type Writer = (text: string) => void;

/** The store must exist; checked before asking for any secret. */
export function requireExistingStore(services: Services): void {
  if (services.store.status().state === 'new') throw new KimError('STORE_MISSING');
}

/**
 * Unlocks with the passphrase, runs `work`, and locks again whatever happens. If the unlock
 * replaced an unconfirmed recovery key, the new one is shown on `notices` (it is the only one
 * that works from now on).
 */
export async function withUnlockedStore<T>(
  ctx: CommandContext,
  services: Services,
  passphrase: string,
  notices: Writer,
  work: () => Promise<T> | T,
): Promise<T> {
  const { recoveryKey } = await services.store.unlock({ passphrase });
  return closingStore(services, async () => {
    if (recoveryKey) {
      notices(
        'Hinweis: Ihr bisheriger Wiederherstellungsschlüssel war noch nicht bestätigt und gilt deshalb nicht mehr.\n' +
          'Hier ist ein neuer:\n',
      );
      await presentRecoveryKey(ctx, services, recoveryKey, notices);
    }
    return work();
  });
}

/** Runs `work` on an unlocked store and locks it afterwards, also after a failure. */
export async function closingStore<T>(services: Services, work: () => Promise<T> | T): Promise<T> {
  let result: T;
  try {
    result = await work();
  } catch (error) {
    try {
      services.store.lock('manual');
    } catch {
      // the first failure is the one to report
    }
    throw error;
  }
  services.store.lock('manual');
  return result;
}

/** The same rule as the service, checked first so the message can say what would help. */
export function requireStrongPassphrase(passphrase: string, userInputs: string[]): void {
  const { acceptable, hints } = assessPassphrase(passphrase, userInputs);
  if (acceptable) return;
  throw weakPassphrase(hints);
}

export function weakPassphrase(hints: string[]): CliError {
  return new CliError([new KimError('WEAK_PASSPHRASE').message, ...hints.map((hint) => `  – ${hint}`)].join('\n'));
}
