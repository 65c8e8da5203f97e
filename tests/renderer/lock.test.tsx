import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useSettings } from '../../renderer/features/settings/settingsStore';
import { registerResetOnLock, useSession } from '../../renderer/state/session';
import { GOOD_PASSPHRASE, KEY, KEY_GROUPS, ok, renderApp, unlockedStatus } from './fakeKim';

function renderUnlocked() {
  return renderApp({ configure: (kim) => kim['store.status'].mockResolvedValue(ok(unlockedStatus)) });
}

describe('locking', () => {
  it('subscribes once to the main process events', async () => {
    const { kim, listenerCount } = renderUnlocked();
    await screen.findByRole('navigation', { name: 'Hauptnavigation' });
    expect(kim.onEvent).toHaveBeenCalled();
    expect(listenerCount()).toBe(1);
  });

  it("drops all state and shows the unlock screen on a 'locked' event", async () => {
    const { emit, user } = renderUnlocked();
    expect(await screen.findByText('Angemeldet: Aylin Demir')).toBeTruthy();
    const caseStoreReset = vi.fn();
    const unregister = registerResetOnLock(caseStoreReset);
    await user.keyboard('{Alt>}2{/Alt}');
    expect(screen.getByRole('heading', { level: 1, name: 'Fälle' })).toBeTruthy();

    act(() => emit({ name: 'locked', reason: 'idle' }));
    unregister();

    expect(caseStoreReset).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('heading', { level: 1, name: 'Fallakte entsperren' })).toBeTruthy();
    expect(screen.getByText('Die Fallakte wurde gesperrt, weil eine Weile nichts eingegeben wurde.')).toBeTruthy();
    expect(screen.queryByText(/Aylin Demir/)).toBeNull();
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(useSettings.getState().settings).toBeNull();

    // After unlocking again the app returns to the screen the lock interrupted, loaded afresh.
    await user.type(screen.getByLabelText('Passphrase'), `${GOOD_PASSPHRASE}{Enter}`);
    const cases = await screen.findByRole('button', { name: 'Fälle' });
    await waitFor(() => expect(cases.getAttribute('aria-current')).toBe('page'));
    expect(screen.getByRole('heading', { level: 1, name: 'Fälle' })).toBeTruthy();
  });

  it('forgets a recovery key on screen when the store locks', async () => {
    const { emit, user } = renderApp({
      configure: (kim) => kim['store.unlock'].mockResolvedValue(ok({ state: 'unlocked', recoveryKeyPending: true, recoveryKey: KEY })),
    });
    await user.type(await screen.findByLabelText('Passphrase'), `${GOOD_PASSPHRASE}{Enter}`);
    expect(await screen.findByText(KEY_GROUPS[3]!)).toBeTruthy();

    act(() => emit({ name: 'locked', reason: 'screen-lock' }));
    expect(screen.queryByText(KEY_GROUPS[3]!)).toBeNull();
    expect(JSON.stringify(useSession.getState())).not.toContain(KEY_GROUPS[3]!);
    expect(screen.getByText('Die Fallakte wurde gesperrt, weil der Bildschirm gesperrt wurde.')).toBeTruthy();
  });

  it('keeps what is typed on the unlock screen when a late event arrives', async () => {
    const { emit, user } = renderApp();
    const field = await screen.findByLabelText<HTMLInputElement>('Passphrase');
    await user.type(field, 'halb');
    act(() => emit({ name: 'locked', reason: 'manual' }));
    expect(screen.getByLabelText<HTMLInputElement>('Passphrase').value).toBe('halb');
  });

  it('locks with the "Sperren" button', async () => {
    const { kim, user } = renderUnlocked();
    const lockButton = await screen.findByRole('button', { name: 'Sperren' });
    expect(lockButton.getAttribute('aria-keyshortcuts')).toContain('Control+L');
    await user.click(lockButton);
    expect(kim['store.lock']).toHaveBeenCalledWith({});
    expect(screen.getByRole('heading', { level: 1, name: 'Fallakte entsperren' })).toBeTruthy();
    expect(screen.getByText('Die Fallakte ist gesperrt.')).toBeTruthy();
    expect(useSettings.getState().settings).toBeNull();
    expect(document.activeElement).toBe(screen.getByLabelText('Passphrase'));
  });

  it('locks with Ctrl+L and Ctrl+Shift+L', async () => {
    const { kim, user } = renderUnlocked();
    await screen.findByRole('navigation', { name: 'Hauptnavigation' });
    await user.keyboard('{Control>}l{/Control}');
    expect(kim['store.lock']).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('heading', { level: 1, name: 'Fallakte entsperren' })).toBeTruthy();

    await user.type(screen.getByLabelText('Passphrase'), `${GOOD_PASSPHRASE}{Enter}`);
    await screen.findByRole('navigation', { name: 'Hauptnavigation' });
    await user.keyboard('{Control>}{Shift>}L{/Shift}{/Control}');
    expect(kim['store.lock']).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole('navigation')).toBeNull();
  });

  it('throws away settings that arrive after a lock', async () => {
    let answer: (value: ReturnType<typeof ok<{ userName: string; autoLockMinutes: number; reassessmentMonths: number }>>) => void = () => {};
    const { emit } = renderApp({
      configure: (kim) => {
        kim['store.status'].mockResolvedValue(ok(unlockedStatus));
        kim['settings.get'].mockImplementation(() => new Promise((resolve) => (answer = resolve)));
      },
    });
    await screen.findByRole('navigation', { name: 'Hauptnavigation' });
    act(() => emit({ name: 'locked', reason: 'suspend' }));
    await act(async () => answer(ok({ userName: 'Aylin Demir', autoLockMinutes: 5, reassessmentMonths: 6 })));
    expect(useSettings.getState().settings).toBeNull();
  });
});
