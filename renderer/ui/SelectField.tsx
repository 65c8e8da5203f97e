/** A labelled native select: keyboard-friendly and read well by screen readers. */
import { useId, type ReactNode } from 'react';

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
  const id = useId();
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <select
        id={id}
        className="field-input field-select"
        value={value}
        required={required}
        disabled={disabled}
        aria-describedby={described || undefined}
        aria-invalid={error ? true : undefined}
        onChange={(event) => onChange(event.target.value as V | '')}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
