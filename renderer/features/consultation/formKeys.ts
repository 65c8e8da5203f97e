/**
 * The keys every form of the consultation hour shares: Enter saves from anywhere but the note
 * (and buttons, which press themselves), Escape cancels, a digit 1–9 picks the n-th topic while
 * the focus is not in a text field, Alt+W jumps to the follow-up date.
 */
import type { KeyboardEvent } from 'react';
import { isKey, topicDigit } from './consultationKeys';

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
    if (handlers.onFollowUp && isKey('consultation.followUp', event)) {
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
