/** Moving the focus to a heading on the page: after in-page links and after new numbers arrived. */
import type { MouseEvent } from 'react';

/** Focuses the element now, or right after the next render if it is not there yet. */
export function focusHeading(id: string): void {
  const now = document.getElementById(id);
  if (now) {
    now.focus();
    return;
  }
  setTimeout(() => document.getElementById(id)?.focus(), 0);
}

/** In-page links: move the focus to the heading they point at, so keyboard and screen reader follow. */
export function jumpTo(event: MouseEvent<HTMLAnchorElement>, id: string): void {
  event.preventDefault();
  const target = document.getElementById(id);
  target?.scrollIntoView?.({ block: 'start' });
  target?.focus();
}
