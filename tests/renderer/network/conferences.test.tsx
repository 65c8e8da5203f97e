import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Input } from '../../../electron/contract';
import { ConferencesSection } from '../../../renderer/features/conferences/ConferencesSection';
import { answerLeaving, useNavigation } from '../../../renderer/features/frame/navigation';
import { TEST_TODAY } from '../testClock';
import { fail, ok, type FakeKim } from '../fakeKim';
import { CASE_ID, axeViolations, conference, jmd, jobcenter, partners, renderSection } from './networkFixtures';

const render = (options: Parameters<typeof renderSection>[1] = {}) => renderSection(ConferencesSection, options);
const button = (name: string | RegExp) => screen.getByRole('button', { name });

/** The Jobcenter has a release, the JMD has none. */
function answerChecks(kim: FakeKim) {
  kim['caseConferences.checkReleases'].mockImplementation(async (input: Input<'caseConferences.checkReleases'>) => {
    const found = input.partnerIds.map((id) => {
      const partner = partners.find((p) => p.id === id)!;
      const has = id === jobcenter.id;
      return { partnerId: id, organisation: partner.organisation, ok: has, releaseId: has ? 'r-1' : null };
    });
    return ok({ date: input.date, allOk: found.every((p) => p.ok), partners: found });
  });
}

async function openForm(user: ReturnType<typeof render>['user']) {
  await screen.findByRole('article');
  await user.click(button('Fallkonferenz erfassen'));
  expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Neue Fallkonferenz' }));
  return screen.getByRole('form', { name: 'Neue Fallkonferenz' });
}

describe('ConferencesSection', () => {
  it('shows the conferences with participants, results and agreed actions', async () => {
    const { kim } = render();
    const article = await screen.findByRole('article', { name: 'Fallkonferenz am 12.11.2026' });
    expect(kim['caseConferences.listForCase']).toHaveBeenCalledWith({ caseId: CASE_ID });
    expect(article.textContent).toContain('Person anwesendJa');
    expect(article.textContent).toContain('Jobcenter Kreis Mettmann (SGB II – Jobcenter), Herr Kaya');
    expect(article.textContent).toContain('Ausbildungsplatz');
    expect(article.textContent).toContain('Bewerbung bis Dezember');
    expect(article.textContent).toContain('Bewerbungsunterlagen prüfen – fällig am 01.12.2026');
  });

  it('checks the releases whenever the participants change, blocks saving while one is missing and points to Vermittlungen', async () => {
    const { kim, user } = render({ configure: answerChecks });
    const form = await openForm(user);
    const participants = within(form).getByRole('group', { name: 'Teilnehmende Partner' });
    expect(
      within(participants)
        .getAllByRole('checkbox')
        .map((c) => c.parentElement?.textContent),
    ).toEqual([`${jobcenter.organisation} (${jobcenter.legalAreaLabel})`, `${jmd.organisation} (${jmd.legalAreaLabel})`]);
    await user.click(within(form).getByRole('radio', { name: 'Nein' }));
    await user.click(within(participants).getByRole('checkbox', { name: /Jobcenter/ }));
    expect(kim['caseConferences.checkReleases']).toHaveBeenLastCalledWith({ caseId: CASE_ID, date: TEST_TODAY, partnerIds: [jobcenter.id] });
    expect(await within(form).findByText('Jobcenter Kreis Mettmann: gültige Schweigepflichtentbindung liegt vor.')).toBeTruthy();

    await user.click(within(participants).getByRole('checkbox', { name: /Jugendmigrationsdienst/ }));
    expect(kim['caseConferences.checkReleases']).toHaveBeenLastCalledWith({ caseId: CASE_ID, date: TEST_TODAY, partnerIds: [jobcenter.id, jmd.id] });
    const today = TEST_TODAY.split('-').reverse().join('.');
    expect(await within(form).findByText(`Jugendmigrationsdienst Ratingen: keine gültige Schweigepflichtentbindung am ${today}.`)).toBeTruthy();
    expect(within(form).getByRole('alert').textContent).toContain('darf dieser Partner nicht an der Fallkonferenz teilnehmen');
    const save = within(form).getByRole<HTMLButtonElement>('button', { name: 'Fallkonferenz speichern' });
    expect(save.disabled).toBe(true);
    expect(form.textContent).toContain('Für mindestens einen Partner fehlt eine gültige Schweigepflichtentbindung.');
    await user.click(save);
    expect(kim['caseConferences.create']).not.toHaveBeenCalled();

    // the date counts too
    const date = within(form).getByLabelText('Datum');
    await user.clear(date);
    await user.type(date, '02.11.2026');
    await waitFor(() =>
      expect(kim['caseConferences.checkReleases']).toHaveBeenLastCalledWith({ caseId: CASE_ID, date: '2026-11-02', partnerIds: [jobcenter.id, jmd.id] }),
    );

    await user.click(within(form).getByRole('button', { name: 'Zu den Vermittlungen (Schweigepflichtentbindung erfassen)' }));
    // The form holds typed input (a draft): leaving asks first; keeping the draft goes on.
    expect(useNavigation.getState().leaving).toEqual({ page: 'cases', view: 'case', caseId: CASE_ID, section: 'referrals' });
    act(() => answerLeaving('keep'));
    expect(useNavigation.getState().route).toEqual({ page: 'cases', view: 'case', caseId: CASE_ID, section: 'referrals' });
  });

  it('saves a conference once every partner has a release, checking again right before', async () => {
    const { kim, user, onChanged } = render({
      configure: (k) => {
        answerChecks(k);
        k['caseConferences.create'].mockResolvedValue(ok(conference));
      },
    });
    const form = await openForm(user);
    await user.clear(within(form).getByLabelText('Datum'));
    await user.type(within(form).getByLabelText('Datum'), '12.11.2026');
    await user.click(within(form).getByRole('checkbox', { name: /Jugendmigrationsdienst/ }));
    await user.click(within(form).getByRole('checkbox', { name: /Jobcenter/ }));
    await within(form).findByText(/Jugendmigrationsdienst Ratingen: keine gültige/);
    await user.click(within(form).getByRole('checkbox', { name: /Jugendmigrationsdienst/ }));
    await waitFor(() => expect(within(form).queryByText(/Jugendmigrationsdienst Ratingen: keine gültige/)).toBeNull());
    expect(within(form).queryByLabelText('Ansprechperson bei Jugendmigrationsdienst Ratingen (optional)')).toBeNull();
    await user.type(within(form).getByLabelText('Ansprechperson bei Jobcenter Kreis Mettmann (optional)'), 'Herr Kaya');
    await user.click(within(form).getByRole('radio', { name: 'Ja' }));
    await user.type(within(form).getByLabelText('Tagesordnung (optional)'), 'Ausbildungsplatz');
    await user.type(within(form).getByLabelText('Ergebnisse (optional)'), 'Bewerbung bis Dezember');
    await user.click(within(form).getByRole('button', { name: 'Schritt hinzufügen' }));
    await user.type(within(form).getByLabelText('Schritt 1: Was ist zu tun?'), 'Bewerbungsunterlagen prüfen');
    await user.type(within(form).getByLabelText('Schritt 1: fällig am'), '01.12.2026');
    await user.click(within(form).getByRole('button', { name: 'Schritt hinzufügen' }));
    await user.type(within(form).getByLabelText('Schritt 2: Was ist zu tun?'), 'Termin beim Jobcenter');
    await user.type(within(form).getByLabelText('Schritt 2: fällig am'), '10.12.2026');
    const checksBefore = kim['caseConferences.checkReleases'].mock.calls.length;
    await user.click(within(form).getByRole('button', { name: 'Fallkonferenz speichern' }));

    expect(kim['caseConferences.checkReleases'].mock.calls.length).toBe(checksBefore + 1);
    expect(kim['caseConferences.create']).toHaveBeenCalledWith({
      caseId: CASE_ID,
      date: '2026-11-12',
      clientPresent: true,
      participants: [{ partnerId: jobcenter.id, contactPerson: 'Herr Kaya' }],
      agenda: 'Ausbildungsplatz',
      results: 'Bewerbung bis Dezember',
      actions: [
        { title: 'Bewerbungsunterlagen prüfen', dueDate: '2026-12-01' },
        { title: 'Termin beim Jobcenter', dueDate: '2026-12-10' },
      ],
    });
    expect(await screen.findByText('Die Fallkonferenz ist gespeichert.')).toBeTruthy();
    expect(onChanged).toHaveBeenCalledTimes(1);
    expect(kim['caseConferences.listForCase']).toHaveBeenCalledTimes(2);
    expect(document.activeElement).toBe(button('Fallkonferenz erfassen'));
  });

  it('shows the refusal of the main process when a release is missing after all', async () => {
    const { kim, user, onChanged } = render({
      configure: (k) => {
        answerChecks(k);
        k['caseConferences.create'].mockResolvedValue(fail('CONFERENCE_RELEASE_MISSING'));
      },
    });
    const form = await openForm(user);
    await user.click(within(form).getByRole('checkbox', { name: /Jobcenter/ }));
    await user.click(within(form).getByRole('radio', { name: 'Nein' }));
    await within(form).findByText(/gültige Schweigepflichtentbindung liegt vor/);
    await user.type(within(form).getByLabelText('Tagesordnung (optional)'), 'Kurz{Enter}');
    await user.click(within(form).getByRole('button', { name: 'Fallkonferenz speichern' }));
    expect(kim['caseConferences.create']).toHaveBeenCalledWith(expect.objectContaining({ clientPresent: false, agenda: 'Kurz', results: null, actions: [] }));
    expect(
      (await within(form).findAllByRole('alert')).some((a) =>
        a.textContent?.startsWith('Für mindestens einen Partner der Fallkonferenz liegt keine gültige Schweigepflichtentbindung vor.'),
      ),
    ).toBe(true);
    expect(onChanged).not.toHaveBeenCalled();
  });

  it('is read-only for a closed case', async () => {
    render({ closed: true });
    await screen.findByRole('article');
    expect(screen.getByText(/Dieser Fall ist abgeschlossen/)).toBeTruthy();
    expect(screen.queryAllByRole('button')).toEqual([]);
  });

  it('has no axe violations, with the list and the form showing a missing release', async () => {
    const { user } = render({ configure: answerChecks });
    const form = await openForm(user);
    expect(await axeViolations()).toEqual([]);
    await user.click(within(form).getByRole('checkbox', { name: /Jobcenter/ }));
    await user.click(within(form).getByRole('checkbox', { name: /Jugendmigrationsdienst/ }));
    await within(form).findByText(/keine gültige Schweigepflichtentbindung am/);
    await user.click(within(form).getByRole('button', { name: 'Schritt hinzufügen' }));
    expect(await axeViolations()).toEqual([]);
  });

  it('corrects a recorded conference with the same form: prefilled, saved as an update, earlier versions folded below (issue 12)', async () => {
    const corrected = { ...conference, agenda: 'Ausbildungsplatz und Sprachkurs' };
    const { kim, user, onChanged } = render({
      configure: (k) => {
        answerChecks(k);
        k['caseConferences.update'].mockResolvedValue(ok(corrected));
        k['versions.list'].mockResolvedValue(
          ok([
            {
              version: 1,
              changedAt: new Date(2026, 10, 20, 9, 15).toISOString(),
              changedBy: 'Aylin Demir',
              before: { date: '2026-11-12', clientPresent: true, agenda: 'Ausbildung', results: null, participants: [] },
            },
          ]),
        );
      },
    });
    const article = await screen.findByRole('article', { name: 'Fallkonferenz am 12.11.2026' });
    expect(await within(article).findByText('Frühere Fassung (1)')).toBeTruthy();
    expect(kim['versions.list']).toHaveBeenCalledWith({ kind: 'case_conference', recordId: conference.id });
    await user.click(within(article).getByRole('button', { name: 'Fallkonferenz am 12.11.2026 bearbeiten' }));
    const form = screen.getByRole('form', { name: 'Fallkonferenz am 12.11.2026 bearbeiten' });
    expect(within(form).getByLabelText<HTMLInputElement>('Datum').value).toBe('12.11.2026');
    expect(within(form).getByLabelText<HTMLInputElement>('Jobcenter Kreis Mettmann (SGB II – Jobcenter)').checked).toBe(true);
    expect(within(form).getByLabelText<HTMLInputElement>('Ansprechperson bei Jobcenter Kreis Mettmann (optional)').value).toBe('Herr Kaya');
    // The agreed actions are Wiedervorlagen by now: not part of the correction.
    expect(within(form).queryByRole('group', { name: /Vereinbarte Schritte/ })).toBeNull();
    const agenda = within(form).getByLabelText('Tagesordnung (optional)');
    await user.clear(agenda);
    await user.type(agenda, 'Ausbildungsplatz und Sprachkurs');
    await waitFor(() => expect(within(form).getByRole<HTMLButtonElement>('button', { name: 'Änderungen speichern' }).disabled).toBe(false));
    expect(await axeViolations()).toEqual([]);
    await user.click(within(form).getByRole('button', { name: 'Änderungen speichern' }));
    expect(kim['caseConferences.update']).toHaveBeenCalledWith({
      id: conference.id,
      date: '2026-11-12',
      clientPresent: true,
      participants: [{ partnerId: jobcenter.id, contactPerson: 'Herr Kaya' }],
      agenda: 'Ausbildungsplatz und Sprachkurs',
      results: 'Bewerbung bis Dezember',
    });
    expect(kim['caseConferences.create']).not.toHaveBeenCalled();
    expect(await screen.findByText(/Die Änderungen an der Fallkonferenz sind gespeichert/)).toBeTruthy();
    expect(onChanged).toHaveBeenCalled();
  });

  it('offers no Bearbeiten on a closed case', async () => {
    render({ closed: true });
    await screen.findByRole('article', { name: 'Fallkonferenz am 12.11.2026' });
    expect(screen.queryByRole('button', { name: /bearbeiten$/ })).toBeNull();
  });
});
