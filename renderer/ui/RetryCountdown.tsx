/**
 * After a wrong secret the main process names a delay (retryAfterMs). The hook tracks it; the
 * component shows the seconds left and, once they ran out, says so in a live region.
 */
import { useEffect, useState } from 'react';
import type { KimErrorBody } from '../api';
import { de } from '../i18n/de';
import * as clock from '../state/clock';
import { StatusMessage } from './Messages';

export interface RetryGate {
  /** Whole seconds until the next attempt; 0 when free. */
  remaining: number;
  waiting: boolean;
  /** True once a delay has run out (until the next attempt starts). */
  ended: boolean;
  /** Starts the delay of an error (if it has one); null clears everything. */
  start: (error: Pick<KimErrorBody, 'retryAfterMs'> | null) => void;
}

export function useRetryGate(): RetryGate {
  const [until, setUntil] = useState<number | null>(null);
  const [, setTick] = useState(0);
  const remaining = until === null ? 0 : Math.max(0, Math.ceil((until - clock.now().getTime()) / 1000));

  useEffect(() => {
    if (until === null) return;
    const timer = setInterval(() => {
      setTick((n) => n + 1);
      if (clock.now().getTime() >= until) clearInterval(timer);
    }, 200);
    return () => clearInterval(timer);
  }, [until]);

  return {
    remaining,
    waiting: remaining > 0,
    ended: until !== null && remaining === 0,
    start: (error) => setUntil(error?.retryAfterMs && error.retryAfterMs > 0 ? clock.now().getTime() + error.retryAfterMs : null),
  };
}

/**
 * The ticking seconds are a timer (not read out every second); the live region speaks once,
 * when trying again is possible.
 */
export function RetryCountdown({ gate }: { gate: RetryGate }) {
  return (
    <>
      {gate.waiting ? (
        <p className="countdown" role="timer">
          {de.unlock.nextAttemptIn(gate.remaining)}
        </p>
      ) : null}
      <StatusMessage>{gate.ended ? de.unlock.tryAgainNow : null}</StatusMessage>
    </>
  );
}
