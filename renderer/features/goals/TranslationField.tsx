/**
 * "Übersetzung (für die Person)": a goal's or step's text in the client's language, optional,
 * printed on the Zielvereinbarung below the German. The app does not translate: what is typed
 * here prints as typed. Its direction follows the text (dir="auto"), so Arabic or Persian reads
 * right to left while it is typed; no German spell check on it.
 */
import type { Ref } from 'react';
import { goalTexts } from '../../i18n/goals';
import { TextField } from '../../ui/TextField';

/** As the German text: the contract allows 300 characters. */
export const TRANSLATION_MAX = 300;

export function TranslationField({ value, onChange, inputRef }: { value: string; onChange: (value: string) => void; inputRef?: Ref<HTMLInputElement> }) {
  const t = goalTexts.translation;
  return (
    <TextField
      label={t.label}
      hint={t.hint}
      value={value}
      onChange={onChange}
      maxLength={TRANSLATION_MAX}
      dir="auto"
      spellCheck={false}
      autoComplete="off"
      inputRef={inputRef}
    />
  );
}

/** A translation as shown under its German text on screen: its own direction, named for screen readers. */
export function TranslationLine({ text, className }: { text: string | null; className: string }) {
  if (!text) return null;
  return (
    <p className={className}>
      <span className="sr-only">{goalTexts.translation.prefix}</span>
      <span dir="auto">{text}</span>
    </p>
  );
}
