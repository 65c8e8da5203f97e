/**
 * A growing delay after wrong secrets: 1 s after the first, doubling up to 60 s. Kept in the
 * main process's memory; the memory-hard KDF is what makes guessing expensive offline.
 * One attempt at a time: while a secret is being checked, other attempts are refused, so
 * simultaneous guesses cannot all be checked before the first failure counts.
 */
import { KimError } from '../../contract/errors';

const FIRST_DELAY_MS = 1000;
const MAX_DELAY_MS = 60_000;

export class UnlockThrottle {
  private failures = 0;
  private notBefore = 0;
  private checking = false;
  constructor(private readonly now: () => number) {}

  /**
   * Starts an attempt. Throws UNLOCK_THROTTLED while the delay after the last failure runs or
   * another attempt is being checked. Every `begin` must be followed by `fail`, `succeed` or `end`.
   */
  begin(): void {
    const wait = this.notBefore - this.now();
    if (wait > 0) throw new KimError('UNLOCK_THROTTLED', { retryAfterMs: wait });
    if (this.checking) throw new KimError('UNLOCK_THROTTLED', { retryAfterMs: FIRST_DELAY_MS });
    this.checking = true;
  }

  /** Records a failure and returns the delay before the next attempt. */
  fail(): number {
    this.checking = false;
    this.failures += 1;
    const delay = Math.min(FIRST_DELAY_MS * 2 ** (this.failures - 1), MAX_DELAY_MS);
    this.notBefore = this.now() + delay;
    return delay;
  }

  succeed(): void {
    this.checking = false;
    this.failures = 0;
    this.notBefore = 0;
  }

  /** Ends an attempt that gave no verdict on the secret (e.g. a damaged key file): no delay. */
  end(): void {
    this.checking = false;
  }
}
