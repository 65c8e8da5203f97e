import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { COUNTRY_NAMES } from '../../../electron/contract/countries';
import { LANGUAGE_NAMES, languageName } from '../../../electron/contract/languages';
import { ChoiceSearch } from '../../../renderer/ui/ChoiceSearch';

const options = Object.entries(LANGUAGE_NAMES).map(([value, label]) => ({ value, label }));

function Form({ initial = [], max, onSubmit = () => {} }: { initial?: string[]; max?: number; onSubmit?: () => void }) {
  const [value, setValue] = useState(initial);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <ChoiceSearch label="Sprachen" options={options} common={['ar', 'prs']} value={value} onChange={setValue} max={max} firstMark="bevorzugt" />
      <output data-testid="value">{value.join(',')}</output>
      <button type="submit">Speichern</button>
    </form>
  );
}

const chosen = () => screen.getByTestId('value').textContent;

describe('ChoiceSearch', () => {
  it('complete German lists: every ISO 3166-1 country and the languages ISO 639-1 lacks', () => {
    expect(Object.keys(COUNTRY_NAMES)).toHaveLength(250);
    expect(COUNTRY_NAMES.SY).toBe('Syrien');
    expect(COUNTRY_NAMES.XK).toBe('Kosovo');
    for (const [code, name] of [
      ['prs', 'Dari'],
      ['kmr', 'Kurmandschi (Nordkurdisch)'],
      ['ckb', 'Sorani (Zentralkurdisch)'],
      ['ti', 'Tigrinya'],
      ['ps', 'Paschtu'],
      ['so', 'Somali'],
      ['rom', 'Romani'],
      // Codes stored before the lists keep their names.
      ['ku', 'Kurdisch'],
      ['fa', 'Persisch (Farsi)'],
    ]) {
      expect(languageName(code as string)).toBe(name);
    }
    expect(languageName('xyz')).toBe('xyz');
  });

  it('filters as one types, moves with the arrows, takes with Enter without sending the form', async () => {
    const onSubmit = vi.fn();
    render(<Form onSubmit={onSubmit} />);
    const user = userEvent.setup();
    const field = screen.getByRole('combobox', { name: 'Sprachen' });
    await user.type(field, 'arab');
    expect(field.getAttribute('aria-expanded')).toBe('true');
    const list = screen.getByRole('listbox');
    expect(within(list).getAllByRole('option')[0]?.textContent).toBe('Arabisch');
    expect(within(list).getAllByRole('option')[0]?.getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{ArrowDown}');
    expect(field.getAttribute('aria-activedescendant')).toBe(within(list).getAllByRole('option')[1]?.id);
    await user.keyboard('{ArrowUp}{Enter}');
    expect(onSubmit).not.toHaveBeenCalled();
    expect(chosen()).toBe('ar');
    expect((field as HTMLInputElement).value).toBe('');
    // Accents do not matter; a chosen item is not offered again.
    await user.type(field, 'turk{Enter}');
    expect(chosen()).toBe('ar,tr');
    await user.type(field, 'arabisch');
    expect(within(screen.getByRole('listbox')).queryByRole('option', { name: 'Arabisch' })).toBeNull();
    await user.keyboard('{Escape}');
    expect(field.getAttribute('aria-expanded')).toBe('false');
    await user.keyboard('{Escape}');
    expect((field as HTMLInputElement).value).toBe('');
    // Enter in the empty, closed field sends the form.
    await user.keyboard('{Enter}');
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  it('shows chosen items as chips, the first one preferred; each removable, Backspace removes the last', async () => {
    render(<Form initial={['prs', 'fa', 'de']} />);
    const user = userEvent.setup();
    const chips = () =>
      within(screen.getByRole('list', { name: 'Sprachen: gewählt' }))
        .getAllByRole('listitem')
        .map((li) => li.textContent);
    expect(chips()).toEqual(['Dari (bevorzugt)×', 'Persisch (Farsi)×', 'Deutsch×']);
    await user.click(screen.getByRole('button', { name: 'Persisch (Farsi) entfernen' }));
    expect(chosen()).toBe('prs,de');
    await user.click(screen.getByRole('combobox', { name: 'Sprachen' }));
    await user.keyboard('{Backspace}');
    expect(chosen()).toBe('prs');
  });

  it('lists the common choices first when nothing is typed, says when nothing matches, and keeps to max', async () => {
    render(<Form max={2} />);
    const user = userEvent.setup();
    const field = screen.getByRole('combobox', { name: 'Sprachen' });
    await user.click(field);
    expect(
      within(screen.getByRole('listbox'))
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Arabisch', 'Dari']);
    await user.keyboard('{ArrowDown}{Enter}');
    expect(chosen()).toBe('prs');
    await user.type(field, 'qqq');
    expect(screen.getByText('Nichts gefunden. Bitte anders schreiben.').getAttribute('role')).toBe('status');
    await user.clear(field);
    await user.type(field, 'deu{Enter}');
    expect(chosen()).toBe('prs,de');
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(screen.getByText('Es sind höchstens 2 möglich. Entfernen Sie eine, um eine andere zu wählen.')).toBeTruthy();
  });

  it('leaving the field takes a name typed in full; anything else stays typed and is said not to be chosen', async () => {
    render(<Form />);
    const user = userEvent.setup();
    const field = screen.getByRole('combobox', { name: 'Sprachen' });
    await user.type(field, 'dari');
    await user.tab();
    expect(chosen()).toBe('prs');
    await user.type(field, 'ara');
    await user.tab();
    expect(chosen()).toBe('prs');
    expect((field as HTMLInputElement).value).toBe('ara');
    expect(screen.getByText('„ara“ ist noch nicht gewählt. Bitte einen Eintrag aus der Liste wählen (Eingabetaste).')).toBeTruthy();
  });

  it('with max 1 a new choice replaces the old one', async () => {
    render(<Form initial={['ar']} max={1} />);
    const user = userEvent.setup();
    await user.type(screen.getByRole('combobox', { name: 'Sprachen' }), 'dari{Enter}');
    expect(chosen()).toBe('prs');
  });
});
