/**
 * Setup screen (first run): a new store from a backup file. The main process asks for the file;
 * afterwards the store is open, as after unlocking.
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import { call } from '../../api';
import { storeUnlocked } from '../../state/session';
import { ErrorMessage } from '../../ui/Messages';
import { SubmitRow } from '../../ui/SubmitRow';
import { TextField } from '../../ui/TextField';
import { restoreTexts as t } from '../../i18n/backup';

export function RestoreFromBackup() {
  const headingId = useId();
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const field = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || passphrase === '') return;
    const secret = passphrase;
    setPassphrase(''); // the passphrase does not stay in the form's state
    setBusy(true);
    setError(null);
    const result = await call('backup.restore', { passphrase: secret });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      field.current?.focus();
      return;
    }
    if (result.value === null) return; // the dialog was cancelled
    storeUnlocked({ state: 'unlocked', recoveryKeyPending: false, recoveryKey: null });
  }

  return (
    <section className="panel restore-from-backup" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.title}</h2>
      <p>{t.intro}</p>
      <form className="form" onSubmit={submit} aria-busy={busy} noValidate>
        <TextField label={t.passphrase} secret value={passphrase} onChange={setPassphrase} autoComplete="current-password" maxLength={1024} inputRef={field} />
        <ErrorMessage message={error} />
        <SubmitRow label={t.submit} busy={busy} busyLabel={t.busy} problem={passphrase === '' ? t.empty : null} />
      </form>
      <p className="hint">{t.recoveryHint}</p>
    </section>
  );
}
