import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { errorMessages } from '../../../electron/contract/errors';
import { ReferralsSection } from '../../../renderer/features/referrals/ReferralsSection';
import { TEST_TODAY } from '../testClock';
import { germanDay } from '../../../renderer/i18n/dates';
import { fail, ok } from '../fakeKim';
import { CASE_ID, PERSON_ID, axeViolations, failedReferral, jmd, jobcenter, referral, renderSection, validRelease } from './networkFixtures';

const render = (options: Parameters<typeof renderSection>[1] = {}) => renderSection(ReferralsSection, options);
const button = (name: string | RegExp) => screen.getByRole('button', { name });

async function ready() {
  await screen.findByRole('heading', { level: 4, name: jobcenter.organisation });
  await screen.findByRole('table');
}

async function fillReferral(
  user: ReturnType<typeof render>['user'],
  transfer: 'Daten an den Partner weitergeben' | 'Person nur informieren (keine Datenweitergabe)',
) {
  await user.click(button('Vermittlung anlegen'));
  expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Neue Vermittlung' }));
  await user.selectOptions(screen.getByLabelText('Partner'), jmd.id);
  await user.selectOptions(screen.getByLabelText('Lebensbereich'), 'la-housing');
  await user.type(screen.getByLabelText('Anlass'), 'Wohnungssuche');
  await user.clear(screen.getByLabelText('Datum der Vermittlung'));
  await user.type(screen.getByLabelText('Datum der Vermittlung'), '20.11.2026');
  await user.click(screen.getByRole('radio', { name: transfer }));
}

describe('ReferralsSection', () => {
  it('shows the releases and the referrals with status history, outcome and gap', async () => {
    const { kim } = render();
    await ready();
    expect(kim['releases.listForPerson']).toHaveBeenCalledWith({ personId: PERSON_ID });
    expect(kim['referrals.listForCase']).toHaveBeenCalledWith({ caseId: CASE_ID });

    const rows = within(screen.getByRole('table', { name: 'Schweigepflichtentbindungen' })).getAllByRole('row');
    // Four columns, so the table fits the case frame (issue 12): the scope under the partner, the form under the day.
    expect(
      within(rows[0]!)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Partner und Umfang', 'Erteilt', 'Gültig bis', 'Stand']);
    expect(within(rows[1]!).getByRole('rowheader').textContent).toBe(
      `${jobcenter.organisation}Antrag auf BürgergeldAngaben: Anlass der Verweisung, Anschrift und Kontaktdaten`,
    );
    expect(rows[1]!.textContent).toContain('02.10.2026');
    expect(rows[1]!.textContent).toContain('Antrag auf Bürgergeld');
    expect(rows[1]!.textContent).toContain('01.10.2027');
    expect(rows[1]!.textContent).toContain('Gültig');
    expect(rows[2]!.textContent).toContain('unbefristet');
    expect(rows[2]!.textContent).toContain('Widerrufen am 03.11.2026');
    expect(rows[2]!.textContent).not.toContain('Widerrufen, ');
    expect(within(rows[2]!).queryByRole('button')).toBeNull();

    const first = screen.getByRole('article', { name: jobcenter.organisation });
    expect(first.textContent).toContain('SGB II – Jobcenter');
    expect(first.textContent).toContain('Arbeitsvermittlung nach Sprachkurs');
    expect(first.textContent).toContain('04.11.2026');
    expect(first.textContent).toContain('Ja, mit Schweigepflichtentbindung');
    expect(
      within(first)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([expect.stringMatching(/^04\.11\.2026, 09:15: Vorgeschlagen/), expect.stringMatching(/^05\.11\.2026, 13:30: Vermittelt – Termin angefragt/)]);
    const failed = screen.getByRole('article', { name: failedReferral.partnerName });
    expect(failed.textContent).toContain('Keine Kapazität bis Frühjahr');
    expect(failed.textContent).toContain('Lücke im HilfesystemWarteliste');
    expect(failed.textContent).toContain('Nein, die Person wurde nur informiert');
    expect(within(failed).queryByRole('button')).toBeNull();
  });

  it('saves the referral sheet a valid release allows, for its partner', async () => {
    const { user, kim } = render({
      configure: (k) =>
        k['documents.referralSheet'].mockResolvedValue(ok({ fileName: 'Uebergabebogen_2026-0001_2026-11-21.pdf', bytes: new Uint8Array([37, 80, 68, 70]) })),
    });
    await ready();
    const rows = within(screen.getByRole('table', { name: 'Schweigepflichtentbindungen' })).getAllByRole('row');
    // Only the valid release offers it; the revoked one does not.
    expect(within(rows[2]!).queryByRole('button')).toBeNull();
    await user.click(within(rows[1]!).getByRole('button', { name: `Übergabebogen für ${jobcenter.organisation} als PDF speichern` }));
    expect(kim['documents.referralSheet']).toHaveBeenCalledWith({ personId: PERSON_ID, partnerId: validRelease.partnerId });
    expect((await within(rows[1]!).findByRole('status')).textContent).toContain('Uebergabebogen_2026-0001_2026-11-21.pdf');
  });

  it('records a release from professional secrecy', async () => {
    const { kim, user, onChanged } = render({ configure: (k) => k['releases.create'].mockResolvedValue(ok(validRelease)) });
    await ready();
    await user.click(button('Schweigepflichtentbindung erfassen'));
    const form = screen.getByRole('form', { name: 'Schweigepflichtentbindung erfassen' });
    // inactive partners are not offered
    expect(within(form).queryByRole('option', { name: 'Alte Beratungsstelle' })).toBeNull();
    expect(within(form).getByLabelText<HTMLInputElement>('Erteilt am').value).toBe(germanDay(TEST_TODAY));
    expect(within(form).getByRole<HTMLButtonElement>('button', { name: 'Schweigepflichtentbindung speichern' }).disabled).toBe(true);
    await user.selectOptions(within(form).getByLabelText('Partner'), jobcenter.id);
    await user.clear(within(form).getByLabelText('Erteilt am'));
    await user.type(within(form).getByLabelText('Erteilt am'), '01.11.2026');
    await user.type(within(form).getByLabelText('Umfang'), 'Antrag auf Bürgergeld');
    await user.click(within(form).getByRole('radio', { name: 'mündlich' }));
    await user.type(within(form).getByLabelText('Gültig bis (optional)'), '31.05.2027');
    // Nothing ticked: not yet complete, and the form says what is missing.
    const save = within(form).getByRole<HTMLButtonElement>('button', { name: 'Schweigepflichtentbindung speichern' });
    expect(save.disabled).toBe(true);
    expect(form.textContent).toContain('Bitte kreuzen Sie an, welche Angaben an den Partner gehen dürfen.');

    // The kinds of data: a fieldset with its legend, one checkbox each, in German, ticked by keyboard.
    const kinds = within(form).getByRole('group', { name: 'Welche Angaben dürfen an den Partner gehen?' });
    expect(kinds.tagName).toBe('FIELDSET');
    expect(
      within(kinds)
        .getAllByRole('checkbox')
        .map((box) => (box.closest('label') as HTMLElement).textContent),
    ).toEqual([
      'Anlass der Verweisung',
      'Geschlecht und Staatsangehörigkeit',
      'Anschrift und Kontaktdaten',
      'Unterbringung',
      'Aufenthaltsstatus',
      'Sprachen und Sprachmittlung',
      'Lebenslage aus dem Assessment, ohne Gesundheit',
      'Gesundheit',
      'Ziele und vereinbarte Schritte',
    ]);
    within(kinds).getByRole('checkbox', { name: 'Sprachen und Sprachmittlung' }).focus();
    await user.keyboard(' ');
    within(kinds).getByRole('checkbox', { name: 'Anlass der Verweisung' }).focus();
    await user.keyboard(' ');
    await user.click(within(kinds).getByRole('checkbox', { name: 'Gesundheit' }));
    await user.click(within(kinds).getByRole('checkbox', { name: 'Gesundheit' }));
    expect(within(kinds).getByRole<HTMLInputElement>('checkbox', { name: 'Gesundheit' }).checked).toBe(false);
    expect(within(kinds).getByRole<HTMLInputElement>('checkbox', { name: 'Sprachen und Sprachmittlung' }).checked).toBe(true);
    expect(save.disabled).toBe(false);
    await user.click(save);

    expect(kim['releases.create']).toHaveBeenCalledWith({
      personId: PERSON_ID,
      partnerId: jobcenter.id,
      givenAt: '2026-11-01',
      // In the list's order, not the order they were ticked in.
      dataKinds: ['anlass', 'sprache'],
      scope: 'Antrag auf Bürgergeld',
      form: 'muendlich',
      validUntil: '2027-05-31',
    });
    expect(await screen.findByText('Die Schweigepflichtentbindung ist gespeichert.')).toBeTruthy();
    expect(onChanged).toHaveBeenCalledTimes(1);
    expect(kim['releases.listForPerson']).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole('form', { name: 'Schweigepflichtentbindung erfassen' })).toBeNull();
    expect(document.activeElement).toBe(button('Schweigepflichtentbindung erfassen'));
  });

  it('shows the German error of a refused release', async () => {
    const { user, onChanged } = render({ configure: (k) => k['releases.create'].mockResolvedValue(fail('RELEASE_VALID_UNTIL_BEFORE_GIVEN')) });
    await ready();
    await user.click(button('Schweigepflichtentbindung erfassen'));
    await user.selectOptions(screen.getByLabelText('Partner'), jobcenter.id);
    await user.type(screen.getByLabelText('Umfang'), 'Alles');
    await user.click(screen.getByRole('checkbox', { name: 'Anlass der Verweisung' }));
    await user.click(screen.getByRole('radio', { name: 'schriftlich' }));
    await user.type(screen.getByLabelText('Gültig bis (optional)'), '01.01.2020{Enter}');
    expect((await screen.findByRole('alert')).textContent).toContain('Das Datum „gültig bis“ liegt vor dem Datum');
    expect(onChanged).not.toHaveBeenCalled();
  });

  it('revokes a release with a date, and shows a refusal', async () => {
    const { kim, user, onChanged } = render({
      configure: (k) =>
        k['releases.revoke']
          .mockResolvedValueOnce(fail('RELEASE_REVOKED_BEFORE_GIVEN'))
          .mockResolvedValueOnce(ok({ ...validRelease, revokedAt: '2026-11-15', state: 'widerrufen', stateLabel: 'Widerrufen' })),
    });
    await ready();
    await user.click(button('Widerrufen: Schweigepflichtentbindung für Jobcenter Kreis Mettmann'));
    const date = screen.getByLabelText('Widerrufen am');
    await user.clear(date);
    await user.type(date, '01.01.2026{Enter}');
    expect(kim['releases.revoke']).toHaveBeenLastCalledWith({ id: validRelease.id, revokedAt: '2026-01-01' });
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Der Widerruf liegt vor dem Datum, an dem die Schweigepflichtentbindung erteilt wurde. Bitte prüfen Sie das Datum.',
    );
    await user.clear(date);
    await user.type(date, '15.11.2026');
    await user.click(button('Widerruf speichern'));
    expect(kim['releases.revoke']).toHaveBeenLastCalledWith({ id: validRelease.id, revokedAt: '2026-11-15' });
    expect(await screen.findByText('Der Widerruf ist gespeichert.')).toBeTruthy();
    expect(onChanged).toHaveBeenCalledTimes(1);
  });

  it('creates a referral that only informs the person', async () => {
    const { kim, user, onChanged } = render({ configure: (k) => k['referrals.create'].mockResolvedValue(ok(failedReferral)) });
    await ready();
    await fillReferral(user, 'Person nur informieren (keine Datenweitergabe)');
    // life areas in their configured order, inactive ones left out
    expect(
      within(screen.getByLabelText('Lebensbereich'))
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Bitte wählen', 'Wohnen', 'Ausbildung und Arbeit']);
    await user.click(button('Vermittlung speichern'));
    expect(kim['referrals.create']).toHaveBeenCalledWith({
      caseId: CASE_ID,
      partnerId: jmd.id,
      lifeAreaId: 'la-housing',
      reason: 'Wohnungssuche',
      date: '2026-11-20',
      dataTransfer: false,
    });
    expect(await screen.findByText('Die Vermittlung ist gespeichert.')).toBeTruthy();
    expect(onChanged).toHaveBeenCalledTimes(1);
    expect(kim['referrals.listForCase']).toHaveBeenCalledTimes(2);
  });

  it('on RELEASE_REQUIRED shows the message and continues without data transfer', async () => {
    const { kim, user, onChanged } = render({
      configure: (k) => k['referrals.create'].mockResolvedValueOnce(fail('RELEASE_REQUIRED')).mockResolvedValueOnce(ok(failedReferral)),
    });
    await ready();
    await fillReferral(user, 'Daten an den Partner weitergeben');
    expect(screen.getByText(/Für Jugendmigrationsdienst Ratingen ist heute keine gültige Schweigepflichtentbindung erfasst\./)).toBeTruthy();
    await user.click(button('Vermittlung speichern'));
    expect(kim['referrals.create']).toHaveBeenLastCalledWith(expect.objectContaining({ dataTransfer: true, partnerId: jmd.id }));
    expect((await screen.findByRole('alert')).textContent).toContain('Für diesen Partner liegt keine gültige Schweigepflichtentbindung vor.');
    expect(screen.getByRole('group', { name: 'Wie möchten Sie weitermachen?' })).toBeTruthy();
    expect(onChanged).not.toHaveBeenCalled();

    await user.click(button('Ohne Datenweitergabe speichern'));
    expect(kim['referrals.create']).toHaveBeenCalledTimes(2);
    expect(kim['referrals.create']).toHaveBeenLastCalledWith({
      caseId: CASE_ID,
      partnerId: jmd.id,
      lifeAreaId: 'la-housing',
      reason: 'Wohnungssuche',
      date: '2026-11-20',
      dataTransfer: false,
    });
    expect(await screen.findByText('Die Vermittlung ist gespeichert.')).toBeTruthy();
    expect(onChanged).toHaveBeenCalledTimes(1);
  });

  it('on RELEASE_REQUIRED records the release right there, prefilled with the partner, then saves with data transfer', async () => {
    const { kim, user, onChanged } = render({
      configure: (k) => {
        k['referrals.create'].mockResolvedValueOnce(fail('RELEASE_REQUIRED')).mockResolvedValueOnce(ok(referral));
        k['releases.create'].mockResolvedValue(ok({ ...validRelease, partnerId: jmd.id }));
      },
    });
    await ready();
    await fillReferral(user, 'Daten an den Partner weitergeben');
    await user.click(button('Vermittlung speichern'));
    await user.click(await screen.findByRole('button', { name: 'Schweigepflichtentbindung jetzt erfassen' }));

    const form = screen.getByRole('form', { name: `Schweigepflichtentbindung für ${jmd.organisation} erfassen` });
    expect(within(form).getByLabelText<HTMLSelectElement>('Partner').value).toBe(jmd.id);
    expect(button('Vermittlung speichern')).toHaveProperty('disabled', true);
    await user.type(within(form).getByLabelText('Umfang'), 'Wohnungssuche');
    await user.click(within(form).getByRole('checkbox', { name: 'Unterbringung' }));
    await user.click(within(form).getByRole('checkbox', { name: 'Anlass der Verweisung' }));
    await user.click(within(form).getByRole('radio', { name: 'schriftlich' }));
    await user.click(within(form).getByRole('button', { name: 'Schweigepflichtentbindung speichern' }));
    expect(kim['releases.create']).toHaveBeenCalledWith({
      personId: PERSON_ID,
      partnerId: jmd.id,
      givenAt: TEST_TODAY,
      dataKinds: ['anlass', 'unterbringung'],
      scope: 'Wohnungssuche',
      form: 'schriftlich',
      validUntil: null,
    });
    expect(await screen.findByText('Die Schweigepflichtentbindung ist gespeichert. Bitte speichern Sie jetzt die Vermittlung.')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(onChanged).toHaveBeenCalledTimes(1);

    await user.click(button('Vermittlung speichern'));
    expect(kim['referrals.create']).toHaveBeenLastCalledWith(expect.objectContaining({ dataTransfer: true, partnerId: jmd.id }));
    expect(await screen.findByText('Die Vermittlung ist gespeichert.')).toBeTruthy();
    expect(onChanged).toHaveBeenCalledTimes(2);
  });

  it('changes the status to one of the allowed next ones, with the structural gap when it failed', async () => {
    const updated = {
      ...referral,
      status: 'abgelehnt' as const,
      statusLabel: 'Abgelehnt',
      nextStatuses: [],
      structuralGap: 'kein_platz' as const,
      structuralGapLabel: 'Kein Platz',
    };
    const { kim, user, onChanged } = render({ configure: (k) => k['referrals.setStatus'].mockResolvedValue(ok(updated)) });
    await ready();
    await user.click(button('Status ändern: Vermittlung an Jobcenter Kreis Mettmann'));
    const form = screen.getByRole('form', { name: 'Status ändern: Vermittlung an Jobcenter Kreis Mettmann' });
    const statusGroup = within(form).getByRole('group', { name: 'Neuer Status' });
    expect(
      within(statusGroup)
        .getAllByRole('radio')
        .map((r) => r.parentElement?.textContent),
    ).toEqual(['Termin vereinbart', 'Angenommen', 'Abgelehnt', 'Abgebrochen']);
    expect(document.activeElement).toBe(within(statusGroup).getAllByRole('radio')[0]);
    await user.click(within(form).getByRole('radio', { name: 'Termin vereinbart' }));
    expect(within(form).queryByRole('group', { name: 'Lücke im Hilfesystem (optional)' })).toBeNull();
    await user.click(within(form).getByRole('radio', { name: 'Abgelehnt' }));
    const gap = within(form).getByRole('group', { name: 'Lücke im Hilfesystem (optional)' });
    expect(gap.textContent).toContain('hilft der Koordinierung');
    expect(
      within(gap)
        .getAllByRole('radio')
        .map((r) => r.parentElement?.textContent),
    ).toEqual(['Kein Platz', 'Warteliste', 'Keine Sprachmittlung', 'Nicht zuständig', 'Sonstige Lücke', 'Keine Angabe']);
    await user.click(within(gap).getByRole('radio', { name: 'Kein Platz' }));
    await user.type(within(form).getByLabelText('Notiz (optional)'), 'Telefonisch abgesagt');
    await user.type(within(form).getByLabelText('Ergebnis (optional)'), 'Keine Plätze im Maßnahmeträger');
    await user.click(within(form).getByRole('button', { name: 'Status speichern' }));
    expect(kim['referrals.setStatus']).toHaveBeenCalledWith({
      id: referral.id,
      status: 'abgelehnt',
      note: 'Telefonisch abgesagt',
      outcome: 'Keine Plätze im Maßnahmeträger',
      structuralGap: 'kein_platz',
    });
    expect(await screen.findByText('Der Status ist gespeichert.')).toBeTruthy();
    expect(onChanged).toHaveBeenCalledTimes(1);
    const card = screen.getByRole('article', { name: jobcenter.organisation });
    expect(card.textContent).toContain('Kein Platz');
    expect(within(card).queryByRole('button')).toBeNull();
  });

  it('sends no gap for a status that is not a failure, and shows a refusal', async () => {
    const { kim, user, onChanged } = render({ configure: (k) => k['referrals.setStatus'].mockResolvedValue(fail('REFERRAL_STATUS_NOT_ALLOWED')) });
    await ready();
    await user.click(button('Status ändern: Vermittlung an Jobcenter Kreis Mettmann'));
    await user.click(screen.getByRole('radio', { name: 'Angenommen' }));
    await user.click(button('Status speichern'));
    expect(kim['referrals.setStatus']).toHaveBeenCalledWith({ id: referral.id, status: 'angenommen', note: null });
    expect((await screen.findByRole('alert')).textContent).toBe('Dieser Statuswechsel ist für die Vermittlung nicht möglich.');
    expect(onChanged).not.toHaveBeenCalled();
  });

  it('is read-only for a closed case, except that a valid release can still be withdrawn (Art. 7 Abs. 3 DSGVO)', async () => {
    const { user } = render({ closed: true });
    await ready();
    expect(screen.getByText(/Dieser Fall ist abgeschlossen/)).toBeTruthy();
    expect(screen.queryAllByRole('button').map((b) => b.getAttribute('aria-label') ?? b.textContent)).toEqual([
      `Widerrufen: Schweigepflichtentbindung für ${jobcenter.organisation}`,
    ]);
    await user.click(screen.getByRole('button', { name: `Widerrufen: Schweigepflichtentbindung für ${jobcenter.organisation}` }));
    expect(screen.getByLabelText('Widerrufen am', { exact: false })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Widerruf speichern' })).toBeTruthy();
    expect(screen.getByRole('article', { name: jobcenter.organisation }).textContent).toContain('Vermittelt');
  });

  it('shows a failed load in German', async () => {
    render({ configure: (k) => k['referrals.listForCase'].mockResolvedValue(fail('CASE_NOT_FOUND')) });
    expect((await screen.findByRole('alert')).textContent).toBe(errorMessages.CASE_NOT_FOUND);
  });

  it('has no axe violations, with the lists, the referral form and the release-required choice', async () => {
    const { user } = render({ configure: (k) => k['referrals.create'].mockResolvedValue(fail('RELEASE_REQUIRED')) });
    await ready();
    expect(await axeViolations()).toEqual([]);
    await fillReferral(user, 'Daten an den Partner weitergeben');
    await user.click(button('Vermittlung speichern'));
    await user.click(await screen.findByRole('button', { name: 'Schweigepflichtentbindung jetzt erfassen' }));
    await user.click(button('Status ändern: Vermittlung an Jobcenter Kreis Mettmann'));
    await user.click(screen.getByRole('radio', { name: 'Abgebrochen' }));
    await user.click(button('Widerrufen: Schweigepflichtentbindung für Jobcenter Kreis Mettmann'));
    expect(await axeViolations()).toEqual([]);
  });
});

describe('nothing typed is lost in the Vermittlungen', () => {
  it('opens the referral and the release forms with their drafts, kept by case and by person', async () => {
    const savedAt = new Date(2026, 10, 21, 13, 50).toISOString();
    const drafts: Record<string, Record<string, unknown>> = {
      [`referral:new:${CASE_ID}`]: { partnerId: jmd.id, reason: 'Vor dem Sperren: Wohnungssuche', date: '2026-11-20', transfer: 'nein' },
      [`release:new:${PERSON_ID}`]: { partnerId: jobcenter.id, scope: 'Antrag auf Bürgergeld', givenAt: '2026-11-01', dataKinds: ['kontakt', 'ziele'] },
    };
    render({
      configure: (k) =>
        k['drafts.load'].mockImplementation(async ({ key }) => ok(drafts[key] ? { key, fields: JSON.stringify(drafts[key]), route: '{}', savedAt } : null)),
    });
    const referralForm = await screen.findByRole('form', { name: 'Neue Vermittlung' });
    await waitFor(() => expect(within(referralForm).getByLabelText<HTMLTextAreaElement>('Anlass').value).toBe('Vor dem Sperren: Wohnungssuche'));
    await waitFor(() => expect(within(referralForm).getByLabelText<HTMLInputElement>('Datum der Vermittlung').value).toBe('20.11.2026'));
    const releaseForm = await screen.findByRole('form', { name: 'Schweigepflichtentbindung erfassen' });
    await waitFor(() => expect(within(releaseForm).getByLabelText<HTMLTextAreaElement>('Umfang').value).toBe('Antrag auf Bürgergeld'));
    await waitFor(() => expect(within(releaseForm).getByLabelText<HTMLInputElement>('Erteilt am').value).toBe('01.11.2026'));
    const ticked = within(releaseForm)
      .getAllByRole<HTMLInputElement>('checkbox')
      .filter((box) => box.checked)
      .map((box) => (box.closest('label') as HTMLElement).textContent);
    expect(ticked).toEqual(['Anschrift und Kontaktdaten', 'Ziele und vereinbarte Schritte']);
  });
});
