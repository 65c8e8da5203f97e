/**
 * "Wiedervorlage anlegen": what is to be done and by when (`followUps.create`). What is typed is
 * kept as a draft (`followUp:new:<caseId>`) until it is saved.
 */
import { useId } from 'react';
import type { FollowUpView } from '../../../electron/contract/areas/network';
import { call } from '../../api';
import { isIsoDate, network } from '../../i18n/network';
import { DateField } from '../../ui/DateField';
import { DraftNotice } from '../../ui/DraftNotice';
import { ErrorMessage } from '../../ui/Messages';
import { SubmitRow } from '../../ui/SubmitRow';
import { TextField } from '../../ui/TextField';
import { FormHeading } from '../../ui/sectionParts';
import { useFormDraft } from '../../ui/useFormDraft';
import { useSubmit } from '../../ui/useSubmit';

const t = network.followUps;

/** The key of the draft of a new Wiedervorlage of the case. */
export const newFollowUpDraftKey = (caseId: string) => `followUp:new:${caseId}`;

export interface FollowUpFormProps {
  caseId: string;
  personId: string;
  onSaved: (followUp: FollowUpView) => void;
  onCancel: () => void;
}

export function FollowUpForm({ caseId, personId, onSaved, onCancel }: FollowUpFormProps) {
  const headingId = useId();
  const form = useFormDraft(newFollowUpDraftKey(caseId), { title: '', dueDate: '' }, { caseId, personId });
  const { title, dueDate } = form.values;
  const problem = title.trim() === '' ? t.titleMissing : !isIsoDate(dueDate) ? network.common.missingDate : null;
  const { busy, error, submit } = useSubmit(
    () => (problem ? null : call('followUps.create', { caseId, title: title.trim(), dueDate })),
    (followUp) => {
      form.clear();
      onSaved(followUp);
    },
  );

  return (
    <div className="network-form">
      <FormHeading level={4} id={headingId}>
        {t.formTitle}
      </FormHeading>
      <DraftNotice restoredAt={form.restoredAt} onDiscard={form.discard} />
      <form className="form" onSubmit={submit} aria-labelledby={headingId} aria-busy={busy} noValidate>
        <TextField label={t.titleLabel} hint={t.titleHint} value={title} onChange={(v) => form.set('title', v)} maxLength={200} />
        <DateField label={t.dueLabel} value={dueDate} onChange={(v) => form.set('dueDate', v)} required />
        <ErrorMessage message={error} />
        <SubmitRow label={t.submit} busy={busy} busyLabel={network.common.busy} problem={problem} onCancel={onCancel} cancelLabel={network.common.cancel} />
      </form>
    </div>
  );
}
