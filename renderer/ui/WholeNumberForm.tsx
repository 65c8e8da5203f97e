/**
 * A setting that is one whole number within limits (days until a reminder, years of retention):
 * the field, its German error when the number is out of range, saving through the contract, and
 * the confirmation. An answer that arrives after a lock is dropped.
 */
import { useState } from 'react';
import { ErrorMessage, StatusMessage } from './Messages';
import { SubmitRow } from './SubmitRow';
import { TextField } from './TextField';
import { useSubmit } from './useSubmit';

type Saved<T> = { ok: true; value: T } | { ok: false; error: { message: string } };

export interface WholeNumberFormProps<T> {
  label: string;
  limits: { min: number; max: number };
  initial: number;
  /** The German message for a number outside the limits. */
  invalid: (min: number, max: number) => string;
  texts: { save: string; saving: string; saved: string };
  save: (value: number) => Promise<Saved<T>>;
  /** The saved value, as the main process answered; returns the number to show. */
  onSaved: (result: T) => number;
}

function parse(text: string, { min, max }: { min: number; max: number }): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null;
  const n = Number(text);
  return n >= min && n <= max ? n : null;
}

export function WholeNumberForm<T>({ label, limits, initial, invalid, texts, save, onSaved }: WholeNumberFormProps<T>) {
  const [text, setText] = useState(String(initial));
  const [touched, setTouched] = useState(false);
  const [saved, setSaved] = useState(false);
  const parsed = parse(text, limits);

  const { busy, error, submit } = useSubmit(
    () => {
      setTouched(true);
      setSaved(false);
      return parsed === null ? null : save(parsed);
    },
    (value) => {
      setText(String(onSaved(value)));
      setSaved(true);
    },
  );

  return (
    <form className="form" onSubmit={submit} aria-busy={busy} noValidate>
      <TextField
        label={label}
        type="number"
        inputMode="numeric"
        min={limits.min}
        max={limits.max}
        step={1}
        value={text}
        onChange={setText}
        error={touched && parsed === null ? invalid(limits.min, limits.max) : null}
        inputClassName="input-short"
      />
      <ErrorMessage message={error} />
      <SubmitRow label={texts.save} busy={busy} busyLabel={texts.saving} />
      <StatusMessage>{saved ? texts.saved : null}</StatusMessage>
    </form>
  );
}
