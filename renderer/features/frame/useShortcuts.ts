/** The frame's keyboard shortcuts: Alt+1..Alt+5 open the pages, Ctrl+L (or Ctrl+Shift+L) locks. */
import { useEffect } from 'react';
import { PAGES, type PageId } from './navigation';

/** Which page an Alt+digit press means, or null. Uses the physical key so layouts don't matter. */
export function pageForKey(event: KeyboardEvent): PageId | null {
  if (!event.altKey || event.ctrlKey || event.metaKey) return null;
  const digit = /^(?:Digit|Numpad)([1-9])$/.exec(event.code)?.[1] ?? (/^[1-9]$/.test(event.key) ? event.key : undefined);
  return digit ? (PAGES[Number(digit) - 1] ?? null) : null;
}

export function isLockKey(event: KeyboardEvent): boolean {
  const modifier = event.ctrlKey || event.metaKey;
  return modifier && !event.altKey && (event.code === 'KeyL' || event.key.toLowerCase() === 'l');
}

export function useShortcuts(handlers: { onPage: (page: PageId) => void; onLock: () => void }): void {
  const { onPage, onLock } = handlers;
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.repeat) return;
      if (isLockKey(event)) {
        event.preventDefault();
        onLock();
        return;
      }
      const page = pageForKey(event);
      if (page) {
        event.preventDefault();
        onPage(page);
      }
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [onPage, onLock]);
}
