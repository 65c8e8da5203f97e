/** Heute lists persons past their retention period, to erase (reason, typed case number) or keep longer (day, reason); Einstellungen sets the period. */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DueErasure } from '../../../electron/contract/areas/erasure';
import { fail, ok, renderApp, unlockedStatus, type FakeKim } from '../fakeKim';
import { emptyToday } from '../today/todayFixtures';
import { CASE_ID, openAt } from '../cases/caseFixtures';
import { useNavigation } from '../../../renderer/features/frame/navigation';

const amira: DueErasure = {
  personId: 'p1',
  caseId: 'c2',
  caseNumber: '2015-0007',
  caseNumbers: ['2014-0003', '2015-0007'],
  clientName: 'Amira Haddad',
  closedAt: '2015-06-10',
  dueSince: '2026-01-01',
};

function renderToday(configure: (kim: FakeKim) => void) {
  return renderApp({
    configure: (kim) => {
      kim['store.status'].mockResolvedValue(ok(unlockedStatus));
      kim['demo.status'].mockResolvedValue(ok({ isDemo: false, cases: 12 }));
      kim['today.items'].mockResolvedValue(ok(emptyToday));
      configure(kim);
    },
  });
}

describe('Heute: Löschfrist abgelaufen', () => {
  it('lists the person with all case numbers and erases only with a reason and the typed case number', async () => {
    const { kim, user } = renderToday((kim) => {
      kim['erasure.due'].mockResolvedValueOnce(ok([amira])).mockResolvedValue(ok([]));
      kim['erasure.erase'].mockResolvedValue(ok({ caseNumbers: amira.caseNumbers, erasedAt: '2026-11-21T13:05:00.000Z', walTruncated: true }));
    });
    const region = await screen.findByRole('region', { name: 'Löschfrist abgelaufen' });
    expect(region.textContent).toContain('2015-0007 · Amira Haddad · abgeschlossen am 10.06.2015 · Löschfrist abgelaufen seit 01.01.2026');
    expect(region.textContent).toContain('Gelöscht werden alle Fälle der Person: 2014-0003, 2015-0007');

    await user.click(within(region).getByRole('button', { name: 'Löschen' }));
    const reason = within(region).getByLabelText<HTMLTextAreaElement>('Grund der Löschung');
    expect(document.activeElement).toBe(reason);
    expect(reason.value).toBe('Löschfrist abgelaufen');
    const submit = within(region).getByRole('button', { name: 'Endgültig löschen' });
    await user.click(submit);
    expect(kim['erasure.erase']).not.toHaveBeenCalled();
    expect(region.textContent).toContain('Die Fallnummer stimmt noch nicht.');

    await user.type(within(region).getByLabelText('Zur Bestätigung die Fallnummer eingeben'), '2015-0007');
    await user.clear(reason);
    await user.type(reason, 'Antrag der Person');
    await user.click(submit);
    expect(kim['erasure.erase']).toHaveBeenCalledWith({ caseId: 'c2', confirmCaseNumber: '2015-0007', reason: 'Antrag der Person' });
    expect(await screen.findByText(/Gelöscht: 2014-0003, 2015-0007\./)).toBeTruthy();
    expect(kim['erasure.due']).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole('button', { name: 'Löschen' })).toBeNull();
  });

  it('keeps a case longer until a later day with a reason; the service’s refusal is shown in German', async () => {
    const { kim, user } = renderToday((kim) => {
      kim['erasure.due'].mockResolvedValue(ok([amira]));
      kim['erasure.hold']
        .mockResolvedValueOnce(fail('RETENTION_HOLD_NOT_LATER'))
        .mockResolvedValue(
          ok({ id: 'h1', caseId: 'c2', keepUntil: '2027-06-30', reason: 'Klage anhängig', recordedBy: 'Aylin Demir', recordedAt: '2026-11-21T13:05:00Z' }),
        );
    });
    const region = await screen.findByRole('region', { name: 'Löschfrist abgelaufen' });
    await user.click(within(region).getByRole('button', { name: 'Länger aufbewahren' }));
    const day = within(region).getByLabelText<HTMLInputElement>('Aufbewahren bis');
    // Typed in German; today (21.11.2026) is too early, the day after is the first.
    await user.type(day, '21.11.2026');
    expect(within(region).getByText('Bitte geben Sie einen Tag nach heute ein.')).toBeTruthy();
    await user.clear(day);
    await user.type(day, '30.06.2027');
    await user.type(within(region).getByLabelText('Grund für die längere Aufbewahrung'), 'Klage anhängig');
    await waitFor(() => expect(kim['drafts.save']).toHaveBeenCalledWith(expect.objectContaining({ key: 'erasureHold:c2', caseId: 'c2' })));
    await user.click(within(region).getByRole('button', { name: 'Aufbewahrung festhalten' }));
    expect(await within(region).findByText(/Das Datum muss nach dem heutigen Tag liegen/)).toBeTruthy();
    await user.click(within(region).getByRole('button', { name: 'Aufbewahrung festhalten' }));
    expect(kim['erasure.hold']).toHaveBeenLastCalledWith({ caseId: 'c2', keepUntil: '2027-06-30', reason: 'Klage anhängig' });
    expect(await screen.findByText('Fall 2015-0007 wird bis 30.06.2027 aufbewahrt.')).toBeTruthy();
  });

  it('shows nothing when nothing is due or the list cannot be read', async () => {
    renderToday((kim) => kim['erasure.due'].mockResolvedValue(ok([])));
    await screen.findByText(/Stand: 21.11.2026/);
    expect(screen.queryByRole('region', { name: 'Löschfrist abgelaufen' })).toBeNull();
  });
});

describe('Einstellungen: Löschfrist', () => {
  it('shows the period with its legal basis and saves a new one', async () => {
    const { kim, user } = renderApp({
      configure: (kim) => {
        kim['store.status'].mockResolvedValue(ok(unlockedStatus));
        kim['erasure.settings'].mockResolvedValue(ok({ retentionYears: 10 }));
        kim['erasure.updateSettings'].mockResolvedValue(ok({ retentionYears: 6 }));
      },
    });
    await screen.findByText('Angemeldet: Aylin Demir');
    await user.keyboard('{Alt>}5{/Alt}');
    const years = await screen.findByLabelText<HTMLInputElement>('Jahre nach dem Ende des Jahres, in dem der Fall abgeschlossen wurde');
    expect(years.value).toBe('10');
    expect(screen.getByText(/§ 84 Abs. 2 SGB X, Art. 17 Abs. 1 Buchst. a DSGVO/)).toBeTruthy();
    await user.clear(years);
    await user.type(years, '31');
    await user.click(screen.getByRole('button', { name: 'Löschfrist speichern' }));
    expect(kim['erasure.updateSettings']).not.toHaveBeenCalled();
    expect(screen.getByText('Bitte eine ganze Zahl von 1 bis 30.')).toBeTruthy();
    await user.clear(years);
    await user.type(years, '6');
    await user.click(screen.getByRole('button', { name: 'Löschfrist speichern' }));
    expect(kim['erasure.updateSettings']).toHaveBeenCalledWith({ retentionYears: 6 });
    expect(await screen.findByText('Die Löschfrist ist gespeichert.')).toBeTruthy();
  });
});

describe('Abschluss: Person löschen', () => {
  it('erases on request with a reason of one’s own and the typed case number, then shows the case list with what was erased', async () => {
    const { kim, user } = await openAt({ page: 'cases', view: 'case', caseId: CASE_ID, section: 'closure' }, (k) => {
      k['erasure.erase'].mockResolvedValue(ok({ caseNumbers: ['2026-0007'], erasedAt: '2026-11-21T13:05:00.000Z', walTruncated: true }));
    });
    await screen.findByRole('heading', { level: 1, name: 'Haddad, Rana' });
    await user.click(screen.getByText('Person löschen'));
    const reason = screen.getByLabelText<HTMLTextAreaElement>('Grund der Löschung');
    expect(reason.value).toBe('');
    await user.type(screen.getByLabelText('Zur Bestätigung die Fallnummer eingeben'), '2026-0007');
    await user.click(screen.getByRole('button', { name: 'Endgültig löschen' }));
    expect(kim['erasure.erase']).not.toHaveBeenCalled();
    expect(screen.getByText('Bitte geben Sie einen Grund an.')).toBeTruthy();
    await user.type(reason, 'Antrag der Person nach Art. 17 DSGVO');
    await user.click(screen.getByRole('button', { name: 'Endgültig löschen' }));
    expect(kim['erasure.erase']).toHaveBeenCalledWith({ caseId: CASE_ID, confirmCaseNumber: '2026-0007', reason: 'Antrag der Person nach Art. 17 DSGVO' });
    expect(await screen.findByText(/Gelöscht: 2026-0007\./)).toBeTruthy();
    expect(useNavigation.getState().route).toEqual({ page: 'cases', view: 'list' });
  });
});
