/**
 * A growing delay after wrong secrets: 1 s after the first, doubling up to 60 s. Kept in the
 * main process's memory; the memory-hard KDF is what makes guessing expensive offline.
 */
import { KimError } from '../../contract/errors';

const FIRST_DELAY_MS = 1000;
const MAX_DELAY_MS = 60_000;

export class UnlockThrottle {
  private failures = 0;
  private notBefore = 0;
  constructor(private readonly now: () => number) {}

  /** Throws UNLOCK_THROTTLED while the delay after the last failure runs. */
  check(): void {
    const wait = this.notBefore - this.now();
    if (wait > 0) throw new KimError('UNLOCK_THROTTLED', { retryAfterMs: wait });
  }

  /** Records a failure and returns the delay before the next attempt. */
  fail(): number {
    this.failures += 1;
    const delay = Math.min(FIRST_DELAY_MS * 2 ** (this.failures - 1), MAX_DELAY_MS);
    this.notBefore = this.now() + delay;
    return delay;
  }

  succeed(): void {
    this.failures = 0;
    this.notBefore = 0;
  }
}
