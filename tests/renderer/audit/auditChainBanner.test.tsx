import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { StoreHealth } from '../../../electron/contract';
import { ok, renderApp, unlockedStatus } from '../fakeKim';

const CHANGED = /Das Protokoll der Fallakte wurde außerhalb der App verändert/;
const FINDING = 'Eintrag Nr. 4 vom 23.11.2026, 10:30 Uhr wurde verändert oder an eine andere Stelle verschoben (oder ein Eintrag direkt davor entfernt).';

function openApp(health: StoreHealth) {
  return renderApp({
    configure: (kim) => {
      kim['store.status'].mockResolvedValue(ok(unlockedStatus));
      kim['store.health'].mockResolvedValue(ok(health));
    },
  });
}

describe('the audit chain in the store notices', () => {
  it('shows an alert naming the first broken entry when the background check found one', async () => {
    openApp({ integrity: 'ok', rekeyRecommended: false, auditChainProblem: FINDING });
    const alert = await screen.findByText(CHANGED);
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toContain(FINDING);
    expect(alert.textContent).toMatch(/Datenschutzbeauftragte/);
  });

  it('shows nothing about the log while it is intact', async () => {
    const { kim } = openApp({ integrity: 'ok', rekeyRecommended: false });
    await screen.findByText('Angemeldet: Aylin Demir');
    await waitFor(() => expect(kim['store.health']).toHaveBeenCalled());
    expect(screen.queryByText(CHANGED)).toBeNull();
  });
});
