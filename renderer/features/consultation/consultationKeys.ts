/**
 * The consultation hour's keys. They are entries of the app's shortcut registry
 * (../frame/shortcuts: keys and German descriptions, shown in the help overlay); this module
 * only names them and reads them for the components.
 */
import { ariaKeyShortcuts, isTextEntry, matchesShortcut, shortcutHint, type KeyPress, type ShortcutId } from '../frame/shortcuts';

export type ConsultationKeyId = Extract<ShortcutId, `consultation.${string}`>;

/** The keys as aria-keyshortcuts wants them: "Alt+N". */
export function consultationKeys(id: ConsultationKeyId): string {
  return ariaKeyShortcuts(id);
}

/** The first key in German, for a hint next to a button: "Alt+N". */
export function keyHint(id: ConsultationKeyId): string {
  return shortcutHint(id);
}

/** Whether a key press is this key of the consultation hour. */
export function isKey(id: ConsultationKeyId, event: KeyPress): boolean {
  return matchesShortcut(id, event);
}

/** The topic number 1–9 of a digit press outside text fields, else null. */
export function topicDigit(event: KeyPress): number | null {
  if (!matchesShortcut('consultation.topic', event)) return null;
  const digit = /^(?:Digit|Numpad)([1-9])$/.exec(event.code)?.[1] ?? (/^[1-9]$/.test(event.key) ? event.key : undefined);
  return digit ? Number(digit) : null;
}

/** Whether keys typed here become text (fields, text areas, selects with type-ahead). */
export function typesText(target: EventTarget | null): boolean {
  return isTextEntry(target);
}
