/** Focus for headings that appear after an action (a form opens, a record is shown). */
import { useEffect, useRef } from 'react';

/** A ref for a heading with tabIndex={-1}: it takes focus when it mounts and when `key` changes. */
export function useFocusOnMount<T extends HTMLElement>(key?: unknown, enabled = true) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (enabled) ref.current?.focus();
  }, [key, enabled]);
  return ref;
}
