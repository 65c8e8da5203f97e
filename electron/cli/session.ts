/** Opening and closing the store for one command: it is always locked (file closed) at the end. */
import { KimError } from '../contract/errors';
import { assessPassphrase } from '../contract/passphrasePolicy';
import type { Services } from '../services';
import { CliError } from './io';

/** The store must exist; checked before asking for any secret. */
export function requireExistingStore(services: Services): void {
  if (services.store.status().state === 'new') throw new KimError('STORE_MISSING');
}

/** Unlocks with the passphrase, runs `work`, and locks again whatever happens. */
export async function withUnlockedStore<T>(services: Services, passphrase: string, work: () => Promise<T> | T): Promise<T> {
  await services.store.unlock({ passphrase });
  return closingStore(services, work);
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
