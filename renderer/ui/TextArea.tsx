/** A labelled multi-line text field (notes, needs, results). */
import type { ReactNode } from 'react';
import { FieldFrame } from './FieldFrame';

export interface TextAreaProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  error?: string | null;
  rows?: number;
  maxLength?: number;
}

export function TextArea({ label, value, onChange, hint, error, rows = 3, maxLength }: TextAreaProps) {
  return (
    <FieldFrame label={label} hint={hint} error={error}>
      {({ id, describedBy, invalid }) => (
        <textarea
          id={id}
          className="field-input field-textarea"
          rows={rows}
          maxLength={maxLength}
          value={value}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FieldFrame>
  );
}
