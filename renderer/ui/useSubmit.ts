/**
 * What every form does when it is sent, in one place: no second submit while the first is
 * under way, the German error of a refusal shown, and an answer that arrives after a lock
 * dropped (the form is gone then, and so is what it held).
 */
import { useRef, useState, type FormEvent } from 'react';
import { lockEpoch } from '../state/session';

type Answer<T, E> = { ok: true; value: T } | { ok: false; error: E };

export interface Submit {
  busy: boolean;
  /** The German message of the last refusal; null after a new attempt. */
  error: string | null;
  setError: (message: string | null) => void;
  /** The form's onSubmit (prevents the page load); also callable without an event. */
  submit: (event?: FormEvent) => Promise<void>;
}

/**
 * `action` returns the contract call's answer, or null when the form is not ready (nothing is
 * sent then). `onDone` gets the value of a successful answer; `onRefused`, if given, the whole
 * error of a refusal (e.g. the wait after a wrong passphrase), after its message is shown.
 */
export function useSubmit<T, E extends { message: string } = { message: string }>(
  action: () => Promise<Answer<T, E>> | null,
  onDone: (value: T) => void,
  onRefused?: (error: E) => void,
): Submit {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const running = useRef(false);

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    if (running.current) return;
    const pending = action();
    if (pending === null) return;
    running.current = true;
    const epoch = lockEpoch();
    setBusy(true);
    setError(null);
    let answer: Answer<T, E>;
    try {
      answer = await pending;
    } finally {
      running.current = false;
    }
    if (epoch !== lockEpoch()) return;
    setBusy(false);
    if (answer.ok) onDone(answer.value);
    else {
      setError(answer.error.message);
      onRefused?.(answer.error);
    }
  }

  return { busy, error, setError, submit };
}
