import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { LockReason } from '../../electron/contract';
import { de } from '../../renderer/i18n/de';
import { ok, renderApp, unlockedStatus } from './fakeKim';

/**
 * A crashed or hung window is reloaded by the main process after it locked the store
 * (electron/main/rendererWatch.ts). The new page never got the 'locked' event, so it learns
 * the reason from store.status and the unlock screen says what happened.
 */
const RENDERER_TEXT =
  'Das Fenster der Fallakte reagierte nicht mehr und wurde neu gestartet. Zum Schutz Ihrer Daten wurde die Fallakte dabei gesperrt. Was Sie in Formulare eingegeben hatten, ist als Entwurf gespeichert und wird Ihnen wieder angeboten – höchstens die Eingabe der letzten Sekunde kann fehlen.';

function renderLocked(lockReason?: LockReason) {
  return renderApp({
    configure: (kim) => kim['store.status'].mockResolvedValue(ok({ state: 'locked', recoveryKeyPending: false, ...(lockReason ? { lockReason } : {}) })),
  });
}

describe('the unlock screen after a reload', () => {
  it("says the window stopped responding, was restarted, and drafts are kept, when the store was locked for 'renderer'", async () => {
    renderLocked('renderer');
    expect(await screen.findByRole('heading', { level: 1, name: 'Fallakte entsperren' })).toBeTruthy();
    expect(screen.getByText(RENDERER_TEXT)).toBeTruthy();
    expect(screen.getByLabelText('Passphrase')).toBeTruthy();
  });

  it('names no reason after a fresh start (the status carries none)', async () => {
    renderLocked();
    expect(await screen.findByRole('heading', { level: 1, name: 'Fallakte entsperren' })).toBeTruthy();
    for (const text of Object.values(de.unlock.lockReason)) expect(screen.queryByText(text)).toBeNull();
  });

  it('shows the other reasons with their texts as before', async () => {
    const expected: Record<Exclude<LockReason, 'renderer'>, string> = {
      manual: 'Die Fallakte ist gesperrt.',
      idle: 'Die Fallakte wurde gesperrt, weil eine Weile nichts eingegeben wurde.',
      suspend: 'Die Fallakte wurde gesperrt, weil das Gerät in den Ruhezustand ging.',
      'screen-lock': 'Die Fallakte wurde gesperrt, weil der Bildschirm gesperrt wurde.',
    };
    for (const [reason, text] of Object.entries(expected) as [LockReason, string][]) {
      const { view } = renderLocked(reason);
      expect(await screen.findByText(text), reason).toBeTruthy();
      expect(screen.queryByText(RENDERER_TEXT)).toBeNull();
      view.unmount();
    }
  });

  it("the 'locked' event with reason 'renderer' shows the same text in a window that survived", async () => {
    const { emit } = renderApp({ configure: (kim) => kim['store.status'].mockResolvedValue(ok(unlockedStatus)) });
    await screen.findByRole('navigation', { name: 'Hauptnavigation' });
    act(() => emit({ name: 'locked', reason: 'renderer' }));
    expect(screen.getByText(RENDERER_TEXT)).toBeTruthy();
  });
});
