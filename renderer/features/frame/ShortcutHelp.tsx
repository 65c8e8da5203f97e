/**
 * The help overlay: every shortcut of the registry (./shortcuts), one table per group. A modal
 * dialog: the frame behind it is inert, Tab stays inside, Esc closes and the focus goes back to
 * where it was. A frame shortcut pressed while it is open (Alt+2, Strg+K …) closes it and then
 * does its work, so people can try out what they just read.
 */
import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState, type MouseEvent, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { shortcutTexts as t } from '../../i18n/shortcuts';
import { Button } from '../../ui/Button';
import { trapTab } from '../../ui/focusTrap';
import { ariaKeyShortcuts, matchesShortcut, SHORTCUT_GROUPS, SHORTCUTS, shortcutKeyNames, type ShortcutGroup, type ShortcutId } from './shortcuts';
import './shortcuts.css';

/** Whether the overlay is open, and opening/closing it with the focus given back on close. */
export function useShortcutHelp(): { open: boolean; show: () => void; close: () => void } {
  const [open, setOpen] = useState(false);
  const isOpen = useRef(false);
  const opener = useRef<HTMLElement | null>(null);
  const show = useCallback(() => {
    if (isOpen.current) return;
    isOpen.current = true;
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setOpen(true);
  }, []);
  const close = useCallback(() => {
    if (!isOpen.current) return;
    isOpen.current = false;
    // The frame must stop being inert before its element can take the focus again.
    flushSync(() => setOpen(false));
    if (opener.current?.isConnected) opener.current.focus();
    opener.current = null;
  }, []);
  return { open, show, close };
}

/** Frame shortcuts that leave the overlay: everything "Überall" except opening and closing it. */
const LEAVING = SHORTCUTS.filter((s) => s.group === 'everywhere' && s.id !== 'help' && s.id !== 'close').map((s) => s.id as ShortcutId);

/**
 * The dialog's keys, wherever the focus is while it is open (a click on the backdrop's edge can
 * leave it on the page). Listens in the capture phase, so the dialog is closed and the focus back
 * before the frame's own shortcut handler (bubble phase) moves on.
 */
function useDialogKeys(dialog: RefObject<HTMLDivElement | null>, onClose: () => void): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.isComposing) return;
      if (matchesShortcut('close', event)) {
        event.preventDefault();
        onClose();
      } else if (event.key === 'Tab' && !event.ctrlKey && !event.altKey && !event.metaKey) {
        if (dialog.current) trapTab(event, dialog.current);
      } else if (LEAVING.some((id) => matchesShortcut(id, event))) {
        onClose(); // not prevented: the frame's handler does the shortcut's work next
      }
    }
    document.addEventListener('keydown', onKeyDown, true);
    return () => document.removeEventListener('keydown', onKeyDown, true);
  }, [dialog, onClose]);
}

function Keys({ id }: { id: ShortcutId }) {
  const alternatives = shortcutKeyNames(id);
  return (
    <>
      {alternatives.map((names, a) => (
        <span key={a} className="shortcut-keys">
          {a > 0 ? <span className="shortcut-or"> {t.or} </span> : null}
          {names.map((name, k) => (
            <span key={k}>
              {k > 0 ? '+' : null}
              <kbd>{name}</kbd>
            </span>
          ))}
        </span>
      ))}
    </>
  );
}

function ShortcutTable({ group }: { group: ShortcutGroup }) {
  const headingId = useId();
  const entries = SHORTCUTS.filter((s) => s.group === group);
  if (entries.length === 0) return null;
  return (
    <>
      <h3 id={headingId} className="shortcut-group-title">
        {t.groups[group]}
      </h3>
      <table className="shortcut-table" aria-labelledby={headingId}>
        <thead>
          <tr>
            <th scope="col">{t.columnKeys}</th>
            <th scope="col">{t.columnAction}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((s) => (
            <tr key={s.id}>
              <th scope="row">
                <Keys id={s.id} />
              </th>
              <td>{s.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  const titleId = useId();
  const introId = useId();
  const dialog = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useLayoutEffect(() => {
    heading.current?.focus();
  }, []);
  useDialogKeys(dialog, onClose);

  // A click on the dimmed backdrop closes, but not the end of a text selection begun inside.
  const pressedOnBackdrop = useRef(false);
  function onBackdropDown(event: MouseEvent<HTMLDivElement>) {
    pressedOnBackdrop.current = event.target === event.currentTarget;
  }
  function onBackdropClick(event: MouseEvent<HTMLDivElement>) {
    if (pressedOnBackdrop.current && event.target === event.currentTarget) onClose();
  }

  return (
    <div className="shortcut-help-backdrop" onMouseDown={onBackdropDown} onClick={onBackdropClick}>
      <div className="shortcut-help" role="dialog" aria-modal="true" aria-labelledby={titleId} aria-describedby={introId} tabIndex={-1} ref={dialog}>
        <div className="shortcut-help-head">
          <h2 id={titleId} className="shortcut-help-title" tabIndex={-1} ref={heading}>
            {t.title}
          </h2>
          <Button onClick={onClose} aria-keyshortcuts={ariaKeyShortcuts('close')}>
            {t.close}
          </Button>
        </div>
        <p id={introId}>{t.intro}</p>
        {SHORTCUT_GROUPS.map((group) => (
          <ShortcutTable key={group} group={group} />
        ))}
        <p className="shortcut-help-note">{t.questionMarkNote}</p>
      </div>
    </div>
  );
}
