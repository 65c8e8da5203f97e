import { act, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fail, GOOD_PASSPHRASE, KEY, OTHER_PASSPHRASE, ok, renderApp, useFakeClock } from './fakeKim';

function unlockButton() {
  return screen.getByRole<HTMLButtonElement>('button', { name: 'Entsperren' });
}

/** Lets pending promises (the fake bridge's answers) settle under fake timers. */
async function flush() {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(0);
  });
}

describe('UnlockScreen', () => {
  it('unlocks with the passphrase and opens the app', async () => {
    const { kim, user } = renderApp();
    const field = await screen.findByLabelText('Passphrase');
    expect(document.activeElement).toBe(field);
    await user.type(field, GOOD_PASSPHRASE);
    await user.click(unlockButton());
    expect(kim['store.unlock']).toHaveBeenCalledWith({ passphrase: GOOD_PASSPHRASE });
    expect(await screen.findByRole('navigation', { name: 'Hauptnavigation' })).toBeTruthy();
  });

  it('shows the wrong-passphrase message and blocks the button while retryAfterMs runs', async () => {
    useFakeClock();
    const { kim, user } = renderApp({
      configure: (kim) => kim['store.unlock'].mockResolvedValueOnce(fail('WRONG_PASSPHRASE', { retryAfterMs: 4000 })),
    });
    await flush();
    const field = screen.getByLabelText<HTMLInputElement>('Passphrase');
    await user.type(field, 'falsch-falsch-falsch{Enter}');
    await flush();

    expect(kim['store.unlock']).toHaveBeenCalledWith({ passphrase: 'falsch-falsch-falsch' });
    expect(screen.getByRole('alert').textContent).toBe('Die Passphrase ist nicht richtig. Bitte versuchen Sie es noch einmal.');
    expect(field.value).toBe('');
    expect(document.activeElement).toBe(field);
    expect(unlockButton().disabled).toBe(true);
    expect(screen.getByRole('timer').textContent).toBe('Nächster Versuch in 4 Sekunden.');

    // Enter during the wait does nothing.
    await user.type(field, `${GOOD_PASSPHRASE}{Enter}`);
    expect(kim['store.unlock']).toHaveBeenCalledTimes(1);

    await act(async () => {
      await vi.advanceTimersByTimeAsync(3000);
    });
    expect(screen.getByRole('timer').textContent).toBe('Nächster Versuch in 1 Sekunde.');
    expect(unlockButton().disabled).toBe(true);

    await act(async () => {
      await vi.advanceTimersByTimeAsync(1000);
    });
    expect(screen.queryByRole('timer')).toBeNull();
    expect(unlockButton().disabled).toBe(false);
    expect(screen.getAllByRole('status').map((s) => s.textContent)).toContain('Sie können es jetzt noch einmal versuchen.');

    await user.click(unlockButton());
    await flush();
    expect(kim['store.unlock']).toHaveBeenCalledTimes(2);
    expect(kim['store.unlock']).toHaveBeenLastCalledWith({ passphrase: GOOD_PASSPHRASE });
    expect(screen.getByRole('navigation', { name: 'Hauptnavigation' })).toBeTruthy();
  });

  it('shows the throttle message with its own countdown', async () => {
    useFakeClock();
    const { user } = renderApp({
      configure: (kim) => kim['store.unlock'].mockResolvedValueOnce(fail('UNLOCK_THROTTLED', { retryAfterMs: 1500 })),
    });
    await flush();
    await user.type(screen.getByLabelText('Passphrase'), 'irgendwas{Enter}');
    await flush();
    expect(screen.getByRole('alert').textContent).toContain('Zu viele falsche Versuche');
    expect(screen.getByRole('timer').textContent).toBe('Nächster Versuch in 2 Sekunden.');
    expect(unlockButton().disabled).toBe(true);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1500);
    });
    expect(unlockButton().disabled).toBe(false);
  });

  it('shows a damaged database prominently and keeps the button usable', async () => {
    const { user } = renderApp({ configure: (kim) => kim['store.unlock'].mockResolvedValueOnce(fail('DB_DAMAGED')) });
    await user.type(await screen.findByLabelText('Passphrase'), `${GOOD_PASSPHRASE}{Enter}`);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Die Datei der Fallakte ist beschädigt');
    expect(alert.className).toContain('message-severe');
    expect(screen.queryByRole('timer')).toBeNull();
    expect(unlockButton().disabled).toBe(false);
  });

  it('explains a new recovery key when the unlock created one', async () => {
    const { user } = renderApp({
      configure: (kim) => kim['store.unlock'].mockResolvedValue(ok({ state: 'unlocked', recoveryKeyPending: true, recoveryKey: KEY })),
    });
    await user.type(await screen.findByLabelText('Passphrase'), `${GOOD_PASSPHRASE}{Enter}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Ihr Wiederherstellungsschlüssel' })).toBeTruthy();
    expect(screen.getByText(/Deshalb wurde ein neuer erstellt; der alte gilt nicht mehr/)).toBeTruthy();
  });
});

describe('RecoveryUnlockScreen', () => {
  it('unlocks with the recovery key and a new passphrase, and goes back on request', async () => {
    const { kim, user } = renderApp();
    await screen.findByLabelText('Passphrase');
    await user.click(screen.getByRole('button', { name: 'Passphrase vergessen? Mit Wiederherstellungsschlüssel entsperren' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Mit Wiederherstellungsschlüssel entsperren' })).toBeTruthy();
    const keyField = screen.getByLabelText('Wiederherstellungsschlüssel');
    expect(document.activeElement).toBe(keyField);

    await user.click(screen.getByRole('button', { name: 'Zurück zur Passphrase' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Fallakte entsperren' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Passphrase vergessen? Mit Wiederherstellungsschlüssel entsperren' }));

    const submit = () => screen.getByRole<HTMLButtonElement>('button', { name: 'Entsperren und neue Passphrase speichern' });
    await user.type(screen.getByLabelText('Wiederherstellungsschlüssel'), KEY.toLowerCase());
    await user.type(screen.getByLabelText('Neue Passphrase'), OTHER_PASSPHRASE);
    expect(submit().disabled).toBe(true);
    await user.type(screen.getByLabelText('Neue Passphrase wiederholen'), OTHER_PASSPHRASE);
    expect(submit().disabled).toBe(false);

    kim['store.unlockWithRecoveryKey'].mockResolvedValueOnce(fail('WRONG_RECOVERY_KEY'));
    await user.click(submit());
    expect(kim['store.unlockWithRecoveryKey']).toHaveBeenCalledWith({ recoveryKey: KEY.toLowerCase(), newPassphrase: OTHER_PASSPHRASE });
    expect((await screen.findByRole('alert')).textContent).toBe('Der Wiederherstellungsschlüssel ist nicht richtig. Bitte prüfen Sie jede Gruppe.');
    // The key stays for corrections, the new passphrase is gone.
    expect(screen.getByLabelText<HTMLInputElement>('Wiederherstellungsschlüssel').value).toBe(KEY.toLowerCase());
    expect(screen.getByLabelText<HTMLInputElement>('Neue Passphrase').value).toBe('');

    await user.type(screen.getByLabelText('Neue Passphrase'), OTHER_PASSPHRASE);
    await user.type(screen.getByLabelText('Neue Passphrase wiederholen'), `${OTHER_PASSPHRASE}{Enter}`);
    expect(kim['store.unlockWithRecoveryKey']).toHaveBeenCalledTimes(2);
    expect(await screen.findByRole('navigation', { name: 'Hauptnavigation' })).toBeTruthy();
  });
});
