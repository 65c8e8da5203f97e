/** Change the passphrase: the current one, then a new one that passes the policy. */
import { useId, useRef, useState, type FormEvent } from 'react';
import { call, type KimErrorBody } from '../../api';
import { de } from '../../i18n/de';
import { ErrorMessage, StatusMessage } from '../../ui/Messages';
import { NewPassphraseFields, useNewPassphrase } from '../../ui/NewPassphraseFields';
import { RetryCountdown, useRetryGate } from '../../ui/RetryCountdown';
import { SubmitRow } from '../../ui/SubmitRow';
import { TextField } from '../../ui/TextField';

const t = de.settings;

export function ChangePassphraseForm({ userName }: { userName: string }) {
  const headingId = useId();
  const [current, setCurrent] = useState('');
  const passphrase = useNewPassphrase(userName ? [userName] : []);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [error, setError] = useState<KimErrorBody | null>(null);
  const gate = useRetryGate();
  const currentField = useRef<HTMLInputElement>(null);

  const problem = current === '' ? t.currentMissing : passphrase.problem;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || gate.waiting || problem) return;
    const input = { current, next: passphrase.next };
    setCurrent('');
    passphrase.clear();
    setDone(false);
    setError(null);
    gate.start(null);
    setBusy(true);
    const result = await call('store.changePassphrase', input);
    setBusy(false);
    if (result.ok) {
      setDone(true);
    } else {
      setError(result.error);
      gate.start(result.error);
    }
    currentField.current?.focus();
  }

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
        <ErrorMessage message={error?.message} />
        <RetryCountdown gate={gate} />
        <SubmitRow label={t.changeSubmit} busy={busy} busyLabel={t.changeBusy} problem={problem} blocked={gate.waiting} />
        <StatusMessage>{done ? t.changed : null}</StatusMessage>
      </form>
    </section>
  );
}
