/** Unlock with the passphrase; wrong attempts are throttled by the main process. */
import { useRef, useState } from 'react';
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
import { useSubmit } from '../../ui/useSubmit';

const t = de.unlock;

export function UnlockScreen({ reason }: { reason: LockReason | null }) {
  const [passphrase, setPassphrase] = useState('');
  const [severe, setSevere] = useState(false);
  const [missing, setMissing] = useState(false);
  const gate = useRetryGate();
  const field = useRef<HTMLInputElement>(null);

  const { busy, error, submit } = useSubmit<Parameters<typeof storeUnlocked>[0], KimErrorBody>(
    () => {
      if (gate.waiting) return null;
      if (passphrase === '') {
        setMissing(true);
        field.current?.focus();
        return null;
      }
      const secret = passphrase;
      setPassphrase('');
      setMissing(false);
      setSevere(false);
      gate.start(null);
      return call('store.unlock', { passphrase: secret });
    },
    storeUnlocked,
    (refusal) => {
      setSevere(isSevereError(refusal.code));
      gate.start(refusal);
      field.current?.focus();
    },
  );

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
        <ErrorMessage message={error} severe={error !== null && severe} />
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
