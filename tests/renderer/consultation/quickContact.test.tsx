import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { PersonHit } from '../../../electron/contract/areas/consultation';
import { fail, ok } from '../fakeKim';
import { axeViolations, mahmoud, mohammed, renderConsultation } from './consultationFixtures';

beforeEach(() => {
  document.documentElement.lang = 'de';
  document.title = 'KIM Fallakte';
});

async function searchField() {
  const field = await screen.findByRole('combobox', { name: 'Name, Fallnummer oder Geburtsdatum' });
  await waitFor(() => expect(document.activeElement).toBe(field));
  return field;
}

describe('Sprechstunde: finding a person and logging a contact', { timeout: 20_000 }, () => {
  it('searches while typing and shows the hits as a listbox, the first highlighted', async () => {
    const { kim, user } = renderConsultation();
    const field = await searchField();
    await user.keyboard('Muhamad');
    const list = await screen.findByRole('listbox', { name: 'Gefundene Personen' });
    expect(kim['persons.find']).toHaveBeenLastCalledWith({ query: 'Muhamad', limit: 10 });
    // Debounced: not one call per letter.
    expect(kim['persons.find'].mock.calls.length).toBeLessThan(3);
    const options = within(list).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual([
      'Al-Hassan, MohammedSchreibweise: Al Hasan, Muhammad · geb. 03.04.1991 · Fall 2026-0001',
      'Mahmoud, Aliunvollständiggeb. 1988 · kein offener Fall',
    ]);
    expect(field.getAttribute('aria-expanded')).toBe('true');
    expect(field.getAttribute('aria-activedescendant')).toBe(options[0]!.id);
    expect(options[0]!.getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{ArrowDown}');
    expect(field.getAttribute('aria-activedescendant')).toBe(options[1]!.id);
    await user.keyboard('{ArrowDown}');
    expect(field.getAttribute('aria-activedescendant')).toBe(options[0]!.id);
    await user.keyboard('{ArrowUp}');
    expect(field.getAttribute('aria-activedescendant')).toBe(options[1]!.id);
    expect(await axeViolations()).toEqual([]);
    await user.keyboard('{Escape}');
    expect((field as HTMLInputElement).value).toBe('');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(field.getAttribute('aria-expanded')).toBe('false');
  });

  it('ignores a late answer to an earlier query', async () => {
    let answerEarly: (hits: PersonHit[]) => void = () => {};
    const { kim, user } = renderConsultation({
      configure: (kim) =>
        kim['persons.find'].mockImplementation(async ({ query }) =>
          query === 'Ma' ? new Promise((resolve) => (answerEarly = (hits) => resolve(ok(hits)))) : ok([mohammed]),
        ),
    });
    await searchField();
    await user.keyboard('Ma');
    await waitFor(() => expect(kim['persons.find']).toHaveBeenCalledWith({ query: 'Ma', limit: 10 }));
    await user.keyboard('x');
    await screen.findByRole('option', { name: /Al-Hassan, Mohammed/ });
    answerEarly([mahmoud]);
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([expect.stringMatching(/^Al-Hassan, Mohammed/)]);
  });

  it('says when nobody was found and shows the German error of a failed search', async () => {
    const { kim, user } = renderConsultation({ configure: (kim) => kim['persons.find'].mockResolvedValue(ok([])) });
    await searchField();
    await user.keyboard('Zzz');
    await screen.findByText('Keine Person gefunden für „Zzz“. Mit „Neue Person“ (Alt+N) legen Sie sie an.', { selector: '[role=status]' });
    kim['persons.find'].mockResolvedValue(fail('LOCKED'));
    await user.keyboard('q');
    expect((await screen.findByRole('alert')).textContent).toBe('Die Fallakte ist gesperrt. Bitte entsperren Sie sie zuerst.');
  });

  it('takes the highlighted hit with Enter, picks topics by digit and saves with Enter: focus back in the empty search', async () => {
    const { kim, user } = renderConsultation();
    const field = await searchField();
    await user.keyboard('Muhamad');
    await screen.findByRole('listbox');
    await user.keyboard('{Enter}');
    const heading = await screen.findByRole('heading', { level: 2, name: 'Kontakt: Al-Hassan, Mohammed' });
    const form = heading.parentElement!;
    expect(within(form).getByText(/jetzt, Sprechstunde in GU Am Bahnhof/)).toBeTruthy();
    expect(within(form).getByText('Der Kontakt gehört zum Fall 2026-0001.')).toBeTruthy();
    const topics = within(form).getByRole('group', { name: 'Themen' });
    // Active life areas in their order, with their digits.
    expect(
      within(topics)
        .getAllByRole('checkbox')
        .map((c) => c.parentElement!.textContent),
    ).toEqual(['1Aufenthalt', '2Wohnen', '3Ausbildung/Arbeit']);
    expect(document.activeElement).toBe(within(topics).getByRole('checkbox', { name: /Aufenthalt/ }));
    expect((within(form).getByRole('spinbutton', { name: 'Dauer in Minuten' }) as HTMLInputElement).value).toBe('15');
    expect(await axeViolations()).toEqual([]);
    await user.keyboard('2');
    expect((within(topics).getByRole('checkbox', { name: /Wohnen/ }) as HTMLInputElement).checked).toBe(true);
    await user.keyboard('3');
    await user.keyboard('3');
    expect((within(topics).getByRole('checkbox', { name: /Ausbildung/ }) as HTMLInputElement).checked).toBe(false);
    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(kim['sessions.logContact']).toHaveBeenCalledWith({
        sessionId: 's1',
        personId: 'p1',
        caseId: 'c1',
        durationMinutes: 15,
        topics: ['la-wohnen'],
        interpreterUsed: false,
        note: null,
        followUp: null,
      }),
    );
    await screen.findByText('Der Kontakt mit Al-Hassan, Mohammed ist gespeichert.');
    const again = screen.getByRole('combobox', { name: 'Name, Fallnummer oder Geburtsdatum' });
    expect(again).not.toBe(field);
    expect(document.activeElement).toBe(again);
    expect((again as HTMLInputElement).value).toBe('');
    expect(kim['sessions.summary'].mock.calls.length).toBeGreaterThanOrEqual(2);
  });

  it('takes the first hit when Enter comes before the answer', async () => {
    const { user } = renderConsultation();
    await searchField();
    await user.keyboard('Muhamad{Enter}');
    await screen.findByRole('heading', { level: 2, name: 'Kontakt: Al-Hassan, Mohammed' });
  });

  it('sets a follow-up with a prefilled title, interpreter, duration and note', async () => {
    const { kim, user } = renderConsultation();
    await searchField();
    await user.keyboard('Muhamad');
    await screen.findByRole('listbox');
    await user.keyboard('{Enter}');
    await screen.findByRole('heading', { level: 2, name: 'Kontakt: Al-Hassan, Mohammed' });
    await user.keyboard('1');
    await user.keyboard('{Alt>}w{/Alt}');
    const date = screen.getByLabelText('Wiedervorlage am (optional)');
    expect(document.activeElement).toBe(date);
    await user.type(date, '31.11.2026{Enter}');
    expect((await screen.findByRole('alert')).textContent).toBe('Bitte geben Sie ein gültiges Datum als TT.MM.JJJJ ein.');
    expect(kim['sessions.logContact']).not.toHaveBeenCalled();
    await user.clear(date);
    await user.type(date, '1.12.2026');
    const title = screen.getByRole('textbox', { name: 'Worum geht es bei der Wiedervorlage?' }) as HTMLInputElement;
    expect(title.value).toBe('Nachfragen nach der Sprechstunde in GU Am Bahnhof');
    const minutes = screen.getByRole('spinbutton', { name: 'Dauer in Minuten' });
    await user.clear(minutes);
    await user.type(minutes, '25');
    await user.click(screen.getByRole('checkbox', { name: 'Dolmetscher:in dabei' }));
    await user.type(screen.getByRole('textbox', { name: 'Notiz (optional)' }), 'Brief der ABH{Enter}übersetzt');
    expect(kim['sessions.logContact']).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Kontakt speichern' }));
    await waitFor(() =>
      expect(kim['sessions.logContact']).toHaveBeenCalledWith({
        sessionId: 's1',
        personId: 'p1',
        caseId: 'c1',
        durationMinutes: 25,
        topics: ['la-aufenthalt'],
        interpreterUsed: true,
        note: 'Brief der ABH\nübersetzt',
        followUp: { dueDate: '2026-12-01', title: 'Nachfragen nach der Sprechstunde in GU Am Bahnhof' },
      }),
    );
    await screen.findByText('Der Kontakt mit Al-Hassan, Mohammed ist gespeichert, Wiedervorlage am 01.12.2026.');
  });

  it('offers no follow-up without an open case, shows the German error of a failed save and cancels with Escape', async () => {
    const { kim, user } = renderConsultation({ configure: (kim) => kim['sessions.logContact'].mockResolvedValue(fail('SESSION_ENDED')) });
    await searchField();
    await user.keyboard('Mahm');
    await screen.findByRole('listbox');
    await user.keyboard('{ArrowDown}{Enter}');
    await screen.findByRole('heading', { level: 2, name: 'Kontakt: Mahmoud, Ali' });
    expect(screen.queryByLabelText('Wiedervorlage am (optional)')).toBeNull();
    expect(screen.getByText('Eine Wiedervorlage geht nur mit einem offenen Fall.')).toBeTruthy();
    await user.keyboard('{Enter}');
    expect((await screen.findByRole('alert')).textContent).toBe('Diese Sprechstunde ist schon beendet. Bitte beginnen Sie eine neue.');
    expect(kim['sessions.logContact']).toHaveBeenCalledWith(expect.objectContaining({ personId: 'p2', caseId: null, followUp: null }));
    await user.keyboard('{Escape}');
    const field = await screen.findByRole('combobox', { name: 'Name, Fallnummer oder Geburtsdatum' });
    expect(document.activeElement).toBe(field);
    expect((field as HTMLInputElement).value).toBe('Mahm');
  });

  it('rejects a duration out of range without calling the main process', async () => {
    const { kim, user } = renderConsultation();
    await searchField();
    await user.keyboard('Muhamad');
    await screen.findByRole('listbox');
    await user.keyboard('{Enter}');
    const minutes = await screen.findByRole('spinbutton', { name: 'Dauer in Minuten' });
    await user.clear(minutes);
    await user.type(minutes, '0{Enter}');
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Bitte eine ganze Zahl von 1 bis/);
    expect(kim['sessions.logContact']).not.toHaveBeenCalled();
  });
});
