/**
 * "Ziel hinzufügen": a life area, the goal in plain words and, if wanted, its translation for the
 * person ('goal.create'); kept as a draft (`goal:new:<caseId>`) until saved or cancelled.
 */
import { useId } from 'react';
import type { AssessmentScale, GoalView } from '../../../electron/contract/areas/assessment';
import { call } from '../../api';
import { ta } from '../../i18n/assessment';
import { DraftNotice } from '../../ui/DraftNotice';
import { ErrorMessage } from '../../ui/Messages';
import { SelectField } from '../../ui/SelectField';
import { SubmitRow } from '../../ui/SubmitRow';
import { TextField } from '../../ui/TextField';
import { useFormDraft } from '../../ui/useFormDraft';
import { useSubmit } from '../../ui/useSubmit';
import { useFocusOnMount } from '../assessment/focus';
import { TranslationField } from './TranslationField';

const t = ta.goals;

export interface AddGoalFormProps {
  caseId: string;
  scale: AssessmentScale;
  onCreated: (goal: GoalView) => void;
  onCancel: () => void;
}

export const newGoalDraftKey = (caseId: string) => `goal:new:${caseId}`;

export function AddGoalForm({ caseId, scale, onCreated, onCancel }: AddGoalFormProps) {
  const id = useId();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const form = useFormDraft(newGoalDraftKey(caseId), { lifeAreaId: '', title: '', titleTranslation: '' }, { caseId });
  const { lifeAreaId, title, titleTranslation } = form.values;

  const problem = lifeAreaId === '' ? t.problems.lifeArea : title.trim() === '' ? t.problems.title : null;

  const { busy, error, submit } = useSubmit(
    () => (problem ? null : call('goal.create', { caseId, lifeAreaId, title: title.trim(), titleTranslation: titleTranslation.trim() || null })),
    (goal) => {
      form.clear();
      onCreated(goal);
    },
  );
  function cancel() {
    form.clear();
    onCancel();
  }

  return (
    <section className="as-part as-add-goal" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`} tabIndex={-1} ref={heading}>
        {t.addTitle}
      </h4>
      <DraftNotice restoredAt={form.restoredAt} onDiscard={form.discard} />
      <form className="form" onSubmit={(event) => void submit(event)} aria-busy={busy} noValidate>
        <SelectField
          label={t.lifeArea}
          value={lifeAreaId}
          options={scale.lifeAreas.map((a) => ({ value: a.id, label: a.name }))}
          placeholder={ta.common.choose}
          required
          onChange={(v) => form.set('lifeAreaId', v)}
        />
        <TextField label={t.goalTitle} hint={t.goalTitleHint} value={title} onChange={(v) => form.set('title', v)} maxLength={300} required />
        <TranslationField value={titleTranslation} onChange={(v) => form.set('titleTranslation', v)} />
        <ErrorMessage message={error} />
        <SubmitRow label={t.goalSubmit} busy={busy} busyLabel={ta.common.busy} problem={problem} onCancel={cancel} cancelLabel={ta.common.cancel} />
      </form>
    </section>
  );
}
