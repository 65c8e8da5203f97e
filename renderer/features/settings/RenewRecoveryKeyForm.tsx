/** A new recovery key (the old one stops working); shown and confirmed like the first one. */
import { useId, useRef, useState, type FormEvent } from 'react';
import { call, type KimErrorBody } from '../../api';
import { de } from '../../i18n/de';
import { recoveryKeyRenewed } from '../../state/session';
import { ErrorMessage } from '../../ui/Messages';
import { RetryCountdown, useRetryGate } from '../../ui/RetryCountdown';
import { SubmitRow } from '../../ui/SubmitRow';
import { TextField } from '../../ui/TextField';

const t = de.settings;

export function RenewRecoveryKeyForm() {
  const headingId = useId();
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<KimErrorBody | null>(null);
  const gate = useRetryGate();
  const field = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || gate.waiting || passphrase === '') return;
    const secret = passphrase;
    setPassphrase('');
    setError(null);
    gate.start(null);
    setBusy(true);
    const result = await call('recoveryKey.renew', { passphrase: secret });
    setBusy(false);
    if (result.ok) {
      recoveryKeyRenewed(result.value.recoveryKey);
      return;
    }
    setError(result.error);
    gate.start(result.error);
    field.current?.focus();
  }

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.renewTitle}</h2>
      <p>{t.renewIntro}</p>
      <form className="form" onSubmit={submit} aria-busy={busy} noValidate>
        <TextField
          label={t.renewPassphraseLabel}
          secret
          value={passphrase}
          onChange={setPassphrase}
          autoComplete="current-password"
          maxLength={1024}
          inputRef={field}
        />
        <ErrorMessage message={error?.message} />
        <RetryCountdown gate={gate} />
        <SubmitRow
          label={t.renewSubmit}
          busy={busy}
          busyLabel={t.renewBusy}
          problem={passphrase === '' ? de.passphrase.problems.empty : null}
          blocked={gate.waiting}
        />
      </form>
    </section>
  );
}
