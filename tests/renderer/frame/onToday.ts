/** The unlocked app on "Heute" with nothing due and no demo data: where frame-wide tests start. */
import { screen } from '@testing-library/react';
import { ok, renderApp, unlockedStatus } from '../fakeKim';
import { emptyToday } from '../today/todayFixtures';

export async function renderOnToday() {
  const app = renderApp({
    configure: (kim) => {
      kim['store.status'].mockResolvedValue(ok(unlockedStatus));
      kim['demo.status'].mockResolvedValue(ok({ isDemo: false, cases: 3 }));
      kim['today.items'].mockResolvedValue(ok(emptyToday));
    },
  });
  await screen.findByRole('heading', { level: 1, name: 'Heute' });
  return app;
}
