import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { pickTwoGroups, splitRecoveryKey } from '../../renderer/features/setup/recoveryGroups';
import { useSession } from '../../renderer/state/session';
import { fail, GOOD_PASSPHRASE, KEY, KEY_GROUPS, ok, renderApp } from './fakeKim';

/** Unlock returns a fresh key (the old one was never confirmed): the key screen appears. */
async function reachKeyScreen() {
  const app = renderApp({
    configure: (kim) => kim['store.unlock'].mockResolvedValue(ok({ state: 'unlocked', recoveryKeyPending: true, recoveryKey: KEY })),
  });
  await app.user.type(await screen.findByLabelText('Passphrase'), `${GOOD_PASSPHRASE}{Enter}`);
  await screen.findByRole('heading', { level: 1, name: 'Ihr Wiederherstellungsschlüssel' });
  return app;
}

/** The two group numbers the confirm screen asks for, read from its labels. */
function askedGroups(): number[] {
  return screen.getAllByLabelText(/^Gruppe \d$/).map((input) => {
    const label = document.querySelector(`label[for="${input.id}"]`)?.textContent ?? '';
    return Number(label.replace('Gruppe ', ''));
  });
}

describe('RecoveryKeyScreen', () => {
  it('explains a replaced key, then sends the two requested groups and opens the app', async () => {
    const { kim, user } = await reachKeyScreen();
    expect(screen.getByText(/wurde nie bestätigt. Deshalb wurde ein neuer erstellt/)).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 }));

    await user.click(screen.getByRole('button', { name: 'Ich habe den Schlüssel aufgeschrieben' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Wiederherstellungsschlüssel bestätigen' })).toBeTruthy();
    expect(screen.queryByText(KEY_GROUPS[0]!)).toBeNull(); // the key is not on screen while asking for it

    const groups = askedGroups();
    expect(groups).toHaveLength(2);
    expect(new Set(groups).size).toBe(2);
    const inputs = screen.getAllByLabelText(/^Gruppe \d$/);
    expect(document.activeElement).toBe(inputs[0]);
    await user.type(inputs[0]!, KEY_GROUPS[groups[0]! - 1]!.toLowerCase());
    await user.type(inputs[1]!, `${KEY_GROUPS[groups[1]! - 1]!}{Enter}`);

    expect(kim['recoveryKey.confirm']).toHaveBeenCalledWith({
      answers: [
        { group: groups[0], value: KEY_GROUPS[groups[0]! - 1]!.toLowerCase() },
        { group: groups[1], value: KEY_GROUPS[groups[1]! - 1] },
      ],
    });
    expect(await screen.findByRole('navigation', { name: 'Hauptnavigation' })).toBeTruthy();
    expect(useSession.getState().phase).toEqual({ name: 'unlocked' });
  });

  it('shows the error on a mismatch, lets the user retry and look at the key again', async () => {
    const { kim, user } = await reachKeyScreen();
    kim['recoveryKey.confirm'].mockResolvedValueOnce(fail('RECOVERY_CONFIRMATION_MISMATCH'));
    await user.click(screen.getByRole('button', { name: 'Ich habe den Schlüssel aufgeschrieben' }));
    const inputs = screen.getAllByLabelText(/^Gruppe \d$/);
    await user.type(inputs[0]!, 'XXXX');
    await user.type(inputs[1]!, 'YYYY{Enter}');

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Die eingegebenen Gruppen stimmen nicht mit dem Wiederherstellungsschlüssel überein. Bitte prüfen Sie Ihre Abschrift.');
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(useSession.getState().phase.name).toBe('showRecoveryKey');

    await user.click(screen.getByRole('button', { name: 'Schlüssel noch einmal anzeigen' }));
    const list = screen.getByRole('list', { name: /Wiederherstellungsschlüssel/ });
    expect(within(list).getAllByRole('listitem')).toHaveLength(8);
    expect(screen.queryByRole('alert')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Ich habe den Schlüssel aufgeschrieben' }));
    const groups = askedGroups();
    const retry = screen.getAllByLabelText(/^Gruppe \d$/);
    await user.type(retry[0]!, KEY_GROUPS[groups[0]! - 1]!);
    await user.type(retry[1]!, `${KEY_GROUPS[groups[1]! - 1]!}{Enter}`);
    expect(kim['recoveryKey.confirm']).toHaveBeenCalledTimes(2);
    expect(await screen.findByRole('navigation', { name: 'Hauptnavigation' })).toBeTruthy();
  });
});

describe('recovery key groups', () => {
  it('splits a key into its 8 groups', () => {
    expect(splitRecoveryKey(KEY)).toEqual(KEY_GROUPS);
  });

  it('always picks two distinct groups between 1 and 8', () => {
    const values = [0, 0.1, 0.125, 0.5, 0.874, 0.875, 0.99, 0.999999];
    for (const a of values) {
      for (const b of values) {
        const queue = [a, b];
        const [first, second] = pickTwoGroups(8, () => queue.shift() ?? 0);
        expect(first).toBeGreaterThanOrEqual(1);
        expect(second).toBeLessThanOrEqual(8);
        expect(first).toBeLessThan(second);
      }
    }
  });
});
