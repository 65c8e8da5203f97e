/**
 * The keys every form of the consultation hour shares: Enter saves from anywhere but the note
 * (and buttons, which press themselves), Escape cancels, a digit 1–9 picks the n-th topic while
 * the focus is not in a text field, Alt+W jumps to the follow-up date.
 */
import type { KeyboardEvent } from 'react';
import { matchesShortcut, type KeyPress } from '../frame/shortcuts';

/** The topic number 1–9 of a digit press outside text fields, else null. */
function topicDigit(event: KeyPress): number | null {
  if (!matchesShortcut('consultation.topic', event)) return null;
  const digit = /^(?:Digit|Numpad)([1-9])$/.exec(event.code)?.[1] ?? (/^[1-9]$/.test(event.key) ? event.key : undefined);
  return digit ? Number(digit) : null;
}

export interface FormKeyHandlers {
  onCancel: () => void;
  /** The n-th topic (0-based) was asked for by its digit. */
  onTopic?: (index: number) => void;
  onFollowUp?: () => void;
}

export function formKeyDown(handlers: FormKeyHandlers) {
  return (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.defaultPrevented || event.nativeEvent.isComposing) return;
    const target = event.target;
    if (event.key === 'Enter' && !event.shiftKey && !event.ctrlKey && !event.altKey && !event.metaKey) {
      if (target instanceof HTMLTextAreaElement || target instanceof HTMLButtonElement || target instanceof HTMLAnchorElement) return;
      event.preventDefault();
      event.currentTarget.requestSubmit();
      return;
    }
    if (event.key === 'Escape') {
      event.preventDefault();
      handlers.onCancel();
      return;
    }
    if (handlers.onFollowUp && matchesShortcut('consultation.followUp', event)) {
      event.preventDefault();
      handlers.onFollowUp();
      return;
    }
    const digit = topicDigit(event);
    if (digit !== null && handlers.onTopic) {
      event.preventDefault();
      handlers.onTopic(digit - 1);
    }
  };
}
