/**
 * The app's keyboard shortcuts in one list: which keys (matched AND shown from the same entry),
 * what they do (German) and under which heading the help overlay shows them. The frame, the
 * search panel and the overlay all read this list, so the overlay cannot drift from behaviour.
 *
 * Adding a shortcut is one line in SHORTCUTS (its German text in your i18n file), then
 * `useShortcuts({ 'your.id': handler })` (./useShortcuts) in the component that acts on it,
 * or `matchesShortcut('your.id', event)` in a local onKeyDown.
 *
 * `keys` is written as aria-keyshortcuts wants it and is handed to that attribute unchanged:
 * modifiers Control (also ⌘ on a Mac), Alt, Shift joined with "+", alternatives separated by a
 * space. The key is a letter or digit (a letter by the character it types, falling back to the
 * physical key on other alphabets; a digit by the physical key), a key name of KeyboardEvent.key
 * (F1, Escape, Enter, Tab, ArrowDown, Space …), or a printed sign such as "?" (matched by the
 * sign, whatever Shift it needs). A shortcut without Control or Alt that types something does
 * nothing while the focus is in a text field.
 */
import { de } from '../../i18n/de';
import { shortcutTexts as t } from '../../i18n/shortcuts';
import { consultationKeyTexts } from '../../i18n/consultation';

export type ShortcutGroup = keyof typeof t.groups;
/** The groups in the order the overlay shows them. */
export const SHORTCUT_GROUPS = Object.keys(t.groups) as ShortcutGroup[];

export interface Shortcut {
  id: string;
  group: ShortcutGroup;
  keys: string;
  description: string;
}

export const SHORTCUTS = [
  { id: 'help', group: 'everywhere', keys: 'F1 ?', description: t.does.help },
  { id: 'search', group: 'everywhere', keys: 'Control+K', description: t.does.search },
  { id: 'lock', group: 'everywhere', keys: 'Control+L Control+Shift+L', description: t.does.lock },
  { id: 'page.today', group: 'everywhere', keys: 'Alt+1', description: t.does.openPage(de.pages.today.nav) },
  { id: 'page.cases', group: 'everywhere', keys: 'Alt+2', description: t.does.openPage(de.pages.cases.nav) },
  { id: 'page.consultation', group: 'everywhere', keys: 'Alt+3', description: t.does.openPage(de.pages.consultation.nav) },
  { id: 'page.statistics', group: 'everywhere', keys: 'Alt+4', description: t.does.openPage(de.pages.statistics.nav) },
  { id: 'page.settings', group: 'everywhere', keys: 'Alt+5', description: t.does.openPage(de.pages.settings.nav) },
  { id: 'page.protokoll', group: 'everywhere', keys: 'Alt+6', description: t.does.openPage(de.pages.protokoll.nav) },
  { id: 'close', group: 'everywhere', keys: 'Escape', description: t.does.close },
  { id: 'list.next', group: 'lists', keys: 'ArrowDown', description: t.does.listNext },
  { id: 'list.previous', group: 'lists', keys: 'ArrowUp', description: t.does.listPrevious },
  { id: 'list.jump', group: 'lists', keys: 'PageDown PageUp Home End', description: t.does.listJump },
  // From here on the browser does the work (buttons, fields, radio groups); listed so people know them.
  { id: 'list.open', group: 'lists', keys: 'Enter', description: t.does.listOpen },
  { id: 'form.next', group: 'forms', keys: 'Tab', description: t.does.formNext },
  { id: 'form.previous', group: 'forms', keys: 'Shift+Tab', description: t.does.formPrevious },
  { id: 'form.submit', group: 'forms', keys: 'Enter', description: t.does.formSubmit },
  { id: 'form.toggle', group: 'forms', keys: 'Space', description: t.does.formToggle },
  { id: 'form.choose', group: 'forms', keys: 'ArrowDown ArrowUp', description: t.does.formChoose },
  { id: 'consultation.newPerson', group: 'consultation', keys: 'Alt+N', description: consultationKeyTexts.newPerson },
  { id: 'consultation.shortAdvice', group: 'consultation', keys: 'Alt+K', description: consultationKeyTexts.shortAdvice },
  { id: 'consultation.search', group: 'consultation', keys: 'Alt+S', description: consultationKeyTexts.search },
  { id: 'consultation.queue', group: 'consultation', keys: 'Alt+E', description: consultationKeyTexts.queue },
  { id: 'consultation.followUp', group: 'consultation', keys: 'Alt+W', description: consultationKeyTexts.followUp },
  { id: 'consultation.topic', group: 'consultation', keys: '1 2 3 4 5 6 7 8 9', description: consultationKeyTexts.topic },
  { id: 'consultation.save', group: 'consultation', keys: 'Enter', description: consultationKeyTexts.save },
] as const satisfies readonly Shortcut[];

export type ShortcutId = (typeof SHORTCUTS)[number]['id'];

/** What a key press brings along; DOM and React keyboard events both fit. */
export interface KeyPress {
  key: string;
  code: string;
  ctrlKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  metaKey: boolean;
  target: EventTarget | null;
}

interface Combo {
  control: boolean;
  alt: boolean;
  shift: boolean;
  key: string;
}

function parse(keys: string): Combo[] {
  return keys.split(' ').map((one) => {
    const parts = one.split('+');
    const key = parts.pop() ?? '';
    return { control: parts.includes('Control'), alt: parts.includes('Alt'), shift: parts.includes('Shift'), key };
  });
}

const combos = new Map<string, Combo[]>(SHORTCUTS.map((s) => [s.id, parse(s.keys)]));

export function shortcut(id: ShortcutId): Shortcut {
  return SHORTCUTS.find((s) => s.id === id)!;
}

const isLetter = (key: string) => /^[a-z]$/i.test(key);
const isDigit = (key: string) => /^[0-9]$/.test(key);
/** A single printed sign that is neither a letter nor a digit, such as "?". */
const isSign = (key: string) => [...key].length === 1 && !isLetter(key) && !isDigit(key);

/** Whether pressing this combination would type into a text field. */
function types(combo: Combo): boolean {
  return !combo.control && !combo.alt && (combo.key === 'Space' || [...combo.key].length === 1);
}

const NOT_TEXT = new Set(['button', 'checkbox', 'color', 'file', 'hidden', 'image', 'radio', 'range', 'reset', 'submit']);

/** Whether the focus is in a place where keys type text (fields, text areas, lists with type-ahead). */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !NOT_TEXT.has(target.type);
}

function pressedLetter(event: KeyPress): string | undefined {
  if (isLetter(event.key)) return event.key.toLowerCase();
  return /^Key([A-Z])$/.exec(event.code)?.[1]?.toLowerCase();
}

function pressedDigit(event: KeyPress): string | undefined {
  return /^(?:Digit|Numpad)([0-9])$/.exec(event.code)?.[1] ?? (isDigit(event.key) ? event.key : undefined);
}

function comboMatches(combo: Combo, event: KeyPress): boolean {
  if ((event.ctrlKey || event.metaKey) !== combo.control || event.altKey !== combo.alt) return false;
  if (types(combo) && isTextEntry(event.target)) return false;
  if (isSign(combo.key)) return event.key === combo.key;
  if (event.shiftKey !== combo.shift) return false;
  if (isLetter(combo.key)) return pressedLetter(event) === combo.key.toLowerCase();
  if (isDigit(combo.key)) return pressedDigit(event) === combo.key;
  return event.key === (combo.key === 'Space' ? ' ' : combo.key);
}

/** Whether a key press is this shortcut (any of its alternatives). */
export function matchesShortcut(id: ShortcutId, event: KeyPress): boolean {
  return (combos.get(id) ?? []).some((combo) => comboMatches(combo, event));
}

function keyName(key: string): string {
  return t.keyNames[key] ?? (isLetter(key) ? key.toUpperCase() : key);
}

/** The alternatives of a shortcut, each as its German key names: [["Strg", "L"], ["Strg", "Umschalt", "L"]]. */
export function shortcutKeyNames(id: ShortcutId): string[][] {
  return (combos.get(id) ?? []).map((c) =>
    [c.control && 'Control', c.alt && 'Alt', c.shift && 'Shift', c.key].filter((k): k is string => Boolean(k)).map(keyName),
  );
}

/** The first alternative as short text for a tooltip or a hint: "Strg+K". */
export function shortcutHint(id: ShortcutId): string {
  return shortcutKeyNames(id)[0]?.join('+') ?? '';
}

/** The value for aria-keyshortcuts. */
export function ariaKeyShortcuts(id: ShortcutId): string {
  return shortcut(id).keys;
}
