import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../renderer/App';
import { fail, newStatus, ok, renderApp, resetAppState } from './fakeKim';

describe('app start', () => {
  it('asks store.status and offers a retry when it fails', async () => {
    const { kim, user } = renderApp({
      configure: (kim) => kim['store.status'].mockResolvedValueOnce(fail('INTERNAL')).mockResolvedValue(ok(newStatus)),
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Die KIM Fallakte konnte nicht starten' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('Ein unerwarteter Fehler ist aufgetreten.');
    await user.click(screen.getByRole('button', { name: 'Noch einmal versuchen' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'KIM Fallakte einrichten' })).toBeTruthy();
    expect(kim['store.status']).toHaveBeenCalledTimes(2);
  });

  it('shows an error instead of crashing when the bridge is missing', async () => {
    Object.defineProperty(window, 'kim', { value: undefined, configurable: true, writable: true });
    resetAppState();
    render(<App />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Die KIM Fallakte konnte nicht starten' })).toBeTruthy();
  });
});
