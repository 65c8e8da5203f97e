import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fail, GOOD_PASSPHRASE, KEY_GROUPS, OTHER_PASSPHRASE, ok, renderApp, unlockedStatus } from './fakeKim';

async function openSettings() {
  const app = renderApp({ configure: (kim) => kim['store.status'].mockResolvedValue(ok(unlockedStatus)) });
  await screen.findByText('Angemeldet: Aylin Demir');
  await app.user.keyboard('{Alt>}5{/Alt}');
  expect(screen.getByRole('heading', { level: 1, name: 'Einstellungen' })).toBeTruthy();
  return app;
}

function statuses(): string[] {
  return screen.getAllByRole('status').map((s) => s.textContent ?? '');
}

describe('SettingsScreen', () => {
  it('shows the saved values and saves auto-lock minutes and the name', async () => {
    const { kim, user } = await openSettings();
    const minutes = screen.getByLabelText<HTMLInputElement>('Automatisch sperren nach (Minuten)');
    expect(minutes.value).toBe('5');
    expect(minutes.min).toBe('1');
    expect(minutes.max).toBe('60');
    await user.clear(minutes);
    await user.type(minutes, '12');
    const name = screen.getByLabelText<HTMLInputElement>('Ihr Name');
    await user.clear(name);
    await user.type(name, 'Aylin Demir-Kaya');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    expect(kim['settings.update']).toHaveBeenCalledWith({ userName: 'Aylin Demir-Kaya', autoLockMinutes: 12 });
    expect(await screen.findByText('Die Einstellungen sind gespeichert.')).toBeTruthy();
    expect(statuses()).toContain('Die Einstellungen sind gespeichert.');
    expect(screen.getByText('Angemeldet: Aylin Demir-Kaya')).toBeTruthy();
  });

  it('refuses minutes outside 1..60 without calling the main process', async () => {
    const { kim, user } = await openSettings();
    const minutes = screen.getByLabelText('Automatisch sperren nach (Minuten)');
    for (const bad of ['0', '61', '2.5']) {
      await user.clear(minutes);
      await user.type(minutes, `${bad}{Enter}`);
      expect(screen.getByText('Bitte geben Sie eine ganze Zahl von 1 bis 60 ein.')).toBeTruthy();
      expect(minutes.getAttribute('aria-invalid')).toBe('true');
    }
    expect(kim['settings.update']).not.toHaveBeenCalled();
  });

  it('changes the passphrase and clears the fields', async () => {
    const { kim, user } = await openSettings();
    const submit = () => screen.getByRole<HTMLButtonElement>('button', { name: 'Passphrase ändern' });
    expect(submit().disabled).toBe(true);
    await user.type(screen.getByLabelText('Bisherige Passphrase'), GOOD_PASSPHRASE);
    await user.type(screen.getByLabelText('Neue Passphrase'), OTHER_PASSPHRASE);
    await user.type(screen.getByLabelText('Neue Passphrase wiederholen'), OTHER_PASSPHRASE);
    await user.click(submit());
    expect(kim['store.changePassphrase']).toHaveBeenCalledWith({ current: GOOD_PASSPHRASE, next: OTHER_PASSPHRASE });
    expect(await screen.findByText('Die Passphrase ist geändert. Ab jetzt gilt nur noch die neue.')).toBeTruthy();
    for (const label of ['Bisherige Passphrase', 'Neue Passphrase', 'Neue Passphrase wiederholen']) {
      expect(screen.getByLabelText<HTMLInputElement>(label).value).toBe('');
    }
  });

  it('shows the error of a failed passphrase change', async () => {
    const { kim, user } = await openSettings();
    kim['store.changePassphrase'].mockResolvedValueOnce(fail('SAME_PASSPHRASE'));
    await user.type(screen.getByLabelText('Bisherige Passphrase'), OTHER_PASSPHRASE);
    await user.type(screen.getByLabelText('Neue Passphrase'), OTHER_PASSPHRASE);
    await user.type(screen.getByLabelText('Neue Passphrase wiederholen'), `${OTHER_PASSPHRASE}{Enter}`);
    expect((await screen.findByRole('alert')).textContent).toBe('Die neue Passphrase muss sich von der bisherigen unterscheiden.');
  });

  it('renews the recovery key, shows and confirms it, and returns to the settings', async () => {
    const { kim, user } = await openSettings();
    await user.type(screen.getByLabelText('Passphrase zur Bestätigung'), `${GOOD_PASSPHRASE}{Enter}`);
    expect(kim['recoveryKey.renew']).toHaveBeenCalledWith({ passphrase: GOOD_PASSPHRASE });
    expect(await screen.findByRole('heading', { level: 1, name: 'Ihr Wiederherstellungsschlüssel' })).toBeTruthy();
    expect(screen.getByText(/Der bisherige gilt ab sofort nicht mehr/)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Ich habe den Schlüssel aufgeschrieben' }));
    const inputs = screen.getAllByLabelText(/^Gruppe \d$/);
    for (const input of inputs) {
      const label = document.querySelector(`label[for="${input.id}"]`)?.textContent ?? '';
      await user.type(input, KEY_GROUPS[Number(label.replace('Gruppe ', '')) - 1]!);
    }
    await user.keyboard('{Enter}');
    expect(kim['recoveryKey.confirm']).toHaveBeenCalledTimes(1);
    expect(await screen.findByRole('heading', { level: 1, name: 'Einstellungen' })).toBeTruthy();
    expect(statuses()).toContain('Der neue Wiederherstellungsschlüssel ist bestätigt.');
  });
});
