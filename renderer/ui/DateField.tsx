/**
 * The one date field of the app: the person types TT.MM.JJJJ (German whatever the system's
 * locale, which the browser's own date pickers follow), the form gets 'YYYY-MM-DD'. A date and
 * time is two such fields, the time typed as SS:MM in 24 hours; the form gets 'YYYY-MM-DDTHH:MM'.
 * While the typed text is not a day, the form gets '' and the field says what is wrong.
 */
import { useEffect, useId, useState, type Ref } from 'react';
import { germanDay, parseGermanDay, parseGermanTime } from '../i18n/dates';
import { forms } from '../i18n/forms';
import { TextField } from './TextField';

const t = forms.date;

interface TypedField {
  text: string;
  setText: (text: string) => void;
  invalid: boolean;
}

/** Keeps the typed text, reports its parsed value, and follows the value when the form sets it. */
function useTyped(
  value: string,
  show: (value: string) => string,
  parse: (text: string) => string | null | undefined,
  onChange: (value: string) => void,
): TypedField {
  const [text, setTextState] = useState(() => show(value));
  useEffect(() => {
    // The form changed the value itself (a restored draft, a reset): show it.
    if ((parse(text) ?? '') !== value) setTextState(show(value));
    // Only a change of the value from outside matters here, not each keystroke.
  }, [value]);
  const setText = (next: string) => {
    setTextState(next);
    onChange(parse(next) ?? '');
  };
  return { text, setText, invalid: text.trim() !== '' && parse(text) === undefined };
}

export interface DateFieldProps {
  label: string;
  /** 'YYYY-MM-DD' or ''. */
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  /** An error of the form (e.g. "liegt in der Zukunft"); a mistyped date has its own. */
  error?: string | null;
  required?: boolean;
  disabled?: boolean;
  inputRef?: Ref<HTMLInputElement>;
}

export function DateField({ label, value, onChange, hint = t.hint, error, required, disabled, inputRef }: DateFieldProps) {
  const typed = useTyped(value, germanDay, parseGermanDay, onChange);
  const [touched, setTouched] = useState(false);
  return (
    <TextField
      label={label}
      value={typed.text}
      onChange={typed.setText}
      onBlur={() => setTouched(true)}
      hint={hint}
      error={touched && typed.invalid ? t.invalid : (error ?? null)}
      required={required}
      disabled={disabled}
      inputRef={inputRef}
      inputMode="numeric"
      autoComplete="off"
      placeholder="TT.MM.JJJJ"
      maxLength={10}
      inputClassName="input-date"
    />
  );
}

export interface DateTimeFieldProps {
  /** The legend over the two fields, e.g. "Wann". */
  label: string;
  /** 'YYYY-MM-DDTHH:MM' or ''. */
  value: string;
  onChange: (value: string) => void;
  error?: string | null;
  required?: boolean;
}

const dayOf = (value: string) => value.slice(0, 10);
const timeOf = (value: string) => value.slice(11, 16);

export function DateTimeField({ label, value, onChange, error, required }: DateTimeFieldProps) {
  const legendId = useId();
  // Each half is kept as the last valid value typed, so fixing the day keeps the time.
  const [day, setDay] = useState(dayOf(value));
  const [time, setTime] = useState(timeOf(value));
  useEffect(() => {
    if (value !== '' || (day !== '' && time !== '')) {
      setDay(dayOf(value));
      setTime(timeOf(value));
    }
  }, [value]);
  const emit = (nextDay: string, nextTime: string) => onChange(nextDay !== '' && nextTime !== '' ? `${nextDay}T${nextTime}` : '');
  const dayField = useTyped(day, germanDay, parseGermanDay, (next) => {
    setDay(next);
    emit(next, time);
  });
  const timeField = useTyped(
    time,
    (v) => v,
    parseGermanTime,
    (next) => {
      setTime(next);
      emit(day, next);
    },
  );
  const [touched, setTouched] = useState({ day: false, time: false });
  return (
    <fieldset className="field date-time" aria-labelledby={legendId}>
      <legend className="field-label" id={legendId}>
        {label}
      </legend>
      <div className="date-time-parts">
        <TextField
          label={t.dayLabel}
          value={dayField.text}
          onChange={dayField.setText}
          onBlur={() => setTouched((s) => ({ ...s, day: true }))}
          hint={t.hint}
          error={touched.day && dayField.invalid ? t.invalid : null}
          required={required}
          inputMode="numeric"
          autoComplete="off"
          placeholder="TT.MM.JJJJ"
          maxLength={10}
          inputClassName="input-date"
        />
        <TextField
          label={t.timeLabel}
          value={timeField.text}
          onChange={timeField.setText}
          onBlur={() => setTouched((s) => ({ ...s, time: true }))}
          hint={t.timeHint}
          error={touched.time && timeField.invalid ? t.timeInvalid : null}
          required={required}
          inputMode="numeric"
          autoComplete="off"
          placeholder="SS:MM"
          maxLength={5}
          inputClassName="input-time"
        />
      </div>
      {error ? <p className="field-error">{error}</p> : null}
    </fieldset>
  );
}
