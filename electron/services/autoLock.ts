/**
 * When to lock by itself: after the configured idle time, on suspend and on screen lock. The
 * Electron glue feeds it the system's idle seconds and power events; the decision lives here.
 */
import type { LockReason } from '../contract';

export interface AutoLockTarget {
  isUnlocked(): boolean;
  idleLimitMinutes(): number;
  lock(reason: LockReason): void;
}

export class AutoLock {
  constructor(private readonly target: AutoLockTarget) {}

  /** Called periodically with the seconds since the last keyboard or mouse input. */
  onIdle(idleSeconds: number): void {
    if (this.target.isUnlocked() && idleSeconds >= this.target.idleLimitMinutes() * 60) this.target.lock('idle');
  }

  onSuspend(): void {
    this.target.lock('suspend');
  }

  onScreenLock(): void {
    this.target.lock('screen-lock');
  }
}

/** How often the glue should ask for the idle time: often enough to lock within ~15 s. */
export const IDLE_POLL_MS = 15_000;
