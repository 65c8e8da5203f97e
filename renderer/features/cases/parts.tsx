/** Small pieces the case screens share: a load failure, a labelled checkbox, a list of facts. */
import { useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/**
 * A list or page that could not be loaded. Polite (role="status"), not an alert: it appears when
 * a page opens, not after an action, and several alerts at once would talk over the heading.
 */
export function LoadFailure({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p className="message message-error" role="status">
      {message}
    </p>
  );
}

export function Checkbox({ label, checked, onChange, hint }: { label: string; checked: boolean; onChange: (checked: boolean) => void; hint?: string }) {
  const id = useId();
  return (
    <div className="field">
      <label className="choice" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          checked={checked}
          onChange={(event) => onChange(event.target.checked)}
          aria-describedby={hint ? `${id}-hint` : undefined}
        />
        <span>{label}</span>
      </label>
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/** Label/value pairs as a description list; rows without a value are left out. */
export function Facts({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <dl className="facts">
      {rows
        .filter(([, value]) => value !== null && value !== undefined && value !== '')
        .map(([label, value]) => (
          <div className="facts-row" key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}

/** Text only screen readers read, e.g. which row a "Ändern" button belongs to. */
export function SrOnly({ children }: { children: ReactNode }) {
  return <span className="sr-only">{children}</span>;
}

/**
 * A heading that takes the focus when it appears with `focus` set (a new step, a form that opened).
 * Focus moves happen in layout effects: in the same commit as the change they belong to.
 */
export function FocusHeading({ id, focus, level = 2, children }: { id?: string; focus: boolean; level?: 2 | 3; children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  const Tag = level === 2 ? 'h2' : 'h3';
  return (
    <Tag id={id} tabIndex={-1} ref={ref}>
      {children}
    </Tag>
  );
}

const NO_WAIT = Symbol('no-wait');

/**
 * Keeps the keyboard focus in place when a list is redrawn after an action: name the id of the
 * element to focus next. It is focused once `data` has been replaced (or at the next render
 * with `waitForData` false) and the element exists.
 */
export function usePendingFocus(data: unknown): (id: string, waitForData?: boolean) => void {
  const pending = useRef<{ id: string; before: unknown } | null>(null);
  const [tick, setTick] = useState(0);
  useLayoutEffect(() => {
    const request = pending.current;
    if (!request || (request.before !== NO_WAIT && request.before === data)) return;
    const target = document.getElementById(request.id);
    if (target) {
      target.focus();
      pending.current = null;
    }
  }, [data, tick]);
  return (id: string, waitForData = true) => {
    pending.current = { id, before: waitForData ? data : NO_WAIT };
    setTick((n) => n + 1);
  };
}
