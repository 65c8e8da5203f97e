/** Reopening a closed case, with the reason (it goes into the history) and the day (today, or the day it really happened). */
import { call } from '../../api';
import { cases } from '../../i18n/cases';
import { corrections } from '../../i18n/corrections';
import * as clock from '../../state/clock';
import { DateField } from '../../ui/DateField';
import { ErrorMessage } from '../../ui/Messages';
import { SubmitRow } from '../../ui/SubmitRow';
import { TextField } from '../../ui/TextField';
import { DraftNotice } from '../../ui/DraftNotice';
import { useFormDraft } from '../../ui/useFormDraft';
import { useSubmit } from '../../ui/useSubmit';

const t = cases.closure;

export function ReopenCaseForm({ caseId, onReopened }: { caseId: string; onReopened: () => void }) {
  const draft = useFormDraft(`case-reopen:${caseId}`, { reason: '', date: clock.today() }, { caseId });
  const { reason, date } = draft.values;
  const setReason = (v: string) => draft.set('reason', v);
  const setDate = (v: string) => draft.set('date', v);
  const problem = reason.trim() === '' ? t.reopenMissing : date === '' ? corrections.status.missingDate : null;
  const form = useSubmit(
    () => (problem ? null : call('cases.reopen', { caseId, reason: reason.trim(), date })),
    () => {
      draft.clear();
      onReopened();
    },
  );

  return (
    <form className="form" onSubmit={form.submit} aria-busy={form.busy} noValidate>
      <h3 id="case-reopen-title">{t.reopenTitle}</h3>
      <DraftNotice restoredAt={draft.restoredAt} onDiscard={draft.discard} />
      <TextField label={t.reopenReasonLabel} hint={t.reopenReasonHint} value={reason} onChange={setReason} maxLength={1000} autoComplete="off" />
      <DateField label={corrections.status.reopenedOn} hint={corrections.status.reopenedOnHint} value={date} onChange={setDate} required />
      <ErrorMessage message={form.error} />
      <SubmitRow label={t.reopenSubmit} busy={form.busy} busyLabel={t.reopenBusy} problem={problem} />
    </form>
  );
}
