import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useCaseList } from '../../../renderer/features/cases/caseListStore';
import { resetAfterLock } from '../../../renderer/state/session';
import { fail } from '../fakeKim';
import { CASE_ID, axeViolations, openAt } from './caseFixtures';

const table = () => screen.getByRole('table', { name: 'Fälle' });
const rows = () => within(table()).getAllByRole('row');
const DEFAULT_SORT = { sort: 'openedAt', direction: 'desc' } as const;
/** The first window of every list. */
const FIRST = { offset: 0, limit: 100 } as const;
/** What the list asks for first: the open cases, newest first (issue 12: not "Alle"). */
const DEFAULT_LIST = { ...DEFAULT_SORT, status: 'offen', ...FIRST } as const;
/** The filters are folded behind a button that counts the active ones. */
const openFilters = async (user: { click: (e: Element) => Promise<void> }, active = 1) =>
  user.click(screen.getByRole('button', { name: `Filter (${active} aktiv)` }));

// Typing whole forms takes a while when the machine is busy.
describe('case list', { timeout: 20_000 }, () => {
  it('shows every case with number, name, phase, target groups, location, manager, opening and what is due', async () => {
    const { kim } = await openAt({ page: 'cases', view: 'list' });
    const heading = screen.getByRole('heading', { level: 1, name: 'Fälle' });
    expect(document.activeElement).toBe(heading);
    await screen.findByRole('table');
    expect(kim['cases.list']).toHaveBeenCalledWith(DEFAULT_LIST);
    // The filters are folded away; the search stays in view.
    expect(screen.queryByLabelText('Phase')).toBeNull();
    expect(screen.getByRole('button', { name: 'Filter (1 aktiv)' }).getAttribute('aria-expanded')).toBe('false');
    expect(
      within(rows()[0]!)
        .getAllByRole('columnheader')
        .map((h) => h.textContent?.replace(/[▲▼↕]/g, '')),
    ).toEqual(['Fallnummer', 'NameZielgruppen', 'Phase', 'StandortCase Manager:in', 'Eröffnet am', 'Nächste Fälligkeit']);
    expect(within(rows()[1]!).getByRole('rowheader').textContent).toBe('2026-0007');
    expect(
      within(rows()[1]!)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual([
      'Haddad, RanaZielgruppen: Geduldete über 27',
      'Zielvereinbarung',
      'GU Am BahnhofCase Manager:in: Aylin Demir',
      '01.10.2026',
      '02.11.2026überfällig',
    ]);
    expect(
      within(rows()[2]!)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Petrenko, OlenaZielgruppen: –', 'Abgeschlossen', '–Case Manager:in: Jonas Weber', '11.04.2025', '–']);
    expect(table().getAttribute('aria-rowcount')).toBe('3');
    expect(rows()[1]!.getAttribute('aria-rowindex')).toBe('2');
    expect(screen.getByText('2 Fälle, sortiert nach Eröffnungsdatum, absteigend').getAttribute('role')).toBe('status');
  });

  it('sends every filter to cases.list, the search after a short pause, and resets them', async () => {
    const { kim, user } = await openAt({ page: 'cases', view: 'list' });
    await screen.findByRole('table');
    const last = () => kim['cases.list'].mock.lastCall?.[0];
    await openFilters(user);
    expect((screen.getByLabelText('Status') as HTMLSelectElement).value).toBe('offen');
    await user.selectOptions(screen.getByLabelText('Phase'), 'monitoring');
    expect(last()).toEqual({ ...DEFAULT_LIST, phase: 'monitoring' });
    await user.selectOptions(screen.getByLabelText('Status'), 'abgeschlossen');
    expect(last()).toEqual({ ...DEFAULT_SORT, phase: 'monitoring', status: 'abgeschlossen', ...FIRST });
    await user.selectOptions(screen.getByLabelText('Status'), 'offen');
    expect(last()).toEqual({ ...DEFAULT_SORT, phase: 'monitoring', status: 'offen', ...FIRST });
    await user.selectOptions(screen.getByLabelText('Fälligkeit'), 'Heute fällig oder überfällig');
    expect(last()).toMatchObject({ due: 'faellig' });
    await user.selectOptions(screen.getByLabelText('Zielgruppe'), 'Unbegleitete Minderjährige (nicht mehr gültig)');
    expect(last()).toMatchObject({ targetGroupId: 'tg-2' });
    await user.selectOptions(screen.getByLabelText('Standort'), 'Rathaus Dülmen (nicht mehr genutzt)');
    expect(last()).toMatchObject({ locationId: 'loc-2' });
    await user.selectOptions(screen.getByLabelText('Case Manager:in'), 'Jonas Weber');
    expect(last()).toEqual({
      ...DEFAULT_SORT,
      phase: 'monitoring',
      status: 'offen',
      due: 'faellig',
      targetGroupId: 'tg-2',
      locationId: 'loc-2',
      caseManager: 'Jonas Weber',
      ...FIRST,
    });

    const calls = kim['cases.list'].mock.calls.length;
    await user.type(screen.getByLabelText('Suchen (Name oder Fallnummer)'), 'petrenko');
    await waitFor(() => expect(last()).toMatchObject({ text: 'petrenko' }));
    // one search for the whole word, not one per letter
    expect(kim['cases.list'].mock.calls.length).toBe(calls + 1);

    expect(screen.getByRole('button', { name: 'Filter (6 aktiv)' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Filter zurücksetzen' }));
    expect(last()).toEqual(DEFAULT_LIST);
    expect(document.activeElement).toBe(screen.getByLabelText('Suchen (Name oder Fallnummer)'));
    expect((screen.getByLabelText('Phase') as HTMLSelectElement).value).toBe('');
    expect((screen.getByLabelText('Status') as HTMLSelectElement).value).toBe('offen');
    expect(screen.queryByRole('button', { name: 'Filter zurücksetzen' })).toBeNull();
  });

  it('sorts by a column header, again the other way round, and says so', async () => {
    const { kim, user } = await openAt({ page: 'cases', view: 'list' });
    await screen.findByRole('table');
    const header = (name: string) => screen.getByRole('columnheader', { name: new RegExp(`^${name}`) });
    expect(header('Eröffnet am').getAttribute('aria-sort')).toBe('descending');
    expect(header('Name').hasAttribute('aria-sort')).toBe(false);
    expect(within(header('Standort')).queryByRole('button')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Name' }));
    expect(kim['cases.list']).toHaveBeenLastCalledWith({ sort: 'name', direction: 'asc', status: 'offen', ...FIRST });
    expect(header('Name').getAttribute('aria-sort')).toBe('ascending');
    expect(header('Eröffnet am').hasAttribute('aria-sort')).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Name' }));
    expect(kim['cases.list']).toHaveBeenLastCalledWith({ sort: 'name', direction: 'desc', status: 'offen', ...FIRST });
    expect(header('Name').getAttribute('aria-sort')).toBe('descending');
    await user.click(screen.getByRole('button', { name: 'Nächste Fälligkeit' }));
    expect(kim['cases.list']).toHaveBeenLastCalledWith({ sort: 'nextDue', direction: 'asc', status: 'offen', ...FIRST });
    expect(await screen.findByText('2 Fälle, sortiert nach nächster Fälligkeit, aufsteigend')).toBeTruthy();
  });

  it('opens a case from its row and comes back to the list as it was left', async () => {
    const { kim, user } = await openAt({ page: 'cases', view: 'list' });
    await screen.findByRole('table');
    await openFilters(user);
    await user.selectOptions(screen.getByLabelText('Phase'), 'zielvereinbarung');
    await user.click(screen.getByRole('button', { name: 'Name' }));
    await user.click(screen.getByRole('button', { name: '2026-0007' }));
    expect(kim['cases.get']).toHaveBeenCalledWith({ caseId: CASE_ID });
    expect(await screen.findByRole('heading', { level: 1, name: 'Haddad, Rana' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Fälle' }));
    await screen.findByRole('table');
    await openFilters(user, 2);
    expect((screen.getByLabelText('Phase') as HTMLSelectElement).value).toBe('zielvereinbarung');
    expect(kim['cases.list']).toHaveBeenLastCalledWith({ sort: 'name', direction: 'asc', status: 'offen', phase: 'zielvereinbarung', ...FIRST });
    // the case worked on holds the table's tab stop
    expect(screen.getByRole('button', { name: '2026-0007' }).tabIndex).toBe(0);
    expect(screen.getByRole('button', { name: '2025-0031' }).tabIndex).toBe(-1);

    await user.click(screen.getByRole('button', { name: 'Neue Erstberatung' }));
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'Neue Erstberatung' }));
  });

  it('forgets filters and the case worked on when the store locks', async () => {
    const { user } = await openAt({ page: 'cases', view: 'list' });
    await screen.findByRole('table');
    await user.type(screen.getByLabelText('Suchen (Name oder Fallnummer)'), 'Haddad');
    await user.click(screen.getByRole('button', { name: '2026-0007' }));
    expect(useCaseList.getState()).toMatchObject({ filters: { text: 'Haddad' }, activeCaseId: CASE_ID });
    act(() => resetAfterLock('manual'));
    expect(useCaseList.getState()).toMatchObject({ filters: { text: '', status: 'offen' }, activeCaseId: null, sort: 'openedAt', direction: 'desc' });
  });

  it('shows the German error when the list cannot be loaded', async () => {
    await openAt({ page: 'cases', view: 'list' }, (kim) => kim['cases.list'].mockResolvedValue(fail('LOCKED')));
    expect(await screen.findByText('Die Fallakte ist gesperrt. Bitte entsperren Sie sie zuerst.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('says when no case matches', async () => {
    await openAt({ page: 'cases', view: 'list' }, (kim) => kim['cases.list'].mockResolvedValue({ ok: true, value: { rows: [], total: 0 } }));
    expect(await screen.findByText('Keine Fälle gefunden.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('has no axe violations', async () => {
    const { user } = await openAt({ page: 'cases', view: 'list' });
    await screen.findByRole('table');
    await openFilters(user);
    await user.selectOptions(screen.getByLabelText('Phase'), 'monitoring');
    expect(await axeViolations()).toEqual([]);
  });
});
