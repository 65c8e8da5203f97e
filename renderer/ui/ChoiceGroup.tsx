/**
 * A group of checkboxes (several choices) or radio buttons (one choice) in a fieldset with a
 * legend: the accessible way to ask "which of these apply?".
 */
import { useId, type ReactNode } from 'react';
import type { SelectOption } from './SelectField';

interface Common<V extends string> {
  legend: string;
  options: readonly SelectOption<V>[];
  hint?: ReactNode;
  error?: string | null;
  /** Lays the choices out side by side. */
  inline?: boolean;
}

export type ChoiceGroupProps<V extends string> = Common<V> &
  ({ multiple: true; value: readonly V[]; onChange: (value: V[]) => void } | { multiple?: false; value: V | ''; onChange: (value: V) => void });

export function ChoiceGroup<V extends string>(props: ChoiceGroupProps<V>) {
  const id = useId();
  const { legend, options, hint, error, inline } = props;
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  const checked = (v: V) => (props.multiple ? props.value.includes(v) : props.value === v);
  function toggle(v: V) {
    if (props.multiple) props.onChange(props.value.includes(v) ? props.value.filter((x) => x !== v) : [...props.value, v]);
    else props.onChange(v);
  }
  return (
    <fieldset className={inline ? 'field choice-group choice-group-inline' : 'field choice-group'} aria-describedby={described || undefined}>
      <legend className="field-label">{legend}</legend>
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <div className="choices">
        {options.map((option) => (
          <label key={option.value} className="choice">
            <input
              type={props.multiple ? 'checkbox' : 'radio'}
              name={id}
              value={option.value}
              checked={checked(option.value)}
              onChange={() => toggle(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
