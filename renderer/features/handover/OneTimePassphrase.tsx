/**
 * The one-time passphrase of a package, shown once in large groups (as the recovery key is), with
 * what to do with it: tell it by phone, never write it next to the package. It is dropped from
 * the screen (and the component's state) when the case manager says it was passed on.
 */
import { useEffect, useId, useRef } from 'react';
import { Button } from '../../ui/Button';
import { handoverTexts as t } from '../../i18n/handover';

export function OneTimePassphrase({ passphrase, onDone }: { passphrase: string; onDone: () => void }) {
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="one-time-passphrase" aria-labelledby={headingId}>
      <h3 id={headingId} tabIndex={-1} ref={heading}>
        {t.sentTitle}
      </h3>
      <ol className="recovery-key" aria-label={t.passphraseLabel}>
        {passphrase.split('-').map((group, i) => (
          <li key={i} className="recovery-key-group">
            <span className="recovery-key-number" aria-hidden="true">
              {i + 1}
            </span>
            <span className="recovery-key-value">{group}</span>
          </li>
        ))}
      </ol>
      <ul className="instructions">
        {t.passphraseInstructions.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <Button variant="primary" onClick={onDone}>
        {t.passphraseDone}
      </Button>
    </section>
  );
}
