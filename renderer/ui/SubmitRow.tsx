/**
 * A form's main button with, next to it, why it cannot be pressed yet (tied to it by
 * aria-describedby) and a polite busy text while the main process works. With onCancel, a
 * cancel button too, and Escape anywhere in the form cancels it — the same in every form.
 */
import { useEffect, useId, useRef, type ReactNode, type RefObject } from 'react';
import { Button } from './Button';
import { StatusMessage } from './Messages';

export interface SubmitRowProps {
  label: string;
  busy: boolean;
  busyLabel: string;
  /** What is still missing; disables the button. */
  problem?: string | null;
  /** Disabled for another reason that is explained elsewhere (e.g. a countdown). */
  blocked?: boolean;
  /** Closes the form without saving: the cancel button and Escape. */
  onCancel?: (() => void) | undefined;
  cancelLabel?: string;
  children?: ReactNode;
}

/** Escape inside the row's form calls onCancel, unless something inside handled it already. */
function useEscapeCancels(row: RefObject<HTMLDivElement | null>, onCancel: (() => void) | undefined): void {
  const latest = useRef(onCancel);
  latest.current = onCancel;
  const enabled = onCancel !== undefined;
  useEffect(() => {
    const form = row.current?.closest('form');
    if (!form || !enabled) return;
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== 'Escape' || event.defaultPrevented || event.isComposing) return;
      event.preventDefault();
      latest.current?.();
    }
    form.addEventListener('keydown', onKeyDown);
    return () => form.removeEventListener('keydown', onKeyDown);
  }, [row, enabled]);
}

export function SubmitRow({ label, busy, busyLabel, problem, blocked = false, onCancel, cancelLabel, children }: SubmitRowProps) {
  const problemId = useId();
  const row = useRef<HTMLDivElement>(null);
  useEscapeCancels(row, onCancel);
  const showProblem = Boolean(problem) && !busy;
  return (
    <div className="submit-row" ref={row}>
      <div className="submit-actions">
        <Button variant="primary" type="submit" disabled={busy || blocked || Boolean(problem)} aria-describedby={showProblem ? problemId : undefined}>
          {label}
        </Button>
        {onCancel ? <Button onClick={onCancel}>{cancelLabel}</Button> : null}
        {children}
      </div>
      {showProblem ? (
        <p className="form-problem" id={problemId}>
          {problem}
        </p>
      ) : null}
      <StatusMessage>{busy ? <span className="busy">{busyLabel}</span> : null}</StatusMessage>
    </div>
  );
}
