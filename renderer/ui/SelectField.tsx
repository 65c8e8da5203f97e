/** A labelled native select: keyboard-friendly and read well by screen readers. */
import type { ReactNode } from 'react';
import { FieldFrame } from './FieldFrame';

export interface SelectOption<V extends string> {
  value: V;
  label: string;
}

export interface SelectFieldProps<V extends string> {
  label: string;
  value: V | '';
  options: readonly SelectOption<V>[];
  onChange: (value: V | '') => void;
  hint?: ReactNode;
  error?: string | null;
  /** Shown as the empty first choice; without it a value must be chosen. */
  placeholder?: string;
  required?: boolean;
  disabled?: boolean;
}

export function SelectField<V extends string>({ label, value, options, onChange, hint, error, placeholder, required, disabled }: SelectFieldProps<V>) {
  return (
    <FieldFrame label={label} hint={hint} error={error}>
      {({ id, describedBy, invalid }) => (
        <select
          id={id}
          className="field-input field-select"
          value={value}
          required={required}
          disabled={disabled}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          onChange={(event) => onChange(event.target.value as V | '')}
        >
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}
