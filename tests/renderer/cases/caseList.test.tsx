import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fail } from '../fakeKim';
import { CASE_ID, axeViolations, openAt } from './caseFixtures';

const rows = () => within(screen.getByRole('table')).getAllByRole('row');

// Typing whole forms takes a while when the machine is busy.
describe('case list', { timeout: 20_000 }, () => {
  it('shows every case with number, name, phase, status and case manager', async () => {
    const { kim } = await openAt({ page: 'cases', view: 'list' });
    const heading = screen.getByRole('heading', { level: 1, name: 'Fälle' });
    expect(document.activeElement).toBe(heading);
    await screen.findByRole('table');
    expect(kim['cases.list']).toHaveBeenCalledWith({});
    expect(within(rows()[0]!).getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      'Fallnummer',
      'Name',
      'Phase',
      'Status',
      'Case Manager:in',
    ]);
    expect(within(rows()[1]!).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Haddad, Rana', 'Zielvereinbarung', 'offen', 'Aylin Demir']);
    expect(within(rows()[2]!).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Petrenko, Olena', 'Abschluss', 'abgeschlossen', 'Jonas Weber']);
    expect(screen.getByText('2 Fälle gefunden.')).toBeTruthy();
  });

  it('filters by phase and status through cases.list and by a search on screen', async () => {
    const { kim, user } = await openAt({ page: 'cases', view: 'list' });
    await screen.findByRole('table');
    await user.selectOptions(screen.getByLabelText('Phase'), 'monitoring');
    expect(kim['cases.list']).toHaveBeenLastCalledWith({ phase: 'monitoring' });
    await user.selectOptions(screen.getByLabelText('Status'), 'abgeschlossen');
    expect(kim['cases.list']).toHaveBeenLastCalledWith({ phase: 'monitoring', status: 'abgeschlossen' });
    await user.selectOptions(screen.getByLabelText('Phase'), '');
    expect(kim['cases.list']).toHaveBeenLastCalledWith({ status: 'abgeschlossen' });

    await user.type(screen.getByLabelText('Suchen (Name oder Fallnummer)'), 'petrenko');
    expect(rows()).toHaveLength(2);
    expect(rows()[1]!.textContent).toContain('2025-0031');
    expect(await screen.findByText('1 Fall gefunden.')).toBeTruthy();
  });

  it('opens a case from its row and the intake from the main action', async () => {
    const { kim, user } = await openAt({ page: 'cases', view: 'list' });
    await screen.findByRole('table');
    await user.click(screen.getByRole('button', { name: '2026-0007' }));
    expect(kim['cases.get']).toHaveBeenCalledWith({ caseId: CASE_ID });
    expect(await screen.findByRole('heading', { level: 1, name: 'Haddad, Rana' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Fälle' }));
    await user.click(await screen.findByRole('button', { name: 'Neue Erstberatung' }));
    const heading = screen.getByRole('heading', { level: 1, name: 'Neue Erstberatung' });
    expect(document.activeElement).toBe(heading);
  });

  it('shows the German error when the list cannot be loaded', async () => {
    await openAt({ page: 'cases', view: 'list' }, (kim) => kim['cases.list'].mockResolvedValue(fail('LOCKED')));
    expect(await screen.findByText('Die Fallakte ist gesperrt. Bitte entsperren Sie sie zuerst.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('has no axe violations', async () => {
    await openAt({ page: 'cases', view: 'list' });
    await screen.findByRole('table');
    expect(await axeViolations()).toEqual([]);
  });
});
