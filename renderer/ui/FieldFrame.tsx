/** The frame every labelled field shares: label, hint and inline error, tied to the control by ids. */
import { useId, type ReactNode } from 'react';

export interface FieldFrameProps {
  label: string;
  hint?: ReactNode;
  error?: string | null;
  /** Renders the control with its id and the ids that describe it. */
  children: (control: { id: string; describedBy: string | undefined; invalid: true | undefined }) => ReactNode;
  /** Further ids that describe the control (e.g. a strength meter). */
  describedBy?: string[];
}

export function FieldFrame({ label, hint, error, children, describedBy = [] }: FieldFrameProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const described = [hint ? hintId : null, error ? errorId : null, ...describedBy].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {children({ id, describedBy: described || undefined, invalid: error ? true : undefined })}
      {error ? (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
