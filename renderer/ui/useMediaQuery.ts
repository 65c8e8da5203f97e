/** Whether a CSS media query holds now, following changes (a window made narrower or wider). */
import { useEffect, useState } from 'react';

export function useMediaQuery(query: string): boolean {
  const list = () => (typeof window.matchMedia === 'function' ? window.matchMedia(query) : null);
  const [matches, setMatches] = useState(() => list()?.matches ?? false);
  useEffect(() => {
    const media = list();
    if (!media) return;
    const update = () => setMatches(media.matches);
    update();
    media.addEventListener('change', update);
    return () => media.removeEventListener('change', update);
  }, [query]);
  return matches;
}
