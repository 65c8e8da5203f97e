import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { GOOD_PASSPHRASE, KEY, KEY_GROUPS, newStatus, ok, renderApp } from './fakeKim';

function submitButton() {
  return screen.getByRole<HTMLButtonElement>('button', { name: 'Fallakte einrichten' });
}

describe('SetupScreen', () => {
  it('starts on the setup screen for a new store, focused on the name', async () => {
    renderApp({ configure: (kim) => kim['store.status'].mockResolvedValue(ok(newStatus)) });
    expect(await screen.findByRole('heading', { level: 1, name: 'KIM Fallakte einrichten' })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText('Ihr Name'));
    expect(screen.getByText('Ohne Passphrase oder Wiederherstellungsschlüssel kann niemand die Daten öffnen – auch nicht die IT.')).toBeTruthy();
  });

  it('keeps the button disabled for a weak or mismatching passphrase, then creates the store and shows the key', async () => {
    const { kim, user } = renderApp({ configure: (kim) => kim['store.status'].mockResolvedValue(ok(newStatus)) });
    await screen.findByRole('heading', { level: 1, name: 'KIM Fallakte einrichten' });
    expect(submitButton().disabled).toBe(true);
    expect(screen.getByText('Bitte geben Sie Ihren Namen ein.')).toBeTruthy();

    await user.type(screen.getByLabelText('Ihr Name'), 'Aylin Demir');
    const passphrase = screen.getByLabelText('Passphrase');
    await user.type(passphrase, 'sommer2024');
    expect(submitButton().disabled).toBe(true);
    expect(screen.getByText(/Noch 2 Zeichen/)).toBeTruthy();
    expect(screen.getByText('Die Passphrase ist noch zu leicht zu erraten. Die Hinweise oben helfen.')).toBeTruthy();
    const meter = screen.getByRole('meter', { name: /Stärke der Passphrase/ });
    expect(Number(meter.getAttribute('value'))).toBeLessThan(3);

    await user.clear(passphrase);
    await user.type(passphrase, GOOD_PASSPHRASE);
    expect(screen.getByText('Bitte wiederholen Sie die Passphrase.')).toBeTruthy();
    await user.type(screen.getByLabelText('Passphrase wiederholen'), 'Kaffee-Tasse-Regen-1988');
    expect(submitButton().disabled).toBe(true);
    expect(screen.getByText('Die beiden Passphrasen stimmen nicht überein.')).toBeTruthy();
    expect(screen.getByLabelText('Passphrase wiederholen').getAttribute('aria-invalid')).toBe('true');

    await user.clear(screen.getByLabelText('Passphrase wiederholen'));
    await user.type(screen.getByLabelText('Passphrase wiederholen'), GOOD_PASSPHRASE);
    expect(submitButton().disabled).toBe(false);
    expect(screen.queryByText('Die beiden Passphrasen stimmen nicht überein.')).toBeNull();

    await user.click(submitButton());
    expect(kim['store.create']).toHaveBeenCalledTimes(1);
    expect(kim['store.create']).toHaveBeenCalledWith({ userName: 'Aylin Demir', passphrase: GOOD_PASSPHRASE });

    expect(await screen.findByRole('heading', { level: 1, name: 'Ihr Wiederherstellungsschlüssel' })).toBeTruthy();
    const list = screen.getByRole('list', { name: /Wiederherstellungsschlüssel/ });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual(KEY_GROUPS.map((group, i) => `${i + 1}${group}`));
    expect(screen.getByText('Der Schlüssel wird nur dieses eine Mal angezeigt.')).toBeTruthy();
  });

  it('submits with Enter, shows the busy state and clears the passphrase fields', async () => {
    let finish: (value: ReturnType<typeof ok<{ recoveryKey: string }>>) => void = () => {};
    const { kim, user } = renderApp({
      configure: (kim) => {
        kim['store.status'].mockResolvedValue(ok(newStatus));
        kim['store.create'].mockImplementation(() => new Promise((resolve) => (finish = resolve)));
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'KIM Fallakte einrichten' });
    await user.type(screen.getByLabelText('Ihr Name'), '  Aylin Demir ');
    await user.type(screen.getByLabelText('Passphrase'), GOOD_PASSPHRASE);
    await user.type(screen.getByLabelText('Passphrase wiederholen'), `${GOOD_PASSPHRASE}{Enter}`);

    expect(kim['store.create']).toHaveBeenCalledWith({ userName: 'Aylin Demir', passphrase: GOOD_PASSPHRASE });
    const busy = screen.getAllByRole('status').map((region) => region.textContent);
    expect(busy).toContain('Fallakte wird eingerichtet …');
    expect(submitButton().disabled).toBe(true);
    expect(screen.getByLabelText<HTMLInputElement>('Passphrase').value).toBe('');
    expect(screen.getByLabelText<HTMLInputElement>('Passphrase wiederholen').value).toBe('');

    finish(ok({ recoveryKey: KEY }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Ihr Wiederherstellungsschlüssel' })).toBeTruthy();
  });
});
