import { screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { beforeEach, describe, expect, it } from 'vitest';
import type { SearchResult } from '../../../electron/contract/areas/search';
import { useNavigation } from '../../../renderer/features/frame/navigation';
import { fail, ok, renderApp, unlockedStatus } from '../fakeKim';
import { emptyToday } from '../today/todayFixtures';

const result: SearchResult = {
  query: 'Fat',
  groups: [
    {
      kind: 'person',
      heading: 'Personen',
      total: 1,
      hits: [{ id: 'p1', label: 'Yılmaz, Fatima', detail: 'geboren 03.04.1990', snippet: null, target: { view: 'person', personId: 'p1' } }],
    },
    {
      kind: 'note',
      heading: 'Notizen aus Kontakten',
      total: 7,
      hits: [
        {
          id: 'k1',
          label: 'Kontakt am 20.11.2026',
          detail: 'Fall 2026-0042 · Yılmaz, Fatima',
          snippet: [
            { text: 'Tochter ', match: false },
            { text: 'Fatma', match: true },
            { text: ' zur Schule angemeldet', match: false },
          ],
          target: { view: 'case', caseId: 'c1', section: 'contacts' },
        },
      ],
    },
  ],
};

beforeEach(() => {
  document.documentElement.lang = 'de';
  document.title = 'KIM Fallakte';
});

function renderUnlocked() {
  return renderApp({
    configure: (kim) => {
      kim['store.status'].mockResolvedValue(ok(unlockedStatus));
      kim['demo.status'].mockResolvedValue(ok({ isDemo: false, cases: 3 }));
      kim['today.items'].mockResolvedValue(ok(emptyToday));
      kim['search.global'].mockResolvedValue(ok(result));
    },
  });
}

async function openWithShortcut() {
  const app = renderUnlocked();
  await screen.findByRole('heading', { level: 1, name: 'Heute' });
  await app.user.keyboard('{Control>}k{/Control}');
  const dialog = await screen.findByRole('dialog', { name: 'Suchen' });
  return { ...app, dialog };
}

describe('global search', () => {
  it('opens with Ctrl+K, focuses the field, searches while typing and shows the hits grouped by kind', async () => {
    const { kim, user, dialog } = await openWithShortcut();
    const field = within(dialog).getByRole('searchbox', { name: 'Suchbegriff' });
    expect(document.activeElement).toBe(field);
    await user.type(field, 'Fat');
    await within(dialog).findByRole('heading', { level: 3, name: 'Personen (1)' });
    expect(kim['search.global']).toHaveBeenLastCalledWith({ query: 'Fat' });
    expect(within(dialog).getByRole('heading', { level: 3, name: 'Notizen aus Kontakten (1 von 7)' })).toBeTruthy();
    expect(within(dialog).getByRole('status').textContent).toBe('8 Treffer');
    expect(within(dialog).getByRole('button', { name: /Yılmaz, Fatima.*geboren 03\.04\.1990/ })).toBeTruthy();
    expect(dialog.querySelector('mark')?.textContent).toBe('Fatma');
  });

  it('opens a hit with the arrow keys and Enter: a note leads to the contacts of its case', async () => {
    const { user, dialog } = await openWithShortcut();
    await user.type(within(dialog).getByRole('searchbox'), 'Fat');
    await within(dialog).findByRole('heading', { level: 3, name: 'Personen (1)' });
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement?.textContent).toMatch(/^Yılmaz, Fatima/);
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement?.textContent).toMatch(/^Kontakt am 20\.11\.2026/);
    await user.keyboard('{Enter}');
    expect(useNavigation.getState().route).toEqual({ page: 'cases', view: 'case', caseId: 'c1', section: 'contacts' });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('keeps Tab inside the open panel: past its last button back to the field, and Shift+Tab the other way', async () => {
    const { user, dialog } = await openWithShortcut();
    const field = within(dialog).getByRole('searchbox', { name: 'Suchbegriff' });
    await user.type(field, 'Fat');
    await within(dialog).findByRole('heading', { level: 3, name: 'Personen (1)' });
    const stops = [...dialog.querySelectorAll<HTMLElement>('button, input')];
    stops.at(-1)!.focus();
    await user.tab();
    expect(document.activeElement).toBe(stops[0]);
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(stops.at(-1));
    expect(dialog.contains(document.activeElement)).toBe(true);
  });

  it('opens from the header button, opens a person by click, and Escape closes and gives the focus back', async () => {
    const { user } = renderUnlocked();
    const button = await screen.findByRole('button', { name: 'Suchen' });
    await user.click(button);
    const dialog = await screen.findByRole('dialog', { name: 'Suchen' });
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(button);

    await user.click(button);
    await user.type(await screen.findByRole('searchbox', { name: 'Suchbegriff' }), 'Fat');
    expect(dialog.isConnected).toBe(false);
    await user.click(await screen.findByRole('button', { name: /^Yılmaz, Fatima/ }));
    expect(useNavigation.getState().route).toEqual({ page: 'cases', view: 'person', personId: 'p1' });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('says when nothing was found, and shows the German error of a failed search', async () => {
    const { kim, user, dialog } = await openWithShortcut();
    kim['search.global'].mockResolvedValue(ok({ query: 'Zzz', groups: [] }));
    await user.type(within(dialog).getByRole('searchbox'), 'Zzz');
    await waitFor(() => expect(within(dialog).getByRole('status').textContent).toBe('Keine Treffer für „Zzz“.'));
    kim['search.global'].mockResolvedValue(fail('LOCKED'));
    await user.type(within(dialog).getByRole('searchbox'), 'x');
    expect((await within(dialog).findByRole('alert')).textContent).toBe('Die Fallakte ist gesperrt. Bitte entsperren Sie sie zuerst.');
  });

  it('has no accessibility violations with hits shown', async () => {
    const { user, dialog } = await openWithShortcut();
    await user.type(within(dialog).getByRole('searchbox'), 'Fat');
    await within(dialog).findByRole('heading', { level: 3, name: 'Personen (1)' });
    const found = await axe.run(document, { rules: { 'color-contrast': { enabled: false } } });
    expect(found.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
