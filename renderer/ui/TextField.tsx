/** A labelled text, number or passphrase field with its hint and inline error tied to it. */
import { useEffect, useState, type InputHTMLAttributes, type ReactNode, type Ref } from 'react';
import { FieldFrame } from './FieldFrame';
import { de } from '../i18n/de';

type NativeProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type' | 'id' | 'className'>;

export interface TextFieldProps extends NativeProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** No native date or time types: their pickers follow the system's locale; dates are DateField. */
  type?: 'text' | 'number' | 'email' | 'tel';
  /** A passphrase or key: hidden while typing, with a show/hide toggle. */
  secret?: boolean;
  hint?: ReactNode;
  /** Inline validation text; marks the field invalid. */
  error?: string | null;
  /** Ids of further elements that describe the field (e.g. a strength meter). */
  describedBy?: string[];
  inputRef?: Ref<HTMLInputElement>;
  /** Extra class for the input, e.g. 'input-code' for key groups. */
  inputClassName?: string;
}

export function TextField({
  label,
  value,
  onChange,
  type = 'text',
  secret = false,
  hint,
  error,
  describedBy = [],
  inputRef,
  inputClassName,
  ...rest
}: TextFieldProps) {
  const [revealed, setRevealed] = useState(false);

  // A cleared secret field starts hidden again, so the next entry is not shown by accident.
  useEffect(() => {
    if (secret && value === '') setRevealed(false);
  }, [secret, value]);

  const inputType = secret ? (revealed ? 'text' : 'password') : type;

  return (
    <FieldFrame label={label} hint={hint} error={error} describedBy={describedBy}>
      {({ id, describedBy: described, invalid }) => (
        <div className="field-control">
          <input
            {...rest}
            id={id}
            ref={inputRef}
            className={inputClassName ? `field-input ${inputClassName}` : 'field-input'}
            type={inputType}
            value={value}
            onChange={(event) => onChange(event.target.value)}
            aria-describedby={described}
            aria-invalid={invalid}
            spellCheck={secret ? false : rest.spellCheck}
            autoCapitalize={secret ? 'off' : rest.autoCapitalize}
          />
          {secret ? (
            <button
              type="button"
              className="button button-quiet field-toggle"
              aria-pressed={revealed}
              aria-controls={id}
              aria-label={de.common.showLabel(label)}
              onClick={() => setRevealed((r) => !r)}
            >
              {de.common.show}
            </button>
          ) : null}
        </div>
      )}
    </FieldFrame>
  );
}
