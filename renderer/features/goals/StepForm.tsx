/**
 * A step towards a goal: what (and, if wanted, its translation for the person), who (Klient:in,
 * Case Management or a network partner) and by when. Used to add a step and to change one; kept as a draft (`step:new:<goalId>`,
 * `step:<stepId>`) until it is saved or cancelled.
 */
import { useEffect, useId, useRef } from 'react';
import type { AssessmentScale, GoalView, StepResponsible } from '../../../electron/contract/areas/assessment';
import type { PartnerView } from '../../../electron/contract/areas/network';
import type { Result } from '../../../electron/contract';
import { ta } from '../../i18n/assessment';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { DateField } from '../../ui/DateField';
import { DraftNotice } from '../../ui/DraftNotice';
import { ErrorMessage } from '../../ui/Messages';
import { SelectField } from '../../ui/SelectField';
import { SubmitRow } from '../../ui/SubmitRow';
import { TextField } from '../../ui/TextField';
import { useFormDraft } from '../../ui/useFormDraft';
import { useSubmit } from '../../ui/useSubmit';
import { TranslationField } from './TranslationField';

const t = ta.steps;

export interface StepFields {
  description: string;
  /** Null: none (an empty field clears one written before). */
  descriptionTranslation: string | null;
  responsible: StepResponsible;
  partnerId: string | null;
  dueDate: string | null;
}

export const newStepDraftKey = (goalId: string) => `step:new:${goalId}`;
export const stepDraftKey = (stepId: string) => `step:${stepId}`;

export interface StepFormProps {
  legend: string;
  /** The draft's key: newStepDraftKey or stepDraftKey. */
  draftKey: string;
  caseId: string;
  initial?: StepFields & { partnerName?: string | null };
  scale: AssessmentScale;
  partners: PartnerView[];
  /** Sends the step (goal.addStep or goal.updateStep). */
  save: (fields: StepFields) => Promise<Result<GoalView>>;
  onSaved: (goal: GoalView) => void;
  onCancel: () => void;
}

export function StepForm({ legend, draftKey, caseId, initial, scale, partners, save, onSaved, onCancel }: StepFormProps) {
  const id = useId();
  const form = useFormDraft(
    draftKey,
    {
      description: initial?.description ?? '',
      descriptionTranslation: initial?.descriptionTranslation ?? '',
      responsible: (initial?.responsible ?? '') as StepResponsible | '',
      partnerId: initial?.partnerId ?? '',
      dueDate: initial?.dueDate ?? '',
    },
    { caseId },
  );
  const { description, descriptionTranslation, responsible, partnerId, dueDate } = form.values;
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);

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

  const { busy, error, submit } = useSubmit(
    () =>
      problem || responsible === ''
        ? null
        : save({
            description: description.trim(),
            descriptionTranslation: descriptionTranslation.trim() || null,
            responsible,
            partnerId: responsible === 'partner' ? partnerId : null,
            dueDate: dueDate === '' ? null : dueDate,
          }),
    (goal) => {
      form.clear();
      onSaved(goal);
    },
  );

  function cancel() {
    form.clear();
    onCancel();
  }

  return (
    <form className="form as-step-form" onSubmit={(event) => void submit(event)} aria-busy={busy} noValidate>
      <DraftNotice restoredAt={form.restoredAt} onDiscard={form.discard} />
      <fieldset className="as-step-fieldset" aria-describedby={error ? `${id}-error` : undefined}>
        <legend className="as-step-legend">{legend}</legend>
        <TextField label={t.description} value={description} onChange={(v) => form.set('description', v)} maxLength={300} required inputRef={first} />
        <TranslationField value={descriptionTranslation} onChange={(v) => form.set('descriptionTranslation', v)} />
        <ChoiceGroup legend={t.responsible} options={scale.stepResponsibles} value={responsible} onChange={(v) => form.set('responsible', v)} inline />
        {responsible === 'partner' ? (
          <SelectField
            label={t.partner}
            value={partnerId}
            options={partnerOptions}
            placeholder={ta.common.choose}
            required
            hint={partnerOptions.length === 0 ? t.noPartners : undefined}
            onChange={(v) => form.set('partnerId', v)}
          />
        ) : null}
        <DateField label={t.dueDate} value={dueDate} onChange={(v) => form.set('dueDate', v)} />
      </fieldset>
      <ErrorMessage message={error} id={`${id}-error`} />
      <SubmitRow label={t.submit} busy={busy} busyLabel={ta.common.busy} problem={problem} onCancel={cancel} cancelLabel={ta.common.cancel} />
    </form>
  );
}
