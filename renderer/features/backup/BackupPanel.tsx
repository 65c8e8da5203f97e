/**
 * Einstellungen → Sicherung: the date of the last backup, "Sicherung anlegen" (the main process
 * asks where, in a system dialog), the reminder's number of days, and checking a backup file.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { BACKUP_REMINDER_DAYS, type BackupStatus } from '../../../electron/contract/areas/backup';
import { call } from '../../api';
import { germanDateTime, germanDay } from '../../i18n/dates';
import { lockEpoch } from '../../state/session';
import { Button } from '../../ui/Button';
import { ErrorMessage, StatusMessage } from '../../ui/Messages';
import { SubmitRow } from '../../ui/SubmitRow';
import { TextField } from '../../ui/TextField';
import { useSubmit } from '../../ui/useSubmit';
import { WholeNumberForm } from '../../ui/WholeNumberForm';
import { backupTexts as t, sizeText } from '../../i18n/backup';

export function BackupPanel() {
  const headingId = useId();
  const [status, setStatus] = useState<BackupStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  useEffect(() => {
    const epoch = lockEpoch();
    void call('backup.status', {}).then((result) => {
      if (epoch !== lockEpoch()) return;
      if (result.ok) setStatus(result.value);
      else setError(result.error.message);
    });
  }, []);

  const creating = useSubmit(
    () => {
      setDone(null);
      return call('backup.create', {});
    },
    (made) => {
      if (made === null) return; // the dialog was cancelled
      setDone(
        t.created(germanDateTime(made.createdAt), made.file, sizeText(made.bytes)) +
          (made.auditHead ? t.auditHead(made.auditHead.entryId, made.auditHead.hash) : ''),
      );
      setStatus((s) => (s ? { ...s, lastBackupAt: made.createdAt, due: false } : s));
    },
  );
  const busy = creating.busy;

  return (
    <section className="panel backup-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.title}</h2>
      <p>{t.intro}</p>
      {status === null ? (
        error ? (
          <ErrorMessage message={error} />
        ) : (
          <StatusMessage>{t.loading}</StatusMessage>
        )
      ) : (
        <>
          <p>{status.lastBackupAt ? t.last(germanDateTime(status.lastBackupAt)) : t.never}</p>
          <div className="form" aria-busy={busy}>
            <Button variant="primary" onClick={() => void creating.submit()} disabled={busy}>
              {busy ? t.creating : t.create}
            </Button>
            <ErrorMessage message={creating.error} />
            <StatusMessage>{done}</StatusMessage>
          </div>
          <ReminderDaysForm status={status} onSaved={setStatus} />
          <VerifyBackupForm />
        </>
      )}
    </section>
  );
}

function ReminderDaysForm({ status, onSaved }: { status: BackupStatus; onSaved: (status: BackupStatus) => void }) {
  return (
    <WholeNumberForm
      label={t.reminderLabel}
      limits={BACKUP_REMINDER_DAYS}
      initial={status.reminderDays}
      invalid={t.reminderInvalid}
      texts={{ save: t.reminderSave, saving: t.reminderSaving, saved: t.reminderSaved }}
      save={(days) => call('backup.setReminderDays', { days })}
      onSaved={(saved) => {
        onSaved(saved);
        return saved.reminderDays;
      }}
    />
  );
}

function VerifyBackupForm() {
  const headingId = useId();
  const [passphrase, setPassphrase] = useState('');
  const [verified, setVerified] = useState<string | null>(null);
  const field = useRef<HTMLInputElement>(null);

  const { busy, error, submit } = useSubmit(
    () => {
      if (passphrase === '') return null;
      const secret = passphrase;
      setPassphrase(''); // the passphrase does not stay in the form's state
      setVerified(null);
      return call('backup.verify', { passphrase: secret });
    },
    (check) => {
      if (check === null) return; // the dialog was cancelled
      setVerified(
        t.verified(check.lastEntryAt ? germanDay(check.lastEntryAt) : '–', sizeText(check.bytes)) +
          (check.auditHead ? t.auditHead(check.auditHead.entryId, check.auditHead.hash) : ''),
      );
    },
    () => field.current?.focus(),
  );

  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{t.verifyTitle}</h3>
      <p>{t.verifyIntro}</p>
      <form className="form" onSubmit={submit} aria-busy={busy} noValidate>
        <TextField
          label={t.verifyPassphrase}
          secret
          value={passphrase}
          onChange={setPassphrase}
          autoComplete="current-password"
          maxLength={1024}
          inputRef={field}
        />
        <ErrorMessage message={error} />
        <SubmitRow label={t.verifySubmit} busy={busy} busyLabel={t.verifyBusy} problem={passphrase === '' ? t.verifyMissing : null} />
        <StatusMessage>{verified}</StatusMessage>
      </form>
    </section>
  );
}
