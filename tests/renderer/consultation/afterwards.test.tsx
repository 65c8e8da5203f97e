/** A Sprechstunde recorded afterwards from paper notes (issue 12): day, start and end; contacts at their time in the hour; closed with its end. */
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ContactView } from '../../../electron/contract/areas/network';
import { fail, ok } from '../fakeKim';
import { axeViolations, emptySummary, personDetailWith, renderConsultation, session } from './consultationFixtures';

beforeEach(() => {
  document.documentElement.lang = 'de';
  document.title = 'KIM Fallakte';
});

// The test clock stands at 21.11.2026 14:05 (local); the hour on paper was the day before.
const past = { ...session, startedAt: '2026-11-20T14:00:00', afterwards: true };

async function startAfterwards(user: ReturnType<typeof renderConsultation>['user'], times = { day: '20.11.2026', start: '14:00', end: '16:00' }) {
  await user.click(await screen.findByRole('button', { name: 'Sprechstunde nachtragen' }));
  const form = screen.getByRole('form', { name: 'Sprechstunde nachtragen' });
  await user.selectOptions(within(form).getByRole('combobox', { name: 'Ort der Sprechstunde' }), 'GU Am Bahnhof (Kreisstadt)');
  await user.type(within(form).getByLabelText('Tag der Sprechstunde'), times.day);
  await user.type(within(form).getByLabelText('Beginn'), times.start);
  await user.type(within(form).getByLabelText('Ende'), times.end);
  return form;
}

describe('Sprechstunde nachtragen', { timeout: 30_000 }, () => {
  it('starts an hour in the past with its day and hours; the status line says so and there is no waiting list', async () => {
    const { kim, user } = renderConsultation({ running: false, configure: (kim) => kim['sessions.start'].mockResolvedValue(ok(past)) });
    const form = await startAfterwards(user);
    expect(await axeViolations()).toEqual([]);
    await user.click(within(form).getByRole('button', { name: 'Nachtragen beginnen' }));
    expect(kim['sessions.start']).toHaveBeenCalledWith({ locationId: 'loc1', startedAt: '2026-11-20T14:00' });
    await screen.findByRole('combobox', { name: 'Name, Fallnummer oder Geburtsdatum' });
    expect(screen.getByText(/^GU Am Bahnhof \(Kreisstadt\) · nachgetragen: 20\.11\.2026, 14:00–16:00 Uhr · 0 Kontakte/)).toBeTruthy();
    expect(screen.queryByText(/warten$/)).toBeNull();
    expect(screen.queryByRole('region', { name: /Warteliste/ })).toBeNull();
  });

  it('checks day and hours before sending: the end after the start, the hour over', async () => {
    const { kim, user } = renderConsultation({ running: false, configure: (kim) => kim['sessions.start'].mockResolvedValue(fail('SESSION_ALREADY_RUNNING')) });
    let form = await startAfterwards(user, { day: '20.11.2026', start: '16:00', end: '15:00' });
    const submit = () => within(form).getByRole<HTMLButtonElement>('button', { name: 'Nachtragen beginnen' });
    expect(submit().disabled).toBe(true);
    expect(form.textContent).toContain('Das Ende liegt vor dem Beginn.');
    await user.click(within(form).getByRole('button', { name: 'Abbrechen' }));
    // Today 13:00–15:00 is not over yet at 14:05.
    form = await startAfterwards(user, { day: '21.11.2026', start: '13:00', end: '15:00' });
    expect(submit().disabled).toBe(true);
    expect(form.textContent).toContain('Das Ende darf nicht nach jetzt liegen.');
    await user.clear(within(form).getByLabelText('Ende'));
    await user.type(within(form).getByLabelText('Ende'), '14:00{Enter}');
    expect(kim['sessions.start']).toHaveBeenCalledWith({ locationId: 'loc1', startedAt: '2026-11-21T13:00' });
    expect((await within(form).findByRole('alert')).textContent).toMatch(/Es läuft schon eine Sprechstunde/);
  });

  it('logs contacts at their time within the hour, the next one starting after the last; a time outside is refused in German', async () => {
    const contactAt = (at: string) => ({ id: 'k1', at: new Date(at).toISOString() }) as unknown as ContactView;
    const { kim, user } = renderConsultation({
      configure: (kim) => {
        kim['sessions.current'].mockResolvedValue(ok(past));
        kim['sessions.logContact'].mockResolvedValueOnce(ok(contactAt('2026-11-20T14:20:00')));
      },
    });
    const search = await screen.findByRole('combobox', { name: 'Name, Fallnummer oder Geburtsdatum' });
    await waitFor(() => expect(document.activeElement).toBe(search));
    await user.keyboard('Muh');
    await screen.findByRole('listbox');
    await user.keyboard('{Enter}');
    const heading = await screen.findByRole('heading', { level: 2, name: 'Kontakt: Al-Hassan, Mohammed' });
    const form = heading.parentElement!;
    expect(form.textContent).toContain('am 20.11.2026, Sprechstunde in GU Am Bahnhof');
    const time = within(form).getByLabelText<HTMLInputElement>('Uhrzeit des Kontakts');
    expect(time.value).toBe('14:00');
    await user.clear(time);
    await user.type(time, '13:30');
    expect(form.textContent).toContain('Die Uhrzeit liegt vor dem Beginn der Sprechstunde (14:00 Uhr).');
    await user.click(within(form).getByRole('button', { name: 'Kontakt speichern' }));
    expect(kim['sessions.logContact']).not.toHaveBeenCalled();
    expect(await axeViolations()).toEqual([]);
    await user.clear(time);
    await user.type(time, '14:20');
    await user.click(within(form).getByRole('checkbox', { name: /Wohnen/ }));
    await user.click(within(form).getByRole('button', { name: 'Kontakt speichern' }));
    await waitFor(() =>
      expect(kim['sessions.logContact']).toHaveBeenCalledWith({
        sessionId: 's1',
        personId: 'p1',
        caseId: 'c1',
        at: '2026-11-20T14:20',
        durationMinutes: 15,
        topics: ['la-wohnen'],
        interpreterUsed: false,
        note: null,
        followUp: null,
      }),
    );
    await screen.findByText('Der Kontakt mit Al-Hassan, Mohammed ist gespeichert.');
    // The next contact starts where this one ended.
    await user.keyboard('Muh');
    await screen.findByRole('listbox');
    await user.keyboard('{Enter}');
    expect((await screen.findByLabelText<HTMLInputElement>('Uhrzeit des Kontakts')).value).toBe('14:35');
  });

  it('is closed with its end time, prefilled only when known, not before the last contact', async () => {
    const { kim, user } = renderConsultation({
      configure: (kim) => {
        kim['sessions.current'].mockResolvedValue(ok(past));
        kim['sessions.summary'].mockResolvedValue(
          ok(
            emptySummary({
              session: past,
              contacts: [
                {
                  contactId: 'k1',
                  at: '2026-11-20T15:40:00',
                  personId: 'p1',
                  personName: 'Al-Hassan, Mohammed',
                  caseId: 'c1',
                  caseNumber: '2026-0001',
                  topics: [],
                  followUps: 0,
                },
              ],
            }),
          ),
        );
        kim['sessions.end']
          .mockResolvedValueOnce(fail('SESSION_END_BEFORE_CONTACT'))
          .mockResolvedValueOnce(ok(emptySummary({ session: { ...past, endedAt: '2026-11-20T16:00:00' } })));
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Sprechstunde beenden' }));
    const form = screen.getByRole('form', { name: 'Sprechstunde beenden' });
    const end = within(form).getByLabelText<HTMLInputElement>('Ende');
    // After a lock or restart the planned end is not known any more: it is asked again.
    expect(end.value).toBe('');
    expect(document.activeElement).toBe(end);
    expect(form.textContent).toContain('Der letzte Kontakt war um 15:40 Uhr');
    expect(await axeViolations()).toEqual([]);
    await user.type(end, '15:30{Enter}');
    expect(kim['sessions.end']).toHaveBeenCalledWith({ sessionId: 's1', endedAt: '2026-11-20T15:30' });
    expect((await within(form).findByRole('alert')).textContent).toMatch(/Das Ende liegt vor einem Kontakt/);
    await user.clear(end);
    await user.type(end, '16:00{Enter}');
    expect(kim['sessions.end']).toHaveBeenLastCalledWith({ sessionId: 's1', endedAt: '2026-11-20T16:00' });
    await screen.findByRole('heading', { level: 1, name: /Zusammenfassung/ });
  });
});

describe('the quick contact takes the interpreter from the person', { timeout: 30_000 }, () => {
  it('prefills the interpreter and its language; a known client still takes a handful of keys', async () => {
    const { kim, user } = renderConsultation({
      configure: (kim) => kim['persons.get'].mockResolvedValue(ok(personDetailWith({ interpreterNeeded: true, interpreterLanguage: 'ar' }))),
    });
    const search = await screen.findByRole('combobox', { name: 'Name, Fallnummer oder Geburtsdatum' });
    await waitFor(() => expect(document.activeElement).toBe(search));
    await user.keyboard('Muh');
    await screen.findByRole('listbox');
    await user.keyboard('{Enter}');
    const heading = await screen.findByRole('heading', { level: 2, name: 'Kontakt: Al-Hassan, Mohammed' });
    const form = heading.parentElement!;
    await waitFor(() => expect(within(form).getByRole<HTMLInputElement>('checkbox', { name: 'Dolmetscher:in dabei' }).checked).toBe(true));
    expect(kim['persons.get']).toHaveBeenCalledWith({ personId: 'p1' });
    expect(within(form).getByLabelText<HTMLInputElement>('Sprache der Sprachmittlung (optional)').value).toBe('Arabisch');
    await user.keyboard('2{Enter}');
    await waitFor(() =>
      expect(kim['sessions.logContact']).toHaveBeenCalledWith(
        expect.objectContaining({ topics: ['la-wohnen'], interpreterUsed: true, interpreterLanguage: 'Arabisch' }),
      ),
    );
  });

  it('keeps what is typed as a draft of this person in this hour and restores it; the prefilled interpreter alone is no draft', async () => {
    const KEY = 'sessionContact:s1:p1';
    const { kim, user } = renderConsultation({
      configure: (kim) => kim['persons.get'].mockResolvedValue(ok(personDetailWith({ interpreterNeeded: true, interpreterLanguage: 'ar' }))),
    });
    await screen.findByRole('combobox', { name: 'Name, Fallnummer oder Geburtsdatum' });
    await user.keyboard('Muh');
    await screen.findByRole('listbox');
    await user.keyboard('{Enter}');
    const box = await screen.findByRole<HTMLInputElement>('checkbox', { name: 'Dolmetscher:in dabei' });
    await waitFor(() => expect(box.checked).toBe(true));
    await new Promise((r) => setTimeout(r, 1200));
    expect(kim['drafts.save']).not.toHaveBeenCalled();
    await user.type(screen.getByLabelText('Notiz (optional)'), 'Kam mit Bescheid');
    await waitFor(() => expect(kim['drafts.save']).toHaveBeenCalledWith(expect.objectContaining({ key: KEY, personId: 'p1', caseId: 'c1' })));
    expect(JSON.parse(kim['drafts.save'].mock.calls.at(-1)![0].fields)).toMatchObject({ note: 'Kam mit Bescheid', interpreter: null });
  });

  it('opens a stored draft of the contact with its notice', async () => {
    const { user } = renderConsultation({
      configure: (kim) =>
        kim['drafts.load'].mockImplementation(async ({ key }) =>
          ok(
            key === 'sessionContact:s1:p1'
              ? {
                  key,
                  fields: JSON.stringify({ note: 'Vor dem Sperren geschrieben', topics: ['la-wohnen'] }),
                  route: '{}',
                  savedAt: new Date(2026, 10, 21, 13, 50).toISOString(),
                }
              : null,
          ),
        ),
    });
    await screen.findByRole('combobox', { name: 'Name, Fallnummer oder Geburtsdatum' });
    await user.keyboard('Muh');
    await screen.findByRole('listbox');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByLabelText<HTMLTextAreaElement>('Notiz (optional)').value).toBe('Vor dem Sperren geschrieben'));
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: /Wohnen/ }).checked).toBe(true);
    expect(screen.getByText('Ihr Entwurf vom 21.11.2026, 13:50 wurde wiederhergestellt.')).toBeTruthy();
  });

  it('the user can untick it; a person without the need starts unticked', async () => {
    const { kim, user } = renderConsultation({
      configure: (kim) => kim['persons.get'].mockResolvedValue(ok(personDetailWith({ interpreterNeeded: true, interpreterLanguage: null }))),
    });
    await screen.findByRole('combobox', { name: 'Name, Fallnummer oder Geburtsdatum' });
    await user.keyboard('Muh');
    await screen.findByRole('listbox');
    await user.keyboard('{Enter}');
    const box = await screen.findByRole<HTMLInputElement>('checkbox', { name: 'Dolmetscher:in dabei' });
    await waitFor(() => expect(box.checked).toBe(true));
    expect(screen.getByLabelText<HTMLInputElement>('Sprache der Sprachmittlung (optional)').value).toBe('');
    await user.click(box);
    await user.click(screen.getByRole('button', { name: 'Kontakt speichern' }));
    await waitFor(() => expect(kim['sessions.logContact']).toHaveBeenCalledWith(expect.objectContaining({ interpreterUsed: false })));
    expect(kim['sessions.logContact'].mock.calls[0]![0]).not.toHaveProperty('interpreterLanguage');
  });
});
