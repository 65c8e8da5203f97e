/**
 * A form's main button with, next to it, why it cannot be pressed yet (tied to it by
 * aria-describedby) and a polite busy text while the main process works.
 */
import { useId, type ReactNode } from 'react';
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
  children?: ReactNode;
}

export function SubmitRow({ label, busy, busyLabel, problem, blocked = false, children }: SubmitRowProps) {
  const problemId = useId();
  const showProblem = Boolean(problem) && !busy;
  return (
    <div className="submit-row">
      <div className="submit-actions">
        <Button variant="primary" type="submit" disabled={busy || blocked || Boolean(problem)} aria-describedby={showProblem ? problemId : undefined}>
          {label}
        </Button>
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
