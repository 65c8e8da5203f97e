import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ContactsSection } from '../../../renderer/features/contacts/ContactsSection';
import { fail, ok } from '../fakeKim';
import { CASE_ID, PERSON_ID, axeViolations, followUp, newerContact, renderSection } from './networkFixtures';

const render = (options: Parameters<typeof renderSection>[1] = {}) => renderSection(ContactsSection, options);
const button = (name: string | RegExp) => screen.getByRole('button', { name });

async function ready() {
  await screen.findAllByRole('article');
  await screen.findByRole('table');
}

describe('ContactsSection', () => {
  it('shows the contacts newest first with all they carry, and the open follow-ups', async () => {
    const { kim } = render();
    await ready();
    expect(kim['contacts.listForCase']).toHaveBeenCalledWith({ caseId: CASE_ID });
    expect(kim['followUps.listOpenForCase']).toHaveBeenCalledWith({ caseId: CASE_ID });

    const articles = screen.getAllByRole('article');
    expect(articles.map((a) => a.querySelector('h4')?.textContent)).toEqual([
      expect.stringMatching(/^10\.11\.2026, 15:00 · Telefonat$/),
      expect.stringMatching(/^02\.11\.2026, 08:30 · Beratung$/),
    ]);
    const older = articles[1]!;
    expect(older.textContent).toContain('45 Minuten');
    expect(older.textContent).toContain('Sprechstunde: GU Talstraße');
    expect(older.textContent).toContain('ThemenWohnen');
    expect(older.textContent).toContain('Ja, Arabisch');
    expect(older.textContent).toContain('Mietvertrag besprochen');
    expect(older.textContent).toContain('Bescheid nachfragen – fällig am 30.11.2026');
    expect(articles[0]!.textContent).toContain('SprachmittlungNein');

    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows[1]!.textContent).toContain('30.11.2026');
    expect(rows[1]!.textContent).not.toContain('überfällig');
    expect(within(rows[2]!).getByRole('rowheader').textContent).toBe('Duldung läuft ab');
    expect(rows[2]!.textContent).toContain('01.01.2020 (überfällig)');
    expect(rows[2]!.textContent).toContain('Von Hand angelegt');
  });

  it('records a contact with a Sprechstunde location, topics, interpreter and follow-ups', async () => {
    // The form starts at the test clock's moment (tests/renderer/testClock.ts).
    const { kim, user, onChanged } = render({ configure: (k) => k['contacts.create'].mockResolvedValue(ok(newerContact)) });
    await ready();
    await user.click(button('Kontakt erfassen'));
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Neuer Kontakt' }));
    const form = screen.getByRole('form', { name: 'Neuer Kontakt' });
    const when = within(form).getByRole('group', { name: 'Datum und Uhrzeit' });
    expect(within(when).getByLabelText<HTMLInputElement>('Datum').value).toBe('21.11.2026');
    expect(within(when).getByLabelText<HTMLInputElement>('Uhrzeit').value).toBe('14:05');
    expect(within(form).getByLabelText<HTMLInputElement>('Dauer in Minuten').value).toBe('30');
    expect(within(form).queryByLabelText('Ort der Sprechstunde')).toBeNull();

    await user.click(within(form).getByRole('radio', { name: 'Sprechstunde' }));
    const save = within(form).getByRole<HTMLButtonElement>('button', { name: 'Kontakt speichern' });
    await user.click(within(form).getByRole('radio', { name: 'Beratung' }));
    expect(save.disabled).toBe(true);
    expect(form.textContent).toContain('Bitte wählen Sie den Ort der Sprechstunde.');
    await user.selectOptions(within(form).getByLabelText('Ort der Sprechstunde'), 'loc-rh');
    const duration = within(form).getByLabelText('Dauer in Minuten');
    await user.clear(duration);
    await user.type(duration, '20');
    const topics = within(form).getByRole('group', { name: 'Themen' });
    expect(
      within(topics)
        .getAllByRole('checkbox')
        .map((c) => c.parentElement?.textContent),
    ).toEqual(['Wohnen', 'Ausbildung und Arbeit']);
    await user.click(within(topics).getByRole('checkbox', { name: 'Wohnen' }));
    await user.click(within(topics).getByRole('checkbox', { name: 'Ausbildung und Arbeit' }));
    expect(within(form).queryByLabelText('Sprache (optional)')).toBeNull();
    await user.click(within(form).getByRole('checkbox', { name: 'Mit Sprachmittlung (Dolmetscher:in)' }));
    await user.type(within(form).getByLabelText('Sprache (optional)'), 'Dari');
    await user.type(within(form).getByLabelText('Notiz (optional)'), 'Unterlagen mitgebracht');

    await user.click(within(form).getByRole('button', { name: 'Wiedervorlage hinzufügen' }));
    expect(document.activeElement).toBe(within(form).getByLabelText('Wiedervorlage 1: Was ist zu tun?'));
    await user.type(within(form).getByLabelText('Wiedervorlage 1: Was ist zu tun?'), 'Wohngeldantrag prüfen');
    expect(save.disabled).toBe(true);
    await user.type(within(form).getByLabelText('Wiedervorlage 1: fällig am'), '01.12.2026');
    await user.click(within(form).getByRole('button', { name: 'Wiedervorlage hinzufügen' }));
    await user.type(within(form).getByLabelText('Wiedervorlage 2: Was ist zu tun?'), 'Wird entfernt');
    await user.click(within(form).getByRole('button', { name: 'Wiedervorlage 2 entfernen' }));
    expect(within(form).queryByLabelText('Wiedervorlage 2: Was ist zu tun?')).toBeNull();

    await user.click(save);
    expect(kim['contacts.create']).toHaveBeenCalledWith({
      personId: PERSON_ID,
      caseId: CASE_ID,
      at: '2026-11-21T14:05',
      durationMinutes: 20,
      place: 'sprechstunde',
      locationId: 'loc-rh',
      type: 'beratung',
      topics: ['la-housing', 'la-work'],
      interpreterUsed: true,
      interpreterLanguage: 'Dari',
      note: 'Unterlagen mitgebracht',
      followUps: [{ title: 'Wohngeldantrag prüfen', dueDate: '2026-12-01' }],
    });
    expect(await screen.findByText('Der Kontakt ist gespeichert.')).toBeTruthy();
    expect(onChanged).toHaveBeenCalledTimes(1);
    expect(kim['contacts.listForCase']).toHaveBeenCalledTimes(2);
    expect(kim['followUps.listOpenForCase']).toHaveBeenCalledTimes(2);
    expect(document.activeElement).toBe(button('Kontakt erfassen'));
  });

  it('a phone contact sends no location, and a refusal shows in German', async () => {
    const { kim, user, onChanged } = render({ configure: (k) => k['contacts.create'].mockResolvedValue(fail('DATE_IN_FUTURE')) });
    await ready();
    await user.click(button('Kontakt erfassen'));
    await user.click(screen.getByRole('radio', { name: 'Telefon' }));
    await user.click(screen.getByRole('radio', { name: 'Telefonat' }));
    await user.type(screen.getByLabelText('Dauer in Minuten'), '{Enter}');
    expect(kim['contacts.create']).toHaveBeenCalledWith(
      expect.objectContaining({
        place: 'telefon',
        locationId: null,
        type: 'telefonat',
        durationMinutes: 30,
        topics: [],
        interpreterUsed: false,
        interpreterLanguage: null,
        note: null,
        followUps: [],
      }),
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/Zukunft/);
    expect(onChanged).not.toHaveBeenCalled();
  });

  it('refuses a duration outside 1..600 without calling the main process', async () => {
    const { kim, user } = render();
    await ready();
    await user.click(button('Kontakt erfassen'));
    await user.click(screen.getByRole('radio', { name: 'Büro' }));
    await user.click(screen.getByRole('radio', { name: 'Beratung' }));
    const duration = screen.getByLabelText('Dauer in Minuten');
    await user.clear(duration);
    await user.type(duration, '601{Enter}');
    expect(duration.getAttribute('aria-invalid')).toBe('true');
    expect(kim['contacts.create']).not.toHaveBeenCalled();
  });

  it('marks a follow-up done and shows a refusal', async () => {
    const { kim, user, onChanged } = render({
      configure: (k) =>
        k['followUps.markDone'].mockResolvedValueOnce(fail('FOLLOW_UP_ALREADY_DONE')).mockResolvedValueOnce(ok(followUp({ doneAt: '2026-11-21' }))),
    });
    await ready();
    await user.click(button('Erledigt: Wiedervorlage „Bescheid nachfragen“'));
    expect(kim['followUps.markDone']).toHaveBeenCalledWith({ id: 'f-1' });
    expect((await screen.findByRole('alert')).textContent).toBe('Diese Wiedervorlage ist schon erledigt.');
    expect(onChanged).not.toHaveBeenCalled();
    await user.click(button('Erledigt: Wiedervorlage „Duldung läuft ab“'));
    expect(kim['followUps.markDone']).toHaveBeenLastCalledWith({ id: 'f-2' });
    expect(await screen.findByText('Die Wiedervorlage „Duldung läuft ab“ ist erledigt.')).toBeTruthy();
    expect(onChanged).toHaveBeenCalledTimes(1);
    expect(kim['followUps.listOpenForCase']).toHaveBeenCalledTimes(2);
  });

  it('creates a follow-up for the case', async () => {
    const { kim, user, onChanged } = render({
      configure: (k) => k['followUps.create'].mockResolvedValueOnce(fail('CASE_CLOSED')).mockResolvedValueOnce(ok(followUp({ id: 'f-3' }))),
    });
    await ready();
    await user.click(button('Wiedervorlage anlegen'));
    await user.type(screen.getByLabelText('Was ist zu tun?'), 'Aufenthaltstitel verlängern');
    await user.type(screen.getByLabelText('Fällig am'), '15.01.2027');
    await user.click(button('Wiedervorlage speichern'));
    expect(kim['followUps.create']).toHaveBeenCalledWith({ caseId: CASE_ID, title: 'Aufenthaltstitel verlängern', dueDate: '2027-01-15' });
    expect((await screen.findByRole('alert')).textContent).toMatch(/abgeschlossen/);
    await user.click(button('Wiedervorlage speichern'));
    expect(await screen.findByText('Die Wiedervorlage ist gespeichert.')).toBeTruthy();
    expect(onChanged).toHaveBeenCalledTimes(1);
    expect(document.activeElement).toBe(button('Wiedervorlage anlegen'));
  });

  it('is read-only for a closed case', async () => {
    render({ closed: true });
    await ready();
    expect(screen.getByText(/Dieser Fall ist abgeschlossen/)).toBeTruthy();
    expect(screen.queryAllByRole('button')).toEqual([]);
    expect(screen.getAllByRole('article')).toHaveLength(2);
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Fällig am', 'Wiedervorlage', 'Herkunft']);
  });

  it('has no axe violations, with the lists and the open forms', async () => {
    const { user } = render();
    await ready();
    expect(await axeViolations()).toEqual([]);
    await user.click(button('Kontakt erfassen'));
    await user.click(screen.getByRole('radio', { name: 'Sprechstunde' }));
    await user.click(screen.getByRole('checkbox', { name: 'Mit Sprachmittlung (Dolmetscher:in)' }));
    await user.click(button('Wiedervorlage hinzufügen'));
    await user.click(button('Wiedervorlage anlegen'));
    expect(await axeViolations()).toEqual([]);
  });
});
