/**
 * A step towards a goal: what, who (Klient:in, Case Management or a network partner) and by
 * when. Used to add a step and to change one.
 */
import { useId, useState, type FormEvent } from 'react';
import type { AssessmentScale, StepResponsible } from '../../../electron/contract/areas/assessment';
import type { PartnerView } from '../../../electron/contract/areas/network';
import { ta } from '../../i18n/assessment';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { ErrorMessage } from '../../ui/Messages';
import { SelectField } from '../../ui/SelectField';
import { SubmitRow } from '../../ui/SubmitRow';
import { TextField } from '../../ui/TextField';

const t = ta.steps;

export interface StepFields {
  description: string;
  responsible: StepResponsible;
  partnerId: string | null;
  dueDate: string | null;
}

export interface StepFormProps {
  legend: string;
  initial?: StepFields & { partnerName?: string | null };
  scale: AssessmentScale;
  partners: PartnerView[];
  /** Saves; answers the German error, or null when saved. */
  onSave: (fields: StepFields) => Promise<string | null>;
  onCancel: () => void;
}

export function StepForm({ legend, initial, scale, partners, onSave, onCancel }: StepFormProps) {
  const id = useId();
  const [description, setDescription] = useState(initial?.description ?? '');
  const [responsible, setResponsible] = useState<StepResponsible | ''>(initial?.responsible ?? '');
  const [partnerId, setPartnerId] = useState(initial?.partnerId ?? '');
  const [dueDate, setDueDate] = useState(initial?.dueDate ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const partnerOptions = partners.map((p) => ({ value: p.id, label: p.municipality ? `${p.organisation} (${p.municipality})` : p.organisation }));
  if (initial?.partnerId && !partners.some((p) => p.id === initial.partnerId)) {
    partnerOptions.unshift({ value: initial.partnerId, label: initial.partnerName ?? initial.partnerId });
  }

  const problem =
    description.trim() === ''
      ? ta.goals.problems.description
      : responsible === ''
        ? ta.goals.problems.responsible
        : responsible === 'partner' && partnerId === ''
          ? ta.goals.problems.partner
          : null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || problem || responsible === '') return;
    setBusy(true);
    setError(null);
    const message = await onSave({
      description: description.trim(),
      responsible,
      partnerId: responsible === 'partner' ? partnerId : null,
      dueDate: dueDate === '' ? null : dueDate,
    });
    setBusy(false);
    setError(message);
  }

  return (
    <form className="form as-step-form" onSubmit={submit} aria-busy={busy} noValidate>
      <fieldset className="as-step-fieldset" aria-describedby={error ? `${id}-error` : undefined}>
        <legend className="as-step-legend">{legend}</legend>
        <TextField label={t.description} value={description} onChange={setDescription} maxLength={300} required autoFocus />
        <ChoiceGroup legend={t.responsible} options={scale.stepResponsibles} value={responsible} onChange={setResponsible} inline />
        {responsible === 'partner' ? (
          <SelectField
            label={t.partner}
            value={partnerId}
            options={partnerOptions}
            placeholder={ta.common.choose}
            required
            hint={partnerOptions.length === 0 ? t.noPartners : undefined}
            onChange={setPartnerId}
          />
        ) : null}
        <TextField label={t.dueDate} type="date" value={dueDate} onChange={setDueDate} inputClassName="as-input-date" />
      </fieldset>
      <ErrorMessage message={error} id={`${id}-error`} />
      <SubmitRow label={t.submit} busy={busy} busyLabel={ta.common.busy} problem={problem} onCancel={onCancel} cancelLabel={ta.common.cancel} />
    </form>
  );
}
