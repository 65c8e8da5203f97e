/** Reopening a closed case, with the reason (it goes into the history). */
import { useState, type FormEvent } from 'react';
import { call } from '../../api';
import { cases } from '../../i18n/cases';
import { ErrorMessage } from '../../ui/Messages';
import { SubmitRow } from '../../ui/SubmitRow';
import { TextField } from '../../ui/TextField';

const t = cases.closure;

export function ReopenCaseForm({ caseId, onReopened }: { caseId: string; onReopened: () => void }) {
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || reason.trim() === '') return;
    setError(null);
    setBusy(true);
    const result = await call('cases.reopen', { caseId, reason: reason.trim() });
    setBusy(false);
    if (result.ok) onReopened();
    else setError(result.error.message);
  }

  return (
    <form className="form" onSubmit={submit} aria-busy={busy} noValidate>
      <h3 id="case-reopen-title">{t.reopenTitle}</h3>
      <TextField label={t.reopenReasonLabel} hint={t.reopenReasonHint} value={reason} onChange={setReason} maxLength={1000} autoComplete="off" />
      <ErrorMessage message={error} />
      <SubmitRow label={t.reopenSubmit} busy={busy} busyLabel={t.reopenBusy} problem={reason.trim() === '' ? t.reopenMissing : null} />
    </form>
  );
}
