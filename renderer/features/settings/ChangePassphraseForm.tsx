/** Change the passphrase: the current one, then a new one that passes the policy. */
import { useId, useRef, useState } from 'react';
import { call, type KimErrorBody } from '../../api';
import { de } from '../../i18n/de';
import { ErrorMessage, StatusMessage } from '../../ui/Messages';
import { NewPassphraseFields, useNewPassphrase } from '../../ui/NewPassphraseFields';
import { RetryCountdown, useRetryGate } from '../../ui/RetryCountdown';
import { SubmitRow } from '../../ui/SubmitRow';
import { TextField } from '../../ui/TextField';
import { useSubmit } from '../../ui/useSubmit';

const t = de.settings;

export function ChangePassphraseForm({ userName }: { userName: string }) {
  const headingId = useId();
  const [current, setCurrent] = useState('');
  const passphrase = useNewPassphrase(userName ? [userName] : []);
  const [done, setDone] = useState(false);
  const gate = useRetryGate();
  const currentField = useRef<HTMLInputElement>(null);

  const problem = current === '' ? t.currentMissing : passphrase.problem;

  const { busy, error, submit } = useSubmit<unknown, KimErrorBody>(
    () => {
      if (gate.waiting || problem) return null;
      const input = { current, next: passphrase.next };
      // Secrets do not stay in the form's state.
      setCurrent('');
      passphrase.clear();
      setDone(false);
      gate.start(null);
      return call('store.changePassphrase', input);
    },
    () => {
      setDone(true);
      currentField.current?.focus();
    },
    (refusal) => {
      gate.start(refusal);
      currentField.current?.focus();
    },
  );

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.changeTitle}</h2>
      <form className="form" onSubmit={submit} aria-busy={busy} noValidate>
        <TextField
          label={t.currentLabel}
          secret
          value={current}
          onChange={(value) => {
            setCurrent(value);
            setDone(false);
          }}
          autoComplete="current-password"
          maxLength={1024}
          inputRef={currentField}
        />
        <NewPassphraseFields state={passphrase} label={de.passphrase.newLabel} repeatLabel={de.passphrase.repeatNewLabel} />
        <ErrorMessage message={error} />
        <RetryCountdown gate={gate} />
        <SubmitRow label={t.changeSubmit} busy={busy} busyLabel={t.changeBusy} problem={problem} blocked={gate.waiting} />
        <StatusMessage>{done ? t.changed : null}</StatusMessage>
      </form>
    </section>
  );
}
