import { screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useConsultation } from '../../../renderer/features/consultation/consultationStore';
import { useNavigation } from '../../../renderer/features/frame/navigation';
import { resetAfterLock } from '../../../renderer/state/session';
import { fail, ok } from '../fakeKim';
import { axeViolations, emptySummary, renderConsultation, session } from './consultationFixtures';

beforeEach(() => {
  document.documentElement.lang = 'de';
  document.title = 'KIM Fallakte';
});

describe('Sprechstunde: starting an hour', { timeout: 20_000 }, () => {
  it('offers the active places and starts the hour at the chosen one; the search then has the focus', async () => {
    const { kim, user } = renderConsultation({ running: false, configure: (kim) => kim['sessions.start'].mockResolvedValue(ok(session)) });
    const select = await screen.findByRole('combobox', { name: 'Ort der Sprechstunde' });
    expect(screen.getByRole('heading', { level: 1, name: 'Sprechstunde' })).toBeTruthy();
    expect([...select.querySelectorAll('option')].map((o) => o.textContent)).toEqual([
      'Bitte wählen',
      'GU Am Bahnhof (Kreisstadt)',
      'Rathaus Nord (Kreisstadt)',
    ]);
    expect(await axeViolations()).toEqual([]);
    await user.selectOptions(select, 'Rathaus Nord (Kreisstadt)');
    await user.keyboard('{Enter}');
    expect(kim['sessions.start']).toHaveBeenCalledWith({ locationId: 'loc2' });
    const search = await screen.findByRole('combobox', { name: 'Name, Fallnummer oder Geburtsdatum' });
    await waitFor(() => expect(document.activeElement).toBe(search));
    expect(screen.getByText(/^GU Am Bahnhof \(Kreisstadt\) · seit 09:05 Uhr · 0 Kontakte · 0 neue Personen · 0 Kurzberatungen · 0 warten$/)).toBeTruthy();
  });

  it('asks for a place before starting and shows the German error of a failed start', async () => {
    const { kim, user } = renderConsultation({ running: false, configure: (kim) => kim['sessions.start'].mockResolvedValue(fail('SESSION_ALREADY_RUNNING')) });
    await user.click(await screen.findByRole('button', { name: 'Sprechstunde beginnen' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Bitte wählen Sie einen Ort.');
    expect(kim['sessions.start']).not.toHaveBeenCalled();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Ort der Sprechstunde' }), 'GU Am Bahnhof (Kreisstadt)');
    await user.click(screen.getByRole('button', { name: 'Sprechstunde beginnen' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe('Es läuft schon eine Sprechstunde. Bitte beenden Sie sie, bevor Sie eine neue beginnen.'),
    );
  });

  it('preselects the only place', async () => {
    const { kim, user } = renderConsultation({
      running: false,
      configure: (kim) => {
        kim['locations.list'].mockResolvedValue(ok([{ id: 'loc1', name: 'GU Am Bahnhof', kind: 'gu', municipality: 'Kreisstadt', active: true }]));
        kim['sessions.start'].mockResolvedValue(ok(session));
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Sprechstunde beginnen' }));
    expect(kim['sessions.start']).toHaveBeenCalledWith({ locationId: 'loc1' });
  });

  it('without any active place points to the settings', async () => {
    const { user } = renderConsultation({
      running: false,
      configure: (kim) => kim['locations.list'].mockResolvedValue(ok([{ id: 'x', name: 'Alt', kind: 'gu', municipality: 'A', active: false }])),
    });
    await screen.findByRole('heading', { level: 2, name: 'Noch kein Ort angelegt' });
    expect(screen.getByText(/Einstellungen › Orte der Sprechstunden/)).toBeTruthy();
    expect(await axeViolations()).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Einstellungen öffnen' }));
    expect(useNavigation.getState().route).toEqual({ page: 'settings' });
  });

  it('picks up a running hour (after a lock or restart) with its counters, and a lock drops it', async () => {
    renderConsultation({
      configure: (kim) =>
        kim['sessions.summary'].mockResolvedValue(
          ok(
            emptySummary({
              contacts: [{ contactId: 'k', at: session.startedAt, personId: 'p', personName: 'X', caseId: null, caseNumber: null, topics: [], followUps: 0 }],
              shortAdvice: { total: 2, byTopic: [] },
            }),
          ),
        ),
    });
    await screen.findByText(/· 1 Kontakt · 0 neue Personen · 2 Kurzberatungen · 0 warten$/);
    expect(screen.queryByRole('combobox', { name: 'Ort der Sprechstunde' })).toBeNull();
    resetAfterLock('manual');
    expect(useConsultation.getState()).toMatchObject({ session: null, progress: null, queue: [], summary: null });
  });

  it('shows the German error when the hour cannot be loaded', async () => {
    renderConsultation({ configure: (kim) => kim['sessions.current'].mockResolvedValue(fail('LOCKED')) });
    expect((await screen.findByRole('alert')).textContent).toBe('Die Fallakte ist gesperrt. Bitte entsperren Sie sie zuerst.');
    expect(screen.getByRole('button', { name: 'Neu laden' })).toBeTruthy();
  });
});
