/**
 * A screen that fails while rendering (issue 16): a plain German message instead of a blank
 * window, never the error's text; the frame and "Sperren" keep working; "Ansicht neu laden"
 * renders the screen again; and what was typed is kept as a draft and offered again.
 *
 * The Statistik page is replaced by a small form that can be told to fail; everything else (the
 * frame, the boundary, drafts) is the app's own.
 */
import axe from 'axe-core';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ok, renderApp, unlockedStatus } from './fakeKim';

const SECRET = 'Frau Muster wohnt in der Lindenstraße 12';
const KEY = 'test:broken-page';
const control = vi.hoisted(() => ({ fail: false, failUnlock: false }));

vi.mock('../../renderer/features/statistics/StatisticsPage', async () => {
  const { useFormDraft } = await import('../../renderer/ui/useFormDraft');
  const { DraftNotice } = await import('../../renderer/ui/DraftNotice');
  function StatisticsPage() {
    const draft = useFormDraft(KEY, { note: '' });
    // The error's message holds personal data, as a real one might (a value that did not parse).
    if (control.fail) throw new Error(SECRET);
    return (
      <section>
        <h1>Statistik</h1>
        <label>
          Notiz
          <input value={draft.values.note} onChange={(event) => draft.set('note', event.target.value)} />
        </label>
        <DraftNotice restoredAt={draft.restoredAt} onDiscard={draft.discard} />
      </section>
    );
  }
  return { StatisticsPage };
});

// The unlock screen as it is, unless a test tells it to fail.
vi.mock('../../renderer/features/unlock/UnlockScreen', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../renderer/features/unlock/UnlockScreen')>();
  function UnlockScreen(props: Parameters<typeof actual.UnlockScreen>[0]) {
    if (control.failUnlock) throw new Error(SECRET);
    return <actual.UnlockScreen {...props} />;
  }
  return { ...actual, UnlockScreen };
});

/** The store keeps the last draft saved, like the main process does. */
function renderWithDraftStore() {
  let stored: { key: string; fields: string; route: string; savedAt: string } | null = null;
  const app = renderApp({
    configure: (kim) => {
      kim['store.status'].mockResolvedValue(ok(unlockedStatus));
      kim['drafts.save'].mockImplementation(async (input) => {
        stored = { key: input.key, fields: input.fields, route: input.route, savedAt: new Date(2026, 10, 21, 10, 15).toISOString() };
        return ok(null);
      });
      kim['drafts.load'].mockImplementation(async ({ key }) => ok(stored?.key === key ? stored : null));
    },
  });
  return app;
}

/** axe-core over the page, as tests/renderer/a11y.test.tsx runs it. */
async function violations(): Promise<string[]> {
  document.documentElement.lang = 'de';
  document.title = 'KIM Fallakte';
  const result = await axe.run(document, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const errorTitle = 'Diese Ansicht konnte nicht angezeigt werden';

beforeEach(() => {
  control.fail = false;
  control.failUnlock = false;
  // React reports a caught error on the console; the test checks the screen, not the console.
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
});

async function openStatistics(user: ReturnType<typeof renderApp>['user']) {
  await user.click(await screen.findByRole('button', { name: /^Statistik/ }));
  return screen.findByRole('heading', { level: 1, name: 'Statistik' });
}

describe('a screen that fails', () => {
  it('shows a plain German message without the error, and the frame and lock still work', async () => {
    const { kim, user } = renderWithDraftStore();
    await openStatistics(user);

    act(() => {
      control.fail = true;
      fireEvent.change(screen.getByLabelText('Notiz'), { target: { value: 'x' } });
    });

    const heading = await screen.findByRole('heading', { level: 1, name: errorTitle });
    expect(document.activeElement).toBe(heading);
    expect(screen.getByRole('alert').textContent).toBe('In der KIM Fallakte ist ein unerwarteter Fehler aufgetreten. Das liegt nicht an Ihnen.');
    expect(screen.getByText(/als Entwurf in der Fallakte gespeichert/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Ansicht neu laden' })).toBeTruthy();
    expect(await violations()).toEqual([]);
    // Neither the message nor the stack of the error reaches the screen.
    expect(document.body.textContent).not.toContain('Lindenstraße');
    expect(document.body.textContent).not.toMatch(/Error|at StatisticsPage|\.tsx/);

    // The frame is still there and works: another page opens, and back again shows the page anew.
    const nav = screen.getByRole('navigation', { name: 'Hauptnavigation' });
    await user.click(within(nav).getByRole('button', { name: /^Einstellungen/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Einstellungen' })).toBeTruthy();
    expect(screen.queryByText(errorTitle)).toBeNull();
    control.fail = false;
    await openStatistics(user);

    // And "Sperren" locks.
    control.fail = true;
    act(() => {
      fireEvent.change(screen.getByLabelText('Notiz'), { target: { value: 'y' } });
    });
    await screen.findByRole('heading', { level: 1, name: errorTitle });
    await user.click(screen.getByRole('button', { name: 'Sperren' }));
    expect(kim['store.lock']).toHaveBeenCalledWith({});
    expect(await screen.findByRole('heading', { level: 1, name: 'Fallakte entsperren' })).toBeTruthy();
  });

  it('saves the draft being typed at once, and offers it again after "Ansicht neu laden"', async () => {
    const { kim, user } = renderWithDraftStore();
    await openStatistics(user);
    const saves = kim['drafts.save'].mock.calls.length;

    // One keystroke, and the screen fails in the same moment: the save still waiting for its
    // delay (600 ms) must go out when the error is caught, not later.
    act(() => {
      fireEvent.change(screen.getByLabelText('Notiz'), { target: { value: 'Termin beim Jobcenter am Dienstag' } });
    });
    expect(kim['drafts.save'].mock.calls.length).toBe(saves);
    act(() => {
      control.fail = true;
      fireEvent.change(screen.getByLabelText('Notiz'), { target: { value: 'Termin beim Jobcenter am Dienstag, 9 Uhr' } });
    });
    await screen.findByRole('heading', { level: 1, name: errorTitle });
    expect(kim['drafts.save'].mock.calls.length).toBe(saves + 1);
    const saved = kim['drafts.save'].mock.calls.at(-1)?.[0];
    expect(saved?.key).toBe(KEY);
    expect(JSON.parse(saved?.fields ?? '{}')).toEqual({ note: 'Termin beim Jobcenter am Dienstag, 9 Uhr' });

    control.fail = false;
    await user.click(screen.getByRole('button', { name: 'Ansicht neu laden' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Statistik' })).toBeTruthy();
    await waitFor(() => expect(screen.getByLabelText<HTMLInputElement>('Notiz').value).toBe('Termin beim Jobcenter am Dienstag, 9 Uhr'));
    expect(screen.getByText('Ihr Entwurf vom 21.11.2026, 10:15 wurde wiederhergestellt.')).toBeTruthy();
  });

  it('shows the message as a screen of its own when a screen outside the frame fails', async () => {
    control.failUnlock = true;
    const { user } = renderApp();
    const heading = await screen.findByRole('heading', { level: 1, name: errorTitle });
    expect(heading.closest('main')).not.toBeNull();
    expect(await violations()).toEqual([]);
    expect(document.body.textContent).not.toContain('Lindenstraße');

    control.failUnlock = false;
    await user.click(screen.getByRole('button', { name: 'Ansicht neu laden' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Fallakte entsperren' })).toBeTruthy();
  });
});
