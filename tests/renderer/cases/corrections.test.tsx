/** Corrections on the case screen and the team in the settings (issue 12): target groups, handing a case to a colleague, closing on a past day. */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CaseManagerView } from '../../../electron/contract/areas/caseCorrections';
import { fail, ok } from '../fakeKim';
import { CASE_ID, axeViolations, caseView, openAt } from './caseFixtures';

const team: CaseManagerView[] = [
  { id: 'cm-1', name: 'Aylin Demir', active: true, own: true, openCases: 12 },
  { id: 'cm-2', name: 'Jonas Weber', active: true, own: false, openCases: 3 },
  { id: 'cm-3', name: 'Petra Alt', active: false, own: false, openCases: 1 },
];

async function openOverview(configure?: Parameters<typeof openAt>[1]) {
  const app = await openAt({ page: 'cases', view: 'case', caseId: CASE_ID, section: 'overview' }, configure);
  await screen.findByRole('heading', { level: 1, name: 'Haddad, Rana' });
  await screen.findByRole('region', { name: 'Zuständig' });
  return app;
}

const region = (name: string) => screen.getByRole('region', { name });

describe('corrections on the case', { timeout: 20_000 }, () => {
  it("changes the case's target groups: offers those in force during the case, keeps the earlier list", async () => {
    const { kim, user } = await openOverview((k) => {
      k['cases.setTargetGroups'].mockResolvedValue(
        ok({
          ...caseView,
          targetGroups: [
            { id: 'tg-1', name: 'Geduldete über 27' },
            { id: 'tg-3', name: 'Zugewanderte aus Südosteuropa' },
          ],
        }),
      );
      k['versions.list'].mockImplementation(async (input) =>
        ok(
          input.kind === 'case_target_groups'
            ? [{ version: 1, changedAt: new Date(2026, 10, 20, 9, 15).toISOString(), changedBy: 'Aylin Demir', before: { targetGroups: [] } }]
            : [],
        ),
      );
    });
    const groups = region('Zielgruppen');
    expect(within(groups).getByText('Geduldete über 27')).toBeTruthy();
    expect(await within(groups).findByText('Frühere Fassung (1)')).toBeTruthy();
    expect(within(groups).getByText('Keine Zielgruppe')).toBeTruthy();
    await user.click(within(groups).getByRole('button', { name: 'Zielgruppen ändern' }));
    const choices = await within(groups).findByRole('group', { name: 'Zielgruppen des Falls' });
    // tg-2 ended in 2023, before the case opened (01.10.2026): not offered.
    expect(
      within(choices)
        .getAllByRole('checkbox')
        .map((c) => c.parentElement?.textContent),
    ).toEqual(['Geduldete über 27', 'Zugewanderte aus Südosteuropa']);
    await user.click(within(choices).getByLabelText('Zugewanderte aus Südosteuropa'));
    expect(await axeViolations()).toEqual([]);
    await user.click(within(groups).getByRole('button', { name: 'Zielgruppen speichern' }));
    expect(kim['cases.setTargetGroups']).toHaveBeenCalledWith({ caseId: CASE_ID, targetGroupIds: ['tg-1', 'tg-3'] });
    expect(await within(groups).findByText(/Die Zielgruppen sind geändert/)).toBeTruthy();
  });

  it('hands the case to a colleague of the team after a plain confirmation; only active colleagues are offered', async () => {
    const { kim, user } = await openOverview((k) => {
      k['caseManagers.list'].mockResolvedValue(ok(team));
      k['cases.assignCaseManager'].mockResolvedValue(ok({ ...caseView, caseManager: 'Jonas Weber' }));
    });
    const responsible = region('Zuständig');
    expect(within(responsible).getByText('Zuständig ist Aylin Demir.')).toBeTruthy();
    await user.click(within(responsible).getByRole('button', { name: 'Fall an Kollegin oder Kollegen übergeben' }));
    const select = await within(responsible).findByLabelText('Neue Fallmanagerin oder neuer Fallmanager');
    // The one responsible now and those who left the team are not offered.
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Bitte wählen', 'Jonas Weber']);
    await user.selectOptions(select, 'cm-2');
    await user.click(within(responsible).getByRole('button', { name: 'Fall an Kollegin oder Kollegen übergeben' }));
    expect(within(responsible).getByText('Soll der Fall 2026-0007 an Jonas Weber übergeben werden? Jonas Weber ist dann für den Fall zuständig.')).toBeTruthy();
    expect(kim['cases.assignCaseManager']).not.toHaveBeenCalled();
    expect(await axeViolations()).toEqual([]);
    await user.click(within(responsible).getByRole('button', { name: 'Ja, Fall übergeben' }));
    expect(kim['cases.assignCaseManager']).toHaveBeenCalledWith({ caseId: CASE_ID, caseManagerId: 'cm-2' });
    expect(await within(responsible).findByText('Der Fall ist an Jonas Weber übergeben.')).toBeTruthy();
  });

  it('shows the refusal in German when the colleague left the team meanwhile', async () => {
    const { user } = await openOverview((k) => {
      k['caseManagers.list'].mockResolvedValue(ok(team));
      k['cases.assignCaseManager'].mockResolvedValue(fail('CASE_MANAGER_INACTIVE'));
    });
    const responsible = region('Zuständig');
    await user.click(within(responsible).getByRole('button', { name: 'Fall an Kollegin oder Kollegen übergeben' }));
    await user.selectOptions(await within(responsible).findByLabelText('Neue Fallmanagerin oder neuer Fallmanager'), 'cm-2');
    await user.click(within(responsible).getByRole('button', { name: 'Fall an Kollegin oder Kollegen übergeben' }));
    await user.click(within(responsible).getByRole('button', { name: 'Ja, Fall übergeben' }));
    expect((await within(responsible).findByRole('alert')).textContent).toMatch(/arbeitet nicht mehr im Team/);
  });

  it('closes the case on a past day typed in German', async () => {
    const { kim, user } = await openAt({ page: 'cases', view: 'case', caseId: CASE_ID, section: 'closure' }, (k) => {
      k['goal.list'].mockResolvedValue(ok([]));
      k['cases.close'].mockResolvedValue(ok({ ...caseView, open: false, phase: 'abgeschlossen', closedAt: '2026-11-15' }));
    });
    await user.selectOptions(await screen.findByLabelText('Grund für den Abschluss'), 'wegzug');
    const date = screen.getByLabelText('Abgeschlossen am');
    expect((date as HTMLInputElement).value).toBe('21.11.2026');
    await user.clear(date);
    await user.type(date, '15.11.2026');
    await user.click(screen.getByRole('button', { name: 'Fall abschließen' }));
    await waitFor(() => expect(kim['cases.close']).toHaveBeenCalledWith({ caseId: CASE_ID, reason: 'wegzug', date: '2026-11-15', goalOutcomes: [] }));
  });
});

describe('Einstellungen → Team', { timeout: 20_000 }, () => {
  it('lists the team with the user marked, adds a colleague, marks one who left and takes them back', async () => {
    const { kim, user } = await openAt({ page: 'settings' }, (k) => {
      k['caseManagers.list'].mockResolvedValue(ok(team));
      k['caseManagers.add'].mockResolvedValue(ok({ id: 'cm-4', name: 'Sara Neu', active: true, own: false, openCases: 0 }));
      k['caseManagers.deactivate'].mockResolvedValue(ok({ ...team[1]!, active: false }));
      k['caseManagers.reactivate'].mockResolvedValue(ok({ ...team[2]!, active: true }));
    });
    const section = await screen.findByRole('region', { name: 'Team' });
    await within(section).findByRole('rowheader', { name: 'Aylin Demir (Sie)' });
    const rows = within(section).getAllByRole('row');
    expect(rows.map((r) => r.textContent)).toEqual([
      'NameOffene FälleStatusAktion',
      'Aylin Demir (Sie)12im Team',
      'Jonas Weber3im TeamNicht mehr im Team: Jonas Weber',
      'Petra Alt1nicht mehr im TeamWieder aufnehmen: Petra Alt',
    ]);
    await user.type(within(section).getByLabelText('Name'), 'Sara Neu{Enter}');
    expect(kim['caseManagers.add']).toHaveBeenCalledWith({ name: 'Sara Neu' });
    expect(await within(section).findByText('Sara Neu ist im Team.')).toBeTruthy();
    await user.click(within(section).getByRole('button', { name: 'Nicht mehr im Team: Jonas Weber' }));
    expect(kim['caseManagers.deactivate']).toHaveBeenCalledWith({ id: 'cm-2' });
    expect(await within(section).findByText(/Jonas Weber steht nicht mehr zur Auswahl/)).toBeTruthy();
    await user.click(within(section).getByRole('button', { name: 'Wieder aufnehmen: Petra Alt' }));
    expect(kim['caseManagers.reactivate']).toHaveBeenCalledWith({ id: 'cm-3' });
    expect(await axeViolations()).toEqual([]);
  });
});
