/** A screen's h1; can take focus when it appears, so screen readers hear where they are. */
import { useEffect, useRef, type ReactNode } from 'react';

export interface ScreenHeadingProps {
  children: ReactNode;
  /** Focus the heading when it mounts and whenever focusKey changes. */
  focusOnMount?: boolean;
  focusKey?: string;
}

export function ScreenHeading({ children, focusOnMount = false, focusKey }: ScreenHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) ref.current?.focus();
  }, [focusOnMount, focusKey]);
  return (
    <h1 className="screen-title" tabIndex={-1} ref={ref}>
      {children}
    </h1>
  );
}
