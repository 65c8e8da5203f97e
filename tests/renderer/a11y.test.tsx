/**
 * axe-core over every screen in jsdom. jsdom has no layout, so colour contrast is left to the
 * real-browser tests; everything structural (labels, names, roles, landmarks, ids) is checked.
 */
import { screen } from '@testing-library/react';
import axe from 'axe-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { fail, GOOD_PASSPHRASE, KEY, newStatus, ok, renderApp, unlockedStatus } from './fakeKim';

/** The document around the app, as renderer/index.html has it. */
beforeEach(() => {
  document.documentElement.lang = 'de';
  document.title = 'KIM Fallakte';
});

async function violations(): Promise<string[]> {
  const result = await axe.run(document, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('accessibility (axe-core)', () => {
  it('setup screen, with hints and a mismatch', async () => {
    const { user } = renderApp({ configure: (kim) => kim['store.status'].mockResolvedValue(ok(newStatus)) });
    await user.type(await screen.findByLabelText('Passphrase'), 'kurz');
    await user.type(screen.getByLabelText('Passphrase wiederholen'), 'anders');
    expect(await violations()).toEqual([]);
  });

  it('unlock screen with an error and a countdown, and the recovery screen', async () => {
    const { user } = renderApp({
      configure: (kim) => kim['store.unlock'].mockResolvedValue(fail('WRONG_PASSPHRASE', { retryAfterMs: 5000 })),
    });
    await user.type(await screen.findByLabelText('Passphrase'), 'falsch{Enter}');
    await screen.findByRole('timer');
    expect(await violations()).toEqual([]);
    await user.click(screen.getByRole('button', { name: /Passphrase vergessen/ }));
    expect(await violations()).toEqual([]);
  });

  it('recovery key screen, both steps', async () => {
    const { user } = renderApp({
      configure: (kim) => kim['store.unlock'].mockResolvedValue(ok({ state: 'unlocked', recoveryKeyPending: true, recoveryKey: KEY })),
    });
    await user.type(await screen.findByLabelText('Passphrase'), `${GOOD_PASSPHRASE}{Enter}`);
    await screen.findByRole('heading', { level: 1, name: 'Ihr Wiederherstellungsschlüssel' });
    expect(await violations()).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Ich habe den Schlüssel aufgeschrieben' }));
    expect(await violations()).toEqual([]);
  });

  it('app frame pages and settings', async () => {
    const { user } = renderApp({ configure: (kim) => kim['store.status'].mockResolvedValue(ok(unlockedStatus)) });
    await screen.findByText('Angemeldet: Aylin Demir');
    expect(await violations()).toEqual([]);
    await user.keyboard('{Alt>}5{/Alt}');
    await screen.findByRole('heading', { level: 2, name: 'Passphrase ändern' });
    expect(await violations()).toEqual([]);
  });
});
