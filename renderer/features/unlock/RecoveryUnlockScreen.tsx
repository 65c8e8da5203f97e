/** Forgotten passphrase: unlock with the recovery key and choose a new passphrase at once. */
import { useRef, useState } from 'react';
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
import { useSubmit } from '../../ui/useSubmit';

const t = de.recover;

export function RecoveryUnlockScreen() {
  const [recoveryKey, setRecoveryKey] = useState('');
  const passphrase = useNewPassphrase();
  const [severe, setSevere] = useState(false);
  const gate = useRetryGate();
  const keyField = useRef<HTMLInputElement>(null);

  const problem = recoveryKey.trim() === '' ? t.keyMissing : passphrase.problem;

  const { busy, error, submit } = useSubmit<Parameters<typeof storeUnlocked>[0], KimErrorBody>(
    () => {
      if (gate.waiting || problem) return null;
      const newPassphrase = passphrase.next;
      passphrase.clear();
      setSevere(false);
      gate.start(null);
      return call('store.unlockWithRecoveryKey', { recoveryKey: recoveryKey.trim(), newPassphrase });
    },
    (unlocked) => {
      setRecoveryKey('');
      storeUnlocked(unlocked);
    },
    (refusal) => {
      // The key stays in its field so a typo can be fixed; the new passphrase is typed again.
      setSevere(isSevereError(refusal.code));
      gate.start(refusal);
      keyField.current?.focus();
    },
  );

  return (
    <main className="screen screen-narrow" id="inhalt">
      <ScreenHeading>{t.title}</ScreenHeading>
      <p className="lead">{t.intro}</p>
      <form className="form" onSubmit={submit} aria-busy={busy} noValidate>
        <RecoveryKeyField value={recoveryKey} onChange={setRecoveryKey} inputRef={keyField} autoFocus />
        <NewPassphraseFields state={passphrase} label={de.passphrase.newLabel} repeatLabel={de.passphrase.repeatNewLabel} />
        <ErrorMessage message={error} severe={error !== null && severe} />
        <RetryCountdown gate={gate} />
        <SubmitRow label={t.submit} busy={busy} busyLabel={t.busy} problem={problem} blocked={gate.waiting} />
      </form>
      <p className="screen-aside">
        <Button onClick={showUnlock}>{t.back}</Button>
      </p>
    </main>
  );
}
