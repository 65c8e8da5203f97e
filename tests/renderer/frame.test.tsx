import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ok, renderApp, unlockedStatus } from './fakeKim';

const NAV = ['Heute', 'Fälle', 'Sprechstunde', 'Statistik', 'Einstellungen'];

function renderUnlocked() {
  return renderApp({ configure: (kim) => kim['store.status'].mockResolvedValue(ok(unlockedStatus)) });
}

function current(): string[] {
  const nav = screen.getByRole('navigation', { name: 'Hauptnavigation' });
  return [...nav.querySelectorAll('[aria-current="page"]')].map((el) => el.querySelector('.nav-label')?.textContent ?? '');
}

describe('AppFrame', () => {
  it('has a header with the user, a main navigation and a main area, starting on "Heute"', async () => {
    renderUnlocked();
    expect(await screen.findByText('Angemeldet: Aylin Demir')).toBeTruthy();
    expect(screen.getByRole('banner').textContent).toContain('KIM Fallakte');
    expect(screen.getByRole('main')).toBeTruthy();
    const heading = screen.getByRole('heading', { level: 1, name: 'Heute' });
    expect(document.activeElement).toBe(heading);
    expect(current()).toEqual(['Heute']);
    for (const [index, name] of NAV.entries()) {
      expect(screen.getByRole('button', { name }).getAttribute('aria-keyshortcuts')).toBe(`Alt+${index + 1}`);
    }
    expect(screen.getByRole('link', { name: 'Zum Inhalt springen' })).toBeTruthy();
  });

  it('moves between pages with Alt+1..Alt+5 and marks the current one', async () => {
    const { user } = renderUnlocked();
    await screen.findByRole('navigation', { name: 'Hauptnavigation' });
    for (const [index, name] of NAV.entries()) {
      await user.keyboard(`{Alt>}${index + 1}{/Alt}`);
      expect(current()).toEqual([name]);
      const heading = screen.getByRole('heading', { level: 1 });
      expect(heading.textContent).toBe(name);
      expect(document.activeElement).toBe(heading);
    }
    await user.keyboard('{Alt>}3{/Alt}');
    expect(current()).toEqual(['Sprechstunde']);
    await user.keyboard('{Alt>}9{/Alt}');
    expect(current()).toEqual(['Sprechstunde']);
  });

  it('moves between pages by clicking and by Tab + Enter', async () => {
    const { user } = renderUnlocked();
    await screen.findByRole('navigation', { name: 'Hauptnavigation' });
    await user.click(screen.getByRole('button', { name: 'Statistik' }));
    expect(current()).toEqual(['Statistik']);
    expect(screen.getByRole('heading', { level: 1, name: 'Statistik' })).toBeTruthy();

    screen.getByRole('button', { name: 'Fälle' }).focus();
    await user.keyboard('{Enter}');
    expect(current()).toEqual(['Fälle']);
  });

  it('skip link moves the focus to the main area', async () => {
    const { user } = renderUnlocked();
    await screen.findByRole('navigation', { name: 'Hauptnavigation' });
    await user.click(screen.getByRole('link', { name: 'Zum Inhalt springen' }));
    expect(document.activeElement).toBe(screen.getByRole('main'));
  });
});
