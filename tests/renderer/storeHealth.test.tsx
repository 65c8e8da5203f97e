import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { StoreHealth } from '../../electron/contract';
import { fail, GOOD_PASSPHRASE, KEY_GROUPS, ok, renderApp, unlockedStatus, type FakeKim } from './fakeKim';

const NEW_KEY = 'ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789';
const PROBLEM = /Bei der Prüfung der Fallakte wurde ein Problem gefunden/;
const REMINDER = /Der Datenschlüssel wurde ausgegeben/;

function openApp(health: StoreHealth, configure: (kim: FakeKim) => void = () => undefined) {
  return renderApp({
    configure: (kim) => {
      kim['store.status'].mockResolvedValue(ok(unlockedStatus));
      kim['store.health'].mockResolvedValue(ok(health));
      configure(kim);
    },
  });
}

async function openSettings(health: StoreHealth, configure?: (kim: FakeKim) => void) {
  const app = openApp(health, configure);
  await screen.findByText('Angemeldet: Aylin Demir');
  await app.user.keyboard('{Alt>}5{/Alt}');
  expect(screen.getByRole('heading', { level: 1, name: 'Einstellungen' })).toBeTruthy();
  return app;
}

describe('Schlüssel erneuern in Einstellungen', () => {
  it('recommends it after the key was handed out, asks for the passphrase, then shows and confirms the new recovery key', async () => {
    const { kim, user } = await openSettings({ integrity: 'ok', rekeyRecommended: true }, (k) => {
      k['store.rekey'].mockResolvedValue(ok({ recoveryKey: NEW_KEY }));
    });
    expect(await screen.findByText(/Sobald er dort nicht mehr gebraucht wird, erneuern Sie bitte den Schlüssel/)).toBeTruthy();
    expect(screen.getByText(REMINDER)).toBeTruthy(); // the small reminder above every screen
    expect(screen.getByRole('heading', { level: 2, name: 'Schlüssel erneuern' })).toBeTruthy();
    expect(screen.getByText(/Ihre Passphrase bleibt gleich/)).toBeTruthy();

    const submit = screen.getByRole<HTMLButtonElement>('button', { name: 'Schlüssel erneuern' });
    expect(submit.disabled).toBe(true);
    kim['store.health'].mockResolvedValue(ok({ integrity: 'running', rekeyRecommended: false }));
    await user.type(screen.getByLabelText('Passphrase zum Erneuern des Schlüssels'), `${GOOD_PASSPHRASE}{Enter}`);
    expect(kim['store.rekey']).toHaveBeenCalledWith({ passphrase: GOOD_PASSPHRASE });

    expect(await screen.findByRole('heading', { level: 1, name: 'Ihr Wiederherstellungsschlüssel' })).toBeTruthy();
    for (const group of NEW_KEY.split('-')) expect(screen.getByText(group)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Ich habe den Schlüssel aufgeschrieben' }));
    for (const input of screen.getAllByLabelText(/^Gruppe \d$/)) {
      const label = document.querySelector(`label[for="${input.id}"]`)?.textContent ?? '';
      await user.type(input, NEW_KEY.split('-')[Number(label.replace('Gruppe ', '')) - 1]!);
    }
    await user.keyboard('{Enter}');
    expect(kim['recoveryKey.confirm']).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('Der neue Wiederherstellungsschlüssel ist bestätigt.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByText(REMINDER)).toBeNull());
    expect(KEY_GROUPS).not.toContain(NEW_KEY.split('-')[0]);
  });

  it('a wrong passphrase shows the error and clears the field; no key is shown', async () => {
    const { kim, user } = await openSettings({ integrity: 'ok', rekeyRecommended: false }, (k) => {
      k['store.rekey'].mockResolvedValue(fail('WRONG_PASSPHRASE', { retryAfterMs: 1000 }));
    });
    expect(screen.queryByText(/Sobald er dort nicht mehr gebraucht wird/)).toBeNull();
    const field = screen.getByLabelText<HTMLInputElement>('Passphrase zum Erneuern des Schlüssels');
    await user.type(field, 'falsch geraten 123{Enter}');
    expect(kim['store.rekey']).toHaveBeenCalledWith({ passphrase: 'falsch geraten 123' });
    expect(await screen.findByText('Die Passphrase ist nicht richtig. Bitte versuchen Sie es noch einmal.')).toBeTruthy();
    expect(field.value).toBe('');
    expect(screen.queryByRole('heading', { level: 1, name: 'Ihr Wiederherstellungsschlüssel' })).toBeNull();
  });
});

describe('result of the background check', () => {
  it('shows a clear banner when the check reports a problem, and nothing while it runs or is fine', async () => {
    const { kim, emit } = openApp({ integrity: 'running', rekeyRecommended: false });
    await screen.findByText('Angemeldet: Aylin Demir');
    await waitFor(() => expect(kim['store.health']).toHaveBeenCalled());
    expect(screen.queryByText(PROBLEM)).toBeNull();

    kim['store.health'].mockResolvedValue(ok({ integrity: 'problem', rekeyRecommended: false }));
    emit({ name: 'integrityChecked', integrity: 'problem' });
    const banner = await screen.findByText(PROBLEM);
    expect(banner.getAttribute('role')).toBe('alert');
    expect(banner.textContent).toMatch(/wenden Sie sich bitte an Ihre IT/);

    emit({ name: 'locked', reason: 'idle' });
    await waitFor(() => expect(screen.queryByText(PROBLEM)).toBeNull());
  });

  it('an intact store shows no banner', async () => {
    const { kim } = openApp({ integrity: 'ok', rekeyRecommended: false });
    await screen.findByText('Angemeldet: Aylin Demir');
    await waitFor(() => expect(kim['store.health']).toHaveBeenCalled());
    expect(screen.queryByText(PROBLEM)).toBeNull();
    expect(screen.queryAllByRole('alert').some((alert) => PROBLEM.test(alert.textContent ?? ''))).toBe(false);
  });
});
