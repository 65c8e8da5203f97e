/**
 * A button that shows and hides a panel (aria-expanded, aria-controls): Enter and Space open it
 * like any button, and the panel's first field gets the focus, so the keyboard goes on there.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Button } from './Button';

export function Disclosure({
  label,
  open,
  onToggle,
  className,
  children,
}: {
  label: string;
  open: boolean;
  onToggle: (open: boolean) => void;
  className?: string;
  children: ReactNode;
}) {
  const panelId = useId();
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (open) panel.current?.querySelector<HTMLElement>('input, textarea, select')?.focus();
  }, [open]);
  return (
    <div className={['panel', className].filter(Boolean).join(' ')}>
      <Button aria-expanded={open} aria-controls={panelId} onClick={() => onToggle(!open)}>
        {label}
      </Button>
      <div id={panelId} ref={panel} hidden={!open}>
        {open ? children : null}
      </div>
    </div>
  );
}
