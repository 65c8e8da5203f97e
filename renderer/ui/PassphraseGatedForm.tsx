/**
 * A panel whose action needs the current passphrase and yields a new recovery key (renew the
 * recovery key, renew the data key): one field, the unlock delay after a wrong passphrase, and
 * the new key shown and confirmed on the recovery-key screen.
 */
import { type ReactNode, useId, useRef, useState } from 'react';
import type { KimErrorBody } from '../api';
import { de } from '../i18n/de';
import { recoveryKeyRenewed } from '../state/session';
import { ErrorMessage } from './Messages';
import { RetryCountdown, useRetryGate } from './RetryCountdown';
import { SubmitRow } from './SubmitRow';
import { TextField } from './TextField';
import { useSubmit } from './useSubmit';

type Outcome = { ok: true; value: { recoveryKey: string } } | { ok: false; error: KimErrorBody };

export interface PassphraseGatedFormProps {
  title: string;
  /** What the action does and when to use it. */
  children: ReactNode;
  passphraseLabel: string;
  submitLabel: string;
  busyLabel: string;
  action: (passphrase: string) => Promise<Outcome>;
  /** Called after success, before the new recovery key is shown. */
  onDone?: () => void;
}

export function PassphraseGatedForm({ title, children, passphraseLabel, submitLabel, busyLabel, action, onDone }: PassphraseGatedFormProps) {
  const headingId = useId();
  const [passphrase, setPassphrase] = useState('');
  const gate = useRetryGate();
  const field = useRef<HTMLInputElement>(null);

  const { busy, error, submit } = useSubmit(
    () => {
      if (gate.waiting || passphrase === '') return null;
      setPassphrase(''); // the passphrase does not stay in the form's state
      gate.start(null);
      return action(passphrase);
    },
    (value) => {
      onDone?.();
      recoveryKeyRenewed(value.recoveryKey);
    },
    (refusal) => {
      gate.start(refusal);
      field.current?.focus();
    },
  );

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {children}
      <form className="form" onSubmit={submit} aria-busy={busy} noValidate>
        <TextField
          label={passphraseLabel}
          secret
          value={passphrase}
          onChange={setPassphrase}
          autoComplete="current-password"
          maxLength={1024}
          inputRef={field}
        />
        <ErrorMessage message={error} />
        <RetryCountdown gate={gate} />
        <SubmitRow
          label={submitLabel}
          busy={busy}
          busyLabel={busyLabel}
          problem={passphrase === '' ? de.passphrase.problems.empty : null}
          blocked={gate.waiting}
        />
      </form>
    </section>
  );
}
