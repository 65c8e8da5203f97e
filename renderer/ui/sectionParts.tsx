/**
 * Small pieces the case sections share (Vermittlungen, Kontakte, Fallkonferenzen; moved here from
 * features/referrals, so no feature imports another as a kit): the
 * read-only note of a closed case, a form heading that takes focus, an opener button that gets
 * focus back when its form closes, and a definition list row.
 */
import { useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { network } from '../i18n/network';
import './networkSections.css';

export function ClosedNote() {
  return <p className="notice notice-info network-closed">{network.common.closedNote}</p>;
}

/** A form's heading: focused when the form opens, so keyboard and screen reader land there. */
export function FormHeading({ level = 3, id, children }: { level?: 3 | 4; id?: string; children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  const Tag = level === 3 ? 'h3' : 'h4';
  return (
    <Tag id={id} tabIndex={-1} ref={ref} className="network-form-title">
      {children}
    </Tag>
  );
}

export interface DisclosureState {
  open: boolean;
  show: () => void;
  hide: () => void;
  /** For the button that opens the form: it gets focus back when the form closes. */
  openerRef: RefObject<HTMLButtonElement | null>;
}

export function useDisclosure(): DisclosureState {
  const [open, setOpen] = useState(false);
  const openerRef = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    if (wasOpen.current && !open) openerRef.current?.focus();
    wasOpen.current = open;
  }, [open]);
  return { open, show: () => setOpen(true), hide: () => setOpen(false), openerRef };
}

/** The button that opens a form; a plain button so it can take a ref. */
export function OpenerButton({ disclosure, label, ariaLabel }: { disclosure: DisclosureState; label: string; ariaLabel?: string }) {
  return (
    <button type="button" className="button button-secondary" ref={disclosure.openerRef} aria-label={ariaLabel} onClick={disclosure.show}>
      {label}
    </button>
  );
}

/** One term and its description in a record's details; nothing when there is nothing to say. */
export function Detail({ term, children }: { term: string; children: ReactNode }) {
  if (children === null || children === undefined || children === '') return null;
  return (
    <div className="network-detail">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
