/**
 * Asked when the person leaves a screen whose form holds unsaved input (a page shortcut, the
 * navigation, a link): stay, go and keep the draft, or go and throw the input away. The focus
 * starts on "Weiter bearbeiten", Escape means the same, Tab stays inside the question.
 */
import { useEffect, useId, useLayoutEffect, useRef } from 'react';
import { forms } from '../../i18n/forms';
import { Button } from '../../ui/Button';
import { trapTab } from '../../ui/focusTrap';
import { answerLeaving } from './navigation';

const t = forms.leave;

export function LeaveFormDialog() {
  const titleId = useId();
  const textId = useId();
  const dialog = useRef<HTMLDivElement>(null);
  const stay = useRef<HTMLButtonElement>(null);

  useLayoutEffect(() => {
    stay.current?.focus();
  }, []);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        answerLeaving('stay');
      } else if (event.key === 'Tab' && dialog.current) trapTab(event, dialog.current);
    }
    document.addEventListener('keydown', onKeyDown, true);
    return () => document.removeEventListener('keydown', onKeyDown, true);
  }, []);

  return (
    <div className="dialog-backdrop">
      <div className="dialog" role="alertdialog" aria-modal="true" aria-labelledby={titleId} aria-describedby={textId} ref={dialog}>
        <h2 id={titleId} className="dialog-title">
          {t.title}
        </h2>
        <p id={textId}>{t.text}</p>
        <div className="dialog-actions">
          <Button variant="primary" ref={stay} onClick={() => answerLeaving('stay')}>
            {t.stay}
          </Button>
          <Button onClick={() => answerLeaving('keep')}>{t.keep}</Button>
          <Button onClick={() => answerLeaving('discard')}>{t.discard}</Button>
        </div>
      </div>
    </div>
  );
}
