/**
 * Setup screen (first run): a new store from a backup file, opened with the passphrase valid when
 * the backup was made or — when that is forgotten — with the recovery key and a new passphrase.
 * The main process asks for the file; afterwards the store is open, as after unlocking.
 */
import { useId, useRef, useState } from 'react';
import { call } from '../../api';
import { de } from '../../i18n/de';
import { restoreTexts as t } from '../../i18n/backup';
import { storeUnlocked } from '../../state/session';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { ErrorMessage } from '../../ui/Messages';
import { NewPassphraseFields, useNewPassphrase } from '../../ui/NewPassphraseFields';
import { RecoveryKeyField } from '../../ui/RecoveryKeyField';
import { SubmitRow } from '../../ui/SubmitRow';
import { TextField } from '../../ui/TextField';
import { useSubmit } from '../../ui/useSubmit';

type Secret = 'passphrase' | 'recoveryKey';

export function RestoreFromBackup() {
  const headingId = useId();
  const [secret, setSecret] = useState<Secret>('passphrase');
  const [passphrase, setPassphrase] = useState('');
  const [recoveryKey, setRecoveryKey] = useState('');
  const newPassphrase = useNewPassphrase();
  const field = useRef<HTMLInputElement>(null);

  const problem = secret === 'passphrase' ? (passphrase === '' ? t.empty : null) : recoveryKey.trim() === '' ? de.recover.keyMissing : newPassphrase.problem;

  const { busy, error, submit, setError } = useSubmit(
    () => {
      if (problem) return null;
      const input = secret === 'passphrase' ? { passphrase } : { recoveryKey: recoveryKey.trim(), newPassphrase: newPassphrase.next };
      // Secrets do not stay in the form's state; a recovery key stays so a typo can be fixed.
      setPassphrase('');
      newPassphrase.clear();
      return call('backup.restore', input);
    },
    (restored) => {
      if (restored === null) return; // the dialog was cancelled
      setRecoveryKey('');
      storeUnlocked({ state: 'unlocked', recoveryKeyPending: false, recoveryKey: null });
    },
    () => field.current?.focus(),
  );

  return (
    <section className="panel restore-from-backup" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.title}</h2>
      <p>{t.intro}</p>
      <form className="form" onSubmit={submit} aria-busy={busy} noValidate>
        <ChoiceGroup<Secret>
          legend={t.secretLegend}
          options={[
            { value: 'passphrase', label: t.withPassphrase },
            { value: 'recoveryKey', label: t.withRecoveryKey },
          ]}
          value={secret}
          onChange={(value) => {
            setSecret(value);
            setError(null);
          }}
        />
        {secret === 'passphrase' ? (
          <TextField
            label={t.passphrase}
            secret
            value={passphrase}
            onChange={setPassphrase}
            autoComplete="current-password"
            maxLength={1024}
            inputRef={field}
          />
        ) : (
          <>
            <RecoveryKeyField value={recoveryKey} onChange={setRecoveryKey} inputRef={field} />
            <p className="hint">{t.recoveryIntro}</p>
            <NewPassphraseFields state={newPassphrase} label={de.passphrase.newLabel} repeatLabel={de.passphrase.repeatNewLabel} />
          </>
        )}
        <ErrorMessage message={error} />
        <SubmitRow label={t.submit} busy={busy} busyLabel={t.busy} problem={problem} />
      </form>
    </section>
  );
}
