/**
 * Every key of the consultation hour in one place: the keys (written as aria-keyshortcuts wants
 * them), what they do (German) and a matcher. The components read only this list.
 */
import { consultationKeyTexts as t } from '../../i18n/consultation';

export interface ConsultationKey {
  id: string;
  keys: string;
  description: string;
}

export const CONSULTATION_KEYS = [
  { id: 'consultation.newPerson', keys: 'Alt+N', description: t.newPerson },
  { id: 'consultation.shortAdvice', keys: 'Alt+K', description: t.shortAdvice },
  { id: 'consultation.search', keys: 'Alt+S', description: t.search },
  { id: 'consultation.queue', keys: 'Alt+L', description: t.queue },
  { id: 'consultation.followUp', keys: 'Alt+W', description: t.followUp },
  { id: 'consultation.topic', keys: '1 2 3 4 5 6 7 8 9', description: t.topic },
  { id: 'consultation.take', keys: 'Enter', description: t.take },
  { id: 'consultation.clear', keys: 'Escape', description: t.clear },
  { id: 'consultation.choose', keys: 'ArrowDown ArrowUp', description: t.choose },
] as const satisfies readonly ConsultationKey[];

export type ConsultationKeyId = (typeof CONSULTATION_KEYS)[number]['id'];

export function consultationKeys(id: ConsultationKeyId): string {
  return CONSULTATION_KEYS.find((k) => k.id === id)!.keys;
}

/** The letter of an Alt+letter key, by the character or the physical key (other layouts). */
function pressedLetter(event: KeyboardEvent | React.KeyboardEvent): string | undefined {
  if (/^[a-z]$/i.test(event.key)) return event.key.toLowerCase();
  return /^Key([A-Z])$/.exec(event.code)?.[1]?.toLowerCase();
}

/** Whether a key press is one of the Alt+letter keys of this list. */
export function isAltKey(id: ConsultationKeyId, event: KeyboardEvent | React.KeyboardEvent): boolean {
  const match = /^Alt\+([A-Z])$/.exec(consultationKeys(id));
  if (!match || !event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return false;
  return pressedLetter(event) === match[1]!.toLowerCase();
}

/** The topic number 1–9 of a plain digit press (no modifier), else null. */
export function topicDigit(event: KeyboardEvent | React.KeyboardEvent): number | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  const digit = /^(?:Digit|Numpad)([1-9])$/.exec(event.code)?.[1] ?? (/^[1-9]$/.test(event.key) ? event.key : undefined);
  return digit ? Number(digit) : null;
}

const NOT_TEXT = new Set(['button', 'checkbox', 'radio', 'submit', 'reset']);

/** Whether keys typed here become text (fields, text areas, selects with type-ahead). */
export function typesText(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement || target.isContentEditable) return true;
  return target instanceof HTMLInputElement && !NOT_TEXT.has(target.type);
}

/** The Alt+letter hint shown next to a button: "Alt+N". */
export function keyHint(id: ConsultationKeyId): string {
  return consultationKeys(id).split(' ')[0]!;
}
