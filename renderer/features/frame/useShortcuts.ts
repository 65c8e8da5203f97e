/**
 * Acts on shortcuts of the registry (./shortcuts) wherever the focus is: give the ids and what
 * each should do, e.g. `useShortcuts({ lock, 'page.today': () => openPage('today') })`.
 * Key presses already handled elsewhere (defaultPrevented) and held-down repeats are ignored.
 */
import { useEffect, useRef } from 'react';
import { matchesShortcut, type ShortcutId } from './shortcuts';

export type ShortcutHandlers = Partial<Record<ShortcutId, () => void>>;

export function useShortcuts(handlers: ShortcutHandlers): void {
  const current = useRef(handlers);
  useEffect(() => {
    current.current = handlers;
  });
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.repeat || event.isComposing) return;
      for (const [id, handler] of Object.entries(current.current) as [ShortcutId, (() => void) | undefined][]) {
        if (handler && matchesShortcut(id, event)) {
          event.preventDefault();
          handler();
          return;
        }
      }
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
