/** Forgotten passphrase: unlock with the recovery key and choose a new passphrase at once. */
import { useRef, useState, type FormEvent } from 'react';
import { call, type KimErrorBody } from '../../api';
import { de } from '../../i18n/de';
import { showUnlock, storeUnlocked } from '../../state/session';
import { Button } from '../../ui/Button';
import { ScreenHeading } from '../../ui/Heading';
import { ErrorMessage } from '../../ui/Messages';
import { NewPassphraseFields, useNewPassphrase } from '../../ui/NewPassphraseFields';
import { RetryCountdown, useRetryGate } from '../../ui/RetryCountdown';
import { isSevereError } from '../../ui/severeErrors';
import { SubmitRow } from '../../ui/SubmitRow';
import { RecoveryKeyField } from '../../ui/RecoveryKeyField';

const t = de.recover;

export function RecoveryUnlockScreen() {
  const [recoveryKey, setRecoveryKey] = useState('');
  const passphrase = useNewPassphrase();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<KimErrorBody | null>(null);
  const gate = useRetryGate();
  const keyField = useRef<HTMLInputElement>(null);

  const problem = recoveryKey.trim() === '' ? t.keyMissing : passphrase.problem;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || gate.waiting || problem) return;
    const newPassphrase = passphrase.next;
    passphrase.clear();
    setError(null);
    gate.start(null);
    setBusy(true);
    const result = await call('store.unlockWithRecoveryKey', { recoveryKey: recoveryKey.trim(), newPassphrase });
    setBusy(false);
    if (result.ok) {
      setRecoveryKey('');
      storeUnlocked(result.value);
      return;
    }
    // The key stays in its field so a typo can be fixed; the new passphrase is typed again.
    setError(result.error);
    gate.start(result.error);
    keyField.current?.focus();
  }

  return (
    <main className="screen screen-narrow" id="inhalt">
      <ScreenHeading>{t.title}</ScreenHeading>
      <p className="lead">{t.intro}</p>
      <form className="form" onSubmit={submit} aria-busy={busy} noValidate>
        <RecoveryKeyField value={recoveryKey} onChange={setRecoveryKey} inputRef={keyField} autoFocus />
        <NewPassphraseFields state={passphrase} label={de.passphrase.newLabel} repeatLabel={de.passphrase.repeatNewLabel} />
        <ErrorMessage message={error?.message} severe={error ? isSevereError(error.code) : false} />
        <RetryCountdown gate={gate} />
        <SubmitRow label={t.submit} busy={busy} busyLabel={t.busy} problem={problem} blocked={gate.waiting} />
      </form>
      <p className="screen-aside">
        <Button onClick={showUnlock}>{t.back}</Button>
      </p>
    </main>
  );
}
