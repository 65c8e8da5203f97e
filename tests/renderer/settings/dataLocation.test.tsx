/** Einstellungen → Speicherort der Fallakte: the folder and the setting that chose it, read only; an error is shown. */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { StoreLocation } from '../../../electron/contract';
import { errorMessages } from '../../../electron/contract/errors';
import { fail, ok, renderApp, unlockedStatus, type FakeKim } from '../fakeKim';

async function openSettings(configure: (kim: FakeKim) => void) {
  const app = renderApp({
    configure: (kim) => {
      kim['store.status'].mockResolvedValue(ok(unlockedStatus));
      configure(kim);
    },
  });
  await screen.findByText('Angemeldet: Aylin Demir');
  await app.user.keyboard('{Alt>}5{/Alt}');
  return { ...app, panel: screen.getByRole('region', { name: 'Speicherort der Fallakte' }) };
}

describe('Einstellungen → Speicherort der Fallakte', () => {
  it('shows the folder and its source, with nothing to edit', async () => {
    const location: StoreLocation = { folder: 'D:\\KIM Fallakte\\anna', source: 'rechner', sourceLabel: 'Einstellung der IT für diesen Computer' };
    const { kim, panel } = await openSettings((kim) => kim['store.location'].mockResolvedValue(ok(location)));
    expect(await within(panel).findByText('D:\\KIM Fallakte\\anna')).toBeTruthy();
    expect(within(panel).getByText('Ordner')).toBeTruthy();
    expect(within(panel).getByText('Festgelegt durch')).toBeTruthy();
    expect(within(panel).getByText('Einstellung der IT für diesen Computer')).toBeTruthy();
    expect(within(panel).queryByRole('textbox')).toBeNull();
    expect(within(panel).queryByRole('button')).toBeNull();
    expect(kim['store.location']).toHaveBeenCalledWith({});
  });

  it('shows the error when the location cannot be read (as text, not an alert)', async () => {
    const { panel } = await openSettings((kim) => kim['store.location'].mockResolvedValue(fail('INTERNAL')));
    expect(await within(panel).findByText(errorMessages.INTERNAL)).toBeTruthy();
    expect(within(panel).queryByRole('alert')).toBeNull();
    expect(within(panel).queryByText('Ordner')).toBeNull();
  });
});
