/** Unlock with the passphrase; wrong attempts are throttled by the main process. */
import { useRef, useState, type FormEvent } from 'react';
import type { LockReason } from '../../../electron/contract';
import { call, type KimErrorBody } from '../../api';
import { de } from '../../i18n/de';
import { showDistrict, showRecover, storeUnlocked } from '../../state/session';
import { districtTexts } from '../../i18n/district';
import { Button } from '../../ui/Button';
import { ScreenHeading } from '../../ui/Heading';
import { ErrorMessage } from '../../ui/Messages';
import { RetryCountdown, useRetryGate } from '../../ui/RetryCountdown';
import { isSevereError } from '../../ui/severeErrors';
import { SubmitRow } from '../../ui/SubmitRow';
import { TextField } from '../../ui/TextField';

const t = de.unlock;

export function UnlockScreen({ reason }: { reason: LockReason | null }) {
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<KimErrorBody | null>(null);
  const [missing, setMissing] = useState(false);
  const gate = useRetryGate();
  const field = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || gate.waiting) return;
    if (passphrase === '') {
      setMissing(true);
      field.current?.focus();
      return;
    }
    const secret = passphrase;
    setPassphrase('');
    setMissing(false);
    setError(null);
    gate.start(null);
    setBusy(true);
    const result = await call('store.unlock', { passphrase: secret });
    setBusy(false);
    if (result.ok) {
      storeUnlocked(result.value);
      return;
    }
    setError(result.error);
    gate.start(result.error);
    field.current?.focus();
  }

  return (
    <main className="screen screen-narrow" id="inhalt">
      <ScreenHeading>{t.title}</ScreenHeading>
      {reason ? <p className="notice notice-info">{t.lockReason[reason]}</p> : null}
      <p className="lead">{t.intro}</p>
      <form className="form" onSubmit={submit} aria-busy={busy} noValidate>
        <TextField
          label={de.passphrase.label}
          secret
          value={passphrase}
          onChange={(value) => {
            setPassphrase(value);
            if (value !== '') setMissing(false);
          }}
          error={missing ? de.passphrase.problems.empty : null}
          autoComplete="current-password"
          maxLength={1024}
          inputRef={field}
          autoFocus
        />
        <ErrorMessage message={error?.message} severe={error ? isSevereError(error.code) : false} />
        <RetryCountdown gate={gate} />
        <SubmitRow label={t.submit} busy={busy} busyLabel={t.busy} blocked={gate.waiting} />
      </form>
      <p className="screen-aside">
        <Button variant="link" onClick={showRecover}>
          {t.forgot}
        </Button>
      </p>
      <p>
        <Button variant="link" onClick={() => showDistrict('locked')}>
          {districtTexts.openStandalone}
        </Button>
      </p>
    </main>
  );
}
