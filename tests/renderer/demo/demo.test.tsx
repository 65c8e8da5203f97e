import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fail, ok, renderApp, unlockedStatus } from '../fakeKim';
import { emptyToday, todayItem, todayOverview } from '../today/todayFixtures';

const empty = { isDemo: false, cases: 0 };
const loaded = { isDemo: true, cases: 60, persons: 71, intakesWithoutCase: 9, contacts: 400, referrals: 80, caseConferences: 12 };

function renderUnlocked(status: { isDemo: boolean; cases: number }) {
  return renderApp({
    configure: (kim) => {
      kim['store.status'].mockResolvedValue(ok(unlockedStatus));
      kim['demo.status'].mockResolvedValue(ok(status));
      kim['today.items'].mockResolvedValue(ok(emptyToday));
    },
  });
}

describe('demo data', () => {
  it('offers demo data on a new, empty store, loads it and then marks every screen', async () => {
    const { kim, user } = renderUnlocked(empty);
    await screen.findByRole('heading', { name: 'Zum Ausprobieren: Demodaten' });
    expect(screen.queryByText('Demodaten', { selector: '.demo-badge' })).toBeNull();
    kim['demo.load'].mockResolvedValue(ok(loaded));
    kim['demo.status'].mockResolvedValue(ok({ isDemo: true, cases: 60 }));
    kim['today.items'].mockResolvedValue(
      ok(todayOverview([todayItem('followUp', { id: 'f1', title: 'Rückruf Jobcenter', target: { caseId: 'c1', section: 'contacts' } })])),
    );
    await user.click(screen.getByRole('button', { name: 'Demodaten laden' }));
    expect(kim['demo.load']).toHaveBeenCalledWith({ cases: 60 });
    await screen.findByText('Demodaten geladen: 60 Fälle von 71 erfundenen Personen.');
    // Heute lists the demo data's due items at once, not "nichts fällig" until another screen was opened.
    expect(await screen.findByText('Rückruf Jobcenter', { exact: false })).toBeTruthy();
    await waitFor(() => expect(document.querySelector('.demo-badge')?.textContent).toMatch(/^Demodaten/));
    expect(screen.queryByRole('button', { name: 'Demodaten laden' })).toBeNull();
  });

  it('shows the badge and no offer when the store holds demo data', async () => {
    renderUnlocked({ isDemo: true, cases: 40 });
    await waitFor(() => expect(document.querySelector('.demo-badge')).not.toBeNull());
    expect(screen.queryByRole('heading', { name: 'Zum Ausprobieren: Demodaten' })).toBeNull();
  });

  it('offers nothing on a store with real cases', async () => {
    const { kim } = renderUnlocked({ isDemo: false, cases: 3 });
    await waitFor(() => expect(kim['demo.status']).toHaveBeenCalled());
    await screen.findByRole('heading', { level: 1, name: 'Heute' });
    expect(screen.queryByRole('heading', { name: 'Zum Ausprobieren: Demodaten' })).toBeNull();
    expect(document.querySelector('.demo-badge')).toBeNull();
  });

  it('shows the German reason when loading is refused', async () => {
    const { kim, user } = renderUnlocked(empty);
    kim['demo.load'].mockResolvedValue(fail('DEMO_NOT_EMPTY'));
    await user.click(await screen.findByRole('button', { name: 'Demodaten laden' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/\S/);
    expect(screen.getByRole('button', { name: 'Demodaten laden' })).toBeTruthy();
  });
});

describe('the way out of demo data', () => {
  it('the badge leads to Einstellungen; removing asks first, then Heute says what went', async () => {
    const { kim, user } = renderUnlocked({ isDemo: true, cases: 40 });
    const badge = await screen.findByRole('button', { name: /^Demodaten/ });
    await user.click(badge);
    await screen.findByRole('heading', { level: 1, name: 'Einstellungen' });
    const summary = await screen.findByText('Demodaten und Neubeginn', { selector: 'summary' });
    expect((summary.closest('details') as HTMLDetailsElement).open).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Demodaten entfernen …' }));
    expect(kim['demo.remove']).not.toHaveBeenCalled();
    expect(screen.getByRole('heading', { name: 'Demodaten wirklich entfernen?' })).toBeTruthy();
    // Abbrechen leaves everything as it was.
    await user.click(screen.getByRole('button', { name: 'Abbrechen' }));
    expect(screen.queryByRole('heading', { name: 'Demodaten wirklich entfernen?' })).toBeNull();

    kim['demo.remove'].mockResolvedValue(ok({ persons: 50, cases: 40, remainingCases: 1 }));
    kim['demo.status'].mockResolvedValue(ok({ isDemo: false, cases: 1 }));
    await user.click(screen.getByRole('button', { name: 'Demodaten entfernen …' }));
    await user.click(screen.getByRole('button', { name: 'Ja, Demodaten entfernen' }));
    expect(kim['demo.remove']).toHaveBeenCalledWith({});
    await screen.findByRole('heading', { level: 1, name: 'Heute' });
    await screen.findByText(/Demodaten entfernt: 50 erfundene Personen mit 40 Fällen\. Ein selbst erfasster Fall bleibt erhalten\./);
    await waitFor(() => expect(document.querySelector('.demo-badge')).toBeNull());
  });

  it('starting over empty needs the typed word; a wrong word sends nothing', async () => {
    const { kim, user } = renderUnlocked({ isDemo: true, cases: 40 });
    await user.click(await screen.findByRole('button', { name: /^Demodaten/ }));
    await user.click(await screen.findByRole('button', { name: 'Leer neu beginnen …' }));
    const field = screen.getByLabelText('Zur Bestätigung geben Sie LEEREN ein');
    expect(document.activeElement).toBe(field);
    const go = screen.getByRole('button', { name: 'Alles löschen und leer beginnen' });
    expect((go as HTMLButtonElement).disabled).toBe(true);
    await user.type(field, 'leer');
    expect((go as HTMLButtonElement).disabled).toBe(true);
    kim['demo.emptyStore'].mockResolvedValue(ok({ persons: 51, cases: 41 }));
    await user.type(field, 'en');
    await user.click(go);
    expect(kim['demo.emptyStore']).toHaveBeenCalledWith({ confirm: 'leeren' });
    await screen.findByText(/Die Fallakte ist jetzt leer\./);
  });
});
