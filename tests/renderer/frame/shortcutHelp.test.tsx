import { screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { SHORTCUT_GROUPS, SHORTCUTS } from '../../../renderer/features/frame/shortcuts';
import { shortcutTexts } from '../../../renderer/i18n/shortcuts';
import { renderOnToday } from './onToday';

beforeEach(() => {
  document.documentElement.lang = 'de';
  document.title = 'KIM Fallakte';
});

const frame = () => document.querySelector('.app-frame')!;
const dialog = () => screen.getByRole('dialog', { name: 'Tastenkürzel' });

function expectOpen() {
  const help = dialog();
  expect(help.getAttribute('aria-modal')).toBe('true');
  expect(help.contains(document.activeElement)).toBe(true);
  expect(frame().hasAttribute('inert')).toBe(true);
  return help;
}

function expectClosed() {
  expect(screen.queryByRole('dialog', { name: 'Tastenkürzel' })).toBeNull();
  expect(frame().hasAttribute('inert')).toBe(false);
}

describe('shortcut help overlay', () => {
  it('opens with F1, with the focus on its title; Esc closes and gives the focus back', async () => {
    const { user } = await renderOnToday();
    const before = screen.getByRole('heading', { level: 1, name: 'Heute' });
    expect(document.activeElement).toBe(before);
    await user.keyboard('{F1}');
    const help = expectOpen();
    expect(document.activeElement).toBe(within(help).getByRole('heading', { level: 2, name: 'Tastenkürzel' }));
    await user.keyboard('{Escape}');
    expectClosed();
    expect(document.activeElement).toBe(before);
  });

  it('opens with "?" on a button and gives the focus back to it; "Schließen" closes too', async () => {
    const { user } = await renderOnToday();
    const cases = screen.getByRole('button', { name: 'Fälle' });
    cases.focus();
    await user.keyboard('?');
    const help = expectOpen();
    await user.click(within(help).getByRole('button', { name: 'Schließen' }));
    expectClosed();
    expect(document.activeElement).toBe(cases);
  });

  it('opens from the visible "Tastenkürzel" button, which names its keys', async () => {
    const { user } = await renderOnToday();
    const button = screen.getByRole('button', { name: 'Tastenkürzel' });
    expect(button.getAttribute('aria-keyshortcuts')).toBe('F1 ?');
    expect(button.getAttribute('aria-haspopup')).toBe('dialog');
    expect(button.title).toBe('Alle Tastenkürzel anzeigen (F1)');
    await user.click(button);
    expectOpen();
    await user.keyboard('{Escape}');
    expectClosed();
    expect(document.activeElement).toBe(button);

    // A click inside keeps it open and Esc still works; a click on the dimmed backdrop closes.
    await user.click(button);
    await user.click(within(dialog()).getByRole('table', { name: 'Überall' }));
    expectOpen();
    await user.keyboard('{Escape}');
    expectClosed();
    expect(document.activeElement).toBe(button);
    await user.click(button);
    await user.click(document.querySelector('.shortcut-help-backdrop')!);
    expectClosed();
    expect(document.activeElement).toBe(button);
  });

  it('does not open when "?" is typed into a text field; F1 still does', async () => {
    const { user } = await renderOnToday();
    await user.keyboard('{Control>}k{/Control}');
    const field = await screen.findByRole('searchbox', { name: 'Suchbegriff' });
    expect(document.activeElement).toBe(field);
    await user.keyboard('Wer?');
    expect((field as HTMLInputElement).value).toBe('Wer?');
    expect(screen.queryByRole('dialog', { name: 'Tastenkürzel' })).toBeNull();
    await user.keyboard('{F1}');
    expectOpen();
    await user.keyboard('{Escape}');
    expectClosed();
    expect(document.activeElement).toBe(field);
    expect(screen.getByRole('dialog', { name: 'Suchen' })).toBeTruthy();
  });

  it('lists every shortcut of the registry, one table per group with its keys in German', async () => {
    const { user } = await renderOnToday();
    await user.keyboard('{F1}');
    const help = expectOpen();
    const tables = within(help).getAllByRole('table');
    const groups = SHORTCUT_GROUPS.filter((g) => SHORTCUTS.some((s) => s.group === g));
    expect(
      tables.map((table) => table.getAttribute('aria-labelledby') && document.getElementById(table.getAttribute('aria-labelledby')!)?.textContent),
    ).toEqual(groups.map((g) => shortcutTexts.groups[g]));
    expect(
      within(help)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['Überall', 'Listen', 'Formulare', 'Sprechstunde']);
    for (const table of tables) {
      expect(
        within(table)
          .getAllByRole('columnheader')
          .map((th) => th.textContent),
      ).toEqual(['Tasten', 'Was passiert']);
    }
    const rows = tables.flatMap((table) => within(table).getAllByRole('row').slice(1));
    expect(rows.map((row) => within(row).getByRole('cell').textContent)).toEqual(
      groups.flatMap((g) => SHORTCUTS.filter((s) => s.group === g).map((s) => s.description)),
    );
    const keysOf = (description: string) => within(rows.find((row) => row.textContent?.includes(description))!).getByRole('rowheader').textContent;
    expect(keysOf('Fallakte sperren')).toBe('Strg+L oder Strg+Umschalt+L');
    expect(keysOf('Diese Übersicht der Tastenkürzel öffnen')).toBe('F1 oder ?');
    expect(keysOf('„Sprechstunde“ öffnen')).toBe('Alt+3');
    expect(keysOf('Suchen: Personen, Fälle, Kontaktnotizen und Ziele')).toBe('Strg+K');
    expect(keysOf('In der Suche: zum nächsten Treffer')).toBe('Pfeil nach unten');
  });

  it('keeps the focus inside while open, with Tab and Shift+Tab', async () => {
    const { user } = await renderOnToday();
    await user.keyboard('{F1}');
    const help = expectOpen();
    for (let i = 0; i < 4; i++) {
      await user.tab();
      expect(help.contains(document.activeElement)).toBe(true);
      expect(document.activeElement).toBe(within(help).getByRole('button', { name: 'Schließen' }));
    }
    for (let i = 0; i < 3; i++) {
      await user.tab({ shift: true });
      expect(help.contains(document.activeElement)).toBe(true);
    }
  });

  it('a frame shortcut pressed while open closes it and does its work: Alt+4, Strg+K', async () => {
    const { user } = await renderOnToday();
    await user.keyboard('{F1}');
    expectOpen();
    await user.keyboard('{Alt>}4{/Alt}');
    expectClosed();
    const heading = screen.getByRole('heading', { level: 1, name: 'Statistik' });
    expect(document.activeElement).toBe(heading);

    await user.keyboard('?');
    expectOpen();
    await user.keyboard('{Control>}k{/Control}');
    expectClosed();
    expect(document.activeElement).toBe(await screen.findByRole('searchbox', { name: 'Suchbegriff' }));
  });

  it('has no accessibility violations while open', async () => {
    const { user } = await renderOnToday();
    await user.keyboard('{F1}');
    expectOpen();
    const found = await axe.run(document, { rules: { 'color-contrast': { enabled: false } } });
    expect(found.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
