/**
 * The case screen of a restricted case (Art. 18 DSGVO): the banner with date and reason, no
 * close/reopen, "Einschränkung aufheben"; in Abschluss "Verarbeitung einschränken" and
 * "Einwilligung widerrufen" with date, choice and confirmation; the case list's mark. All opened
 * and sent from the keyboard.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CaseView } from '../../../electron/contract/areas/cases';
import { ok } from '../fakeKim';
import { CASE_ID, caseSummaries, caseView, openAt } from '../cases/caseFixtures';

const restrictedView: CaseView = {
  ...caseView,
  restriction: { since: '2026-11-05', reason: 'Richtigkeit der Daten bestritten', recordedBy: 'Aylin Demir' },
  dueNext: [],
};
const history = (liftedAt: string | null) => ({
  current: null,
  history: [
    {
      id: 'r1',
      caseId: CASE_ID,
      since: '2026-11-05',
      reason: 'x',
      recordedBy: 'Aylin Demir',
      recordedAt: '2026-11-05T10:00:00Z',
      liftedAt,
      liftedBy: liftedAt ? 'Aylin Demir' : null,
    },
  ],
});

describe('a restricted case', () => {
  it('shows the banner with date and reason on every section, and lifts the restriction by keyboard', async () => {
    const { kim, user } = await openAt({ page: 'cases', view: 'case', caseId: CASE_ID, section: 'overview' }, (k) => {
      k['cases.get'].mockResolvedValueOnce(ok(restrictedView)).mockResolvedValue(ok(caseView));
      k['restrictions.lift'].mockResolvedValue(ok(history('2026-11-21')));
    });
    const banner = await screen.findByRole('region', { name: 'Verarbeitung eingeschränkt' });
    expect(banner.textContent).toContain('Verarbeitung eingeschränkt seit 05.11.2026 – Grund: Richtigkeit der Daten bestritten');

    const opener = within(banner).getByRole('button', { name: 'Einschränkung aufheben' });
    expect(opener.getAttribute('aria-expanded')).toBe('false');
    opener.focus();
    await user.keyboard('{Enter}');
    expect(opener.getAttribute('aria-expanded')).toBe('true');
    const day = within(banner).getByLabelText<HTMLInputElement>('Aufgehoben am');
    // The keyboard goes on in the form: the date field has the focus; Enter sends it.
    expect(document.activeElement).toBe(day);
    expect(day.value).toBe('21.11.2026');
    // Not before the restriction began (typed German, whatever the system's locale).
    await user.clear(day);
    await user.type(day, '04.11.2026');
    expect(within(banner).getByText('Bitte geben Sie ein Datum an, nicht nach heute.') !== null).toBe(true);
    await user.clear(day);
    await user.type(day, '21.11.2026');
    await user.keyboard('{Enter}');
    expect(kim['restrictions.lift']).toHaveBeenCalledWith({ caseId: CASE_ID, liftedAt: '2026-11-21' });
    // The case is loaded again: no banner any more.
    await screen.findByRole('heading', { level: 1, name: 'Haddad, Rana' });
    await expect.poll(() => screen.queryByRole('region', { name: 'Verarbeitung eingeschränkt' })).toBeNull();
  });

  it('offers neither closing nor restricting again in Abschluss, but erasing', async () => {
    await openAt({ page: 'cases', view: 'case', caseId: CASE_ID, section: 'closure' }, (k) => {
      k['cases.get'].mockResolvedValue(ok(restrictedView));
    });
    await screen.findByRole('region', { name: 'Verarbeitung eingeschränkt' });
    expect(screen.queryByRole('button', { name: /Fall abschließen/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Verarbeitung einschränken' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Person löschen' })).toBeTruthy();
  });
});

describe('Abschluss: Verarbeitung einschränken', () => {
  it('restricts from a date with a reason; nothing is sent without a reason', async () => {
    const { kim, user } = await openAt({ page: 'cases', view: 'case', caseId: CASE_ID, section: 'closure' }, (k) => {
      k['restrictions.restrict'].mockResolvedValue(ok({ ...history(null) }));
    });
    await screen.findByRole('heading', { level: 1, name: 'Haddad, Rana' });
    const opener = await screen.findByRole('button', { name: 'Verarbeitung einschränken' });
    opener.focus();
    await user.keyboard('{Enter}');
    const submit = screen.getByRole('button', { name: 'Einschränkung festhalten' });
    await user.click(submit);
    expect(kim['restrictions.restrict']).not.toHaveBeenCalled();
    expect(screen.getByText('Bitte geben Sie einen Grund an.')).toBeTruthy();
    const since = screen.getByLabelText<HTMLInputElement>('Eingeschränkt ab');
    expect(since.value).toBe('21.11.2026');
    await user.type(screen.getByLabelText('Grund der Einschränkung'), 'Widerspruch gegen die Verarbeitung');
    // The reason typed is kept as a draft of the case until it is saved.
    await waitFor(() => expect(kim['drafts.save']).toHaveBeenCalledWith(expect.objectContaining({ key: `restriction:new:${CASE_ID}`, caseId: CASE_ID })));
    await user.click(submit);
    expect(kim['restrictions.restrict']).toHaveBeenCalledWith({ caseId: CASE_ID, since: '2026-11-21', reason: 'Widerspruch gegen die Verarbeitung' });
  });
});

describe('Abschluss: Einwilligung widerrufen', () => {
  it('says before confirming that the releases end and the case closes; sends only after the confirmation', async () => {
    const { kim, user } = await openAt({ page: 'cases', view: 'case', caseId: CASE_ID, section: 'closure' }, (k) => {
      k['consents.withdraw'].mockResolvedValue(ok({ withdrawnAt: '2026-11-20', releasesRevoked: 1, closed: true, restricted: false }));
    });
    await screen.findByRole('heading', { level: 1, name: 'Haddad, Rana' });
    const opener = await screen.findByRole('button', { name: 'Einwilligung widerrufen' });
    opener.focus();
    await user.keyboard(' ');
    const panel = document.getElementById(opener.getAttribute('aria-controls') as string) as HTMLElement;
    expect(panel.textContent).toContain('eingewilligt');
    const day = within(panel).getByLabelText<HTMLInputElement>('Widerrufen am');
    await user.clear(day);
    await user.type(day, '20.11.2026');
    expect(panel.textContent).toContain('Mit dem Widerruf am 20.11.2026 enden auch alle Schweigepflichtentbindungen');
    expect(panel.textContent).toContain('Der Fall wird abgeschlossen');
    const submit = within(panel).getByRole('button', { name: 'Widerruf festhalten' });
    await user.click(submit);
    expect(kim['consents.withdraw']).not.toHaveBeenCalled();
    expect(within(panel).getByText('Bitte bestätigen Sie den Hinweis.')).toBeTruthy();
    await user.click(within(panel).getByLabelText(/Ich habe den Hinweis gelesen/));
    await user.click(submit);
    expect(kim['consents.withdraw']).toHaveBeenCalledWith({ caseId: CASE_ID, withdrawnAt: '2026-11-20', followUp: 'abschliessen' });
  });

  it('restricting instead needs a reason, and the confirmation says the case becomes read only', async () => {
    const { kim, user } = await openAt({ page: 'cases', view: 'case', caseId: CASE_ID, section: 'closure' }, (k) => {
      k['consents.withdraw'].mockResolvedValue(ok({ withdrawnAt: '2026-11-21', releasesRevoked: 0, closed: false, restricted: true }));
    });
    await screen.findByRole('heading', { level: 1, name: 'Haddad, Rana' });
    const opener = await screen.findByRole('button', { name: 'Einwilligung widerrufen' });
    await user.click(opener);
    const panel = document.getElementById(opener.getAttribute('aria-controls') as string) as HTMLElement;
    await user.click(within(panel).getByLabelText(/Verarbeitung einschränken, z. B./));
    expect(panel.textContent).toContain('nur noch gelesen werden');
    await user.click(within(panel).getByLabelText(/Ich habe den Hinweis gelesen/));
    const submit = within(panel).getByRole('button', { name: 'Widerruf festhalten' });
    await user.click(submit);
    expect(kim['consents.withdraw']).not.toHaveBeenCalled();
    await user.type(within(panel).getByLabelText('Grund der Einschränkung'), 'Aufbewahrung für ein Widerspruchsverfahren');
    await user.click(submit);
    expect(kim['consents.withdraw']).toHaveBeenCalledWith({
      caseId: CASE_ID,
      withdrawnAt: '2026-11-21',
      followUp: 'einschraenken',
      restrictionReason: 'Aufbewahrung für ein Widerspruchsverfahren',
    });
  });
});

describe('the case list', () => {
  it('marks a restricted case', async () => {
    await openAt({ page: 'cases', view: 'list' }, (k) => {
      k['cases.list'].mockResolvedValue(
        ok({ rows: [{ ...caseSummaries[0]!, restricted: true, due: false, overdue: false, nextDueDate: null }, caseSummaries[1]!], total: 2 }),
      );
    });
    const marks = await screen.findAllByTitle('Verarbeitung eingeschränkt');
    expect(marks).toHaveLength(1);
    expect(marks[0]!.textContent).toBe('Verarbeitung eingeschränkt');
    expect(marks[0]!.closest('tr')?.textContent).toContain('2026-0007');
  });
});
