import { describe, expect, it } from 'vitest';
import { PAGES } from '../../../renderer/features/frame/navigation';
import {
  ariaKeyShortcuts,
  matchesShortcut,
  SHORTCUT_GROUPS,
  shortcutHint,
  shortcutKeyNames,
  SHORTCUTS,
  type KeyPress,
  type ShortcutId,
} from '../../../renderer/features/frame/shortcuts';
import { shortcutTexts } from '../../../renderer/i18n/shortcuts';

function press(key: string, extra: Partial<KeyPress> = {}): KeyPress {
  return { key, code: '', ctrlKey: false, altKey: false, shiftKey: false, metaKey: false, target: document.body, ...extra };
}

function field(type = 'text'): HTMLInputElement {
  const input = document.createElement('input');
  input.type = type;
  return input;
}

describe('shortcut registry: matching', () => {
  it('help: F1 anywhere, "?" only outside text fields, whatever Shift it takes', () => {
    expect(matchesShortcut('help', press('F1'))).toBe(true);
    expect(matchesShortcut('help', press('F1', { target: field() }))).toBe(true);
    expect(matchesShortcut('help', press('?', { shiftKey: true, code: 'Minus' }))).toBe(true);
    expect(matchesShortcut('help', press('?', { target: document.createElement('button') }))).toBe(true);
    expect(matchesShortcut('help', press('?', { target: field('checkbox') }))).toBe(true);
    for (const target of [field(), field('search'), field('date'), document.createElement('textarea'), document.createElement('select')]) {
      expect(matchesShortcut('help', press('?', { shiftKey: true, target }))).toBe(false);
    }
    expect(matchesShortcut('help', press('F1', { ctrlKey: true }))).toBe(false);
    expect(matchesShortcut('help', press('ß'))).toBe(false);
  });

  it('search and lock: Strg (or ⌘) with the letter, also from text fields; not with AltGr', () => {
    expect(matchesShortcut('search', press('k', { ctrlKey: true, code: 'KeyK', target: field() }))).toBe(true);
    expect(matchesShortcut('search', press('k', { metaKey: true, code: 'KeyK' }))).toBe(true);
    expect(matchesShortcut('search', press('K', { ctrlKey: true, shiftKey: true, code: 'KeyK' }))).toBe(false);
    expect(matchesShortcut('search', press('k', { ctrlKey: true, altKey: true, code: 'KeyK' }))).toBe(false);
    expect(matchesShortcut('search', press('k', { code: 'KeyK' }))).toBe(false);
    // Another alphabet on the keyboard: the physical key decides.
    expect(matchesShortcut('search', press('л', { ctrlKey: true, code: 'KeyK' }))).toBe(true);
    // A layout where the letter sits elsewhere: the typed letter decides.
    expect(matchesShortcut('search', press('k', { ctrlKey: true, code: 'KeyV' }))).toBe(true);
    expect(matchesShortcut('lock', press('l', { ctrlKey: true, code: 'KeyL', target: field() }))).toBe(true);
    expect(matchesShortcut('lock', press('L', { ctrlKey: true, shiftKey: true, code: 'KeyL' }))).toBe(true);
    expect(matchesShortcut('lock', press('l', { altKey: true, code: 'KeyL' }))).toBe(false);
  });

  it('pages: Alt with the digit of the physical key, top row or number pad', () => {
    expect(matchesShortcut('page.today', press('1', { altKey: true, code: 'Digit1' }))).toBe(true);
    expect(matchesShortcut('page.cases', press('™', { altKey: true, code: 'Digit2' }))).toBe(true);
    expect(matchesShortcut('page.settings', press('5', { altKey: true, code: 'Numpad5' }))).toBe(true);
    expect(matchesShortcut('page.today', press('1', { altKey: true, code: 'Digit1', target: field() }))).toBe(true);
    expect(matchesShortcut('page.today', press('1', { code: 'Digit1' }))).toBe(false);
    expect(matchesShortcut('page.today', press('1', { altKey: true, ctrlKey: true, code: 'Digit1' }))).toBe(false);
    expect(matchesShortcut('page.today', press('2', { altKey: true, code: 'Digit2' }))).toBe(false);
  });

  it('close and the list keys: named keys, also in text fields, only without modifiers', () => {
    expect(matchesShortcut('close', press('Escape', { target: field() }))).toBe(true);
    expect(matchesShortcut('list.next', press('ArrowDown', { target: field('search') }))).toBe(true);
    expect(matchesShortcut('list.next', press('ArrowDown', { shiftKey: true }))).toBe(false);
    expect(matchesShortcut('list.previous', press('ArrowUp'))).toBe(true);
    expect(matchesShortcut('form.toggle', press(' ', { target: document.createElement('button') }))).toBe(true);
    expect(matchesShortcut('form.previous', press('Tab', { shiftKey: true }))).toBe(true);
  });
});

describe('shortcut registry: what people see', () => {
  it('shows German key names, alternatives separately', () => {
    expect(shortcutKeyNames('lock')).toEqual([
      ['Strg', 'L'],
      ['Strg', 'Umschalt', 'L'],
    ]);
    expect(shortcutKeyNames('help')).toEqual([['F1'], ['?']]);
    expect(shortcutHint('search')).toBe('Strg+K');
    expect(shortcutHint('page.consultation')).toBe('Alt+3');
    expect(shortcutHint('close')).toBe('Esc');
    expect(shortcutHint('list.next')).toBe('Pfeil nach unten');
    expect(shortcutHint('form.submit')).toBe('Eingabe');
    expect(shortcutHint('form.toggle')).toBe('Leertaste');
    expect(shortcutHint('form.previous')).toBe('Umschalt+Tab');
    expect(ariaKeyShortcuts('lock')).toBe('Control+L Control+Shift+L');
  });

  it('is consistent: unique ids, known groups and keys, every page reachable, no frame key used twice', () => {
    const ids = SHORTCUTS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of SHORTCUTS) {
      expect(SHORTCUT_GROUPS).toContain(s.group);
      expect(s.description.length).toBeGreaterThan(5);
      for (const combo of s.keys.split(' ')) {
        const key = combo.split('+').pop()!;
        const known = /^[A-Z0-9]$/.test(key) || /^F\d{1,2}$/.test(key) || key in shortcutTexts.keyNames || [...key].length === 1;
        expect(known, `${s.id}: ${key}`).toBe(true);
        for (const modifier of combo.split('+').slice(0, -1)) expect(['Control', 'Alt', 'Shift']).toContain(modifier);
      }
    }
    for (const page of PAGES) expect(ids).toContain(`page.${page}` satisfies ShortcutId);
    const everywhere = SHORTCUTS.filter((s) => s.group === 'everywhere').flatMap((s) => s.keys.split(' '));
    const all = SHORTCUTS.flatMap((s) => s.keys.split(' '));
    for (const combo of everywhere)
      expect(
        all.filter((c) => c === combo),
        combo,
      ).toHaveLength(1);
  });
});
