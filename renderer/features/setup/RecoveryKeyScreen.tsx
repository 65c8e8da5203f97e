/**
 * Shows a new recovery key once (8 numbered groups), then asks for two groups chosen at random
 * and sends them to recoveryKey.confirm. Used after setup, after unlock (unconfirmed old key)
 * and after renewal in the settings.
 */
import { useRef, useState } from 'react';
import { call } from '../../api';
import { de } from '../../i18n/de';
import { recoveryKeyConfirmed, type RecoveryKeyReason } from '../../state/session';
import { Button } from '../../ui/Button';
import { ScreenHeading } from '../../ui/Heading';
import { ErrorMessage } from '../../ui/Messages';
import { SubmitRow } from '../../ui/SubmitRow';
import { useSubmit } from '../../ui/useSubmit';
import { TextField } from '../../ui/TextField';
import { pickTwoGroups, splitRecoveryKey } from './recoveryGroups';

const t = de.recoveryKey;

export interface RecoveryKeyScreenProps {
  recoveryKey: string;
  reason: RecoveryKeyReason;
}

export function RecoveryKeyScreen({ recoveryKey, reason }: RecoveryKeyScreenProps) {
  const [step, setStep] = useState<'show' | 'confirm'>('show');
  const [groups] = useState(() => pickTwoGroups());
  const [answers, setAnswers] = useState<[string, string]>(['', '']);
  const [visits, setVisits] = useState(0);
  const firstAnswer = useRef<HTMLInputElement>(null);

  const {
    busy,
    error,
    setError,
    submit: confirm,
  } = useSubmit(
    () =>
      answers.some((a) => a.trim() === '')
        ? null
        : call('recoveryKey.confirm', { answers: groups.map((group, i) => ({ group, value: (answers[i] ?? '').trim() })) }),
    () => recoveryKeyConfirmed(reason === 'renewed' ? t.confirmedRenewed : null),
    () => firstAnswer.current?.focus(),
  );

  function go(next: 'show' | 'confirm') {
    setError(null);
    setStep(next);
    setVisits((v) => v + 1);
  }

  if (step === 'show') {
    const parts = splitRecoveryKey(recoveryKey);
    return (
      <main className="screen screen-narrow recovery-key-screen" id="inhalt">
        <ScreenHeading focusOnMount focusKey={`show-${visits}`}>
          {t.title}
        </ScreenHeading>
        <p className="lead">{t.intro[reason]}</p>
        <p>{t.purpose}</p>
        <ol className="recovery-key" aria-label={t.keyLabel}>
          {parts.map((part, i) => (
            <li key={i} className="recovery-key-group">
              <span className="recovery-key-number" aria-hidden="true">
                {i + 1}
              </span>
              <span className="recovery-key-value">{part}</span>
            </li>
          ))}
        </ol>
        <ul className="instructions">
          {t.instructions.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <div className="submit-actions no-print">
          <Button variant="primary" onClick={() => go('confirm')}>
            {t.next}
          </Button>
          <Button onClick={() => window.print()}>{t.print}</Button>
        </div>
      </main>
    );
  }

  const missing = answers.some((a) => a.trim() === '');
  return (
    <main className="screen screen-narrow" id="inhalt">
      <ScreenHeading>{t.confirmTitle}</ScreenHeading>
      <p className="lead">{t.confirmIntro}</p>
      <p>{t.groupHint}</p>
      <form className="form" onSubmit={confirm} aria-busy={busy} noValidate>
        {groups.map((group, i) => (
          <TextField
            key={group}
            label={t.groupLabel(group)}
            value={answers[i] ?? ''}
            onChange={(value) => setAnswers((prev) => (i === 0 ? [value, prev[1]] : [prev[0], value]))}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={8}
            inputClassName="input-code input-group-code"
            inputRef={i === 0 ? firstAnswer : undefined}
            autoFocus={i === 0}
          />
        ))}
        <ErrorMessage message={error} />
        <SubmitRow label={t.confirm} busy={busy} busyLabel={t.confirmBusy} problem={missing ? t.missingGroups : null}>
          <Button onClick={() => go('show')}>{t.showAgain}</Button>
        </SubmitRow>
      </form>
    </main>
  );
}
