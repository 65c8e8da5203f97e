/** "Wiedervorlage anlegen": what is to be done and by when (`followUps.create`). */
import { useId, useState, type FormEvent } from 'react';
import type { FollowUpView } from '../../../electron/contract/areas/network';
import { call } from '../../api';
import { isIsoDate, network } from '../../i18n/network';
import { ErrorMessage } from '../../ui/Messages';
import { SubmitRow } from '../../ui/SubmitRow';
import { TextField } from '../../ui/TextField';
import { FormHeading } from '../../ui/sectionParts';

const t = network.followUps;

export interface FollowUpFormProps {
  caseId: string;
  onSaved: (followUp: FollowUpView) => void;
  onCancel: () => void;
}

export function FollowUpForm({ caseId, onSaved, onCancel }: FollowUpFormProps) {
  const headingId = useId();
  const [title, setTitle] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const problem = title.trim() === '' ? t.titleMissing : !isIsoDate(dueDate) ? network.common.missingDate : null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || problem) return;
    setBusy(true);
    setError(null);
    const result = await call('followUps.create', { caseId, title: title.trim(), dueDate });
    setBusy(false);
    if (result.ok) onSaved(result.value);
    else setError(result.error.message);
  }

  return (
    <div className="network-form">
      <FormHeading level={4} id={headingId}>
        {t.formTitle}
      </FormHeading>
      <form className="form" onSubmit={submit} aria-labelledby={headingId} aria-busy={busy} noValidate>
        <TextField label={t.titleLabel} hint={t.titleHint} value={title} onChange={setTitle} maxLength={200} />
        <TextField label={t.dueLabel} type="date" value={dueDate} onChange={setDueDate} required />
        <ErrorMessage message={error} />
        <SubmitRow label={t.submit} busy={busy} busyLabel={network.common.busy} problem={problem} onCancel={onCancel} cancelLabel={network.common.cancel} />
      </form>
    </div>
  );
}
