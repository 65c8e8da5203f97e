/** "Ziel hinzufügen": a life area and the goal in plain words ('goal.create'). */
import { useId, useState, type FormEvent } from 'react';
import type { AssessmentScale, GoalView } from '../../../electron/contract/areas/assessment';
import { call } from '../../api';
import { ta } from '../../i18n/assessment';
import { ErrorMessage } from '../../ui/Messages';
import { SelectField } from '../../ui/SelectField';
import { SubmitRow } from '../../ui/SubmitRow';
import { TextField } from '../../ui/TextField';
import { useFocusOnMount } from '../assessment/focus';

const t = ta.goals;

export interface AddGoalFormProps {
  caseId: string;
  scale: AssessmentScale;
  onCreated: (goal: GoalView) => void;
  onCancel: () => void;
}

export function AddGoalForm({ caseId, scale, onCreated, onCancel }: AddGoalFormProps) {
  const id = useId();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const [lifeAreaId, setLifeAreaId] = useState('');
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const problem = lifeAreaId === '' ? t.problems.lifeArea : title.trim() === '' ? t.problems.title : null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || problem) return;
    setBusy(true);
    setError(null);
    const result = await call('goal.create', { caseId, lifeAreaId, title: title.trim() });
    setBusy(false);
    if (result.ok) onCreated(result.value);
    else setError(result.error.message);
  }

  return (
    <section className="as-part as-add-goal" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`} tabIndex={-1} ref={heading}>
        {t.addTitle}
      </h4>
      <form className="form" onSubmit={submit} aria-busy={busy} noValidate>
        <SelectField
          label={t.lifeArea}
          value={lifeAreaId}
          options={scale.lifeAreas.map((a) => ({ value: a.id, label: a.name }))}
          placeholder={ta.common.choose}
          required
          onChange={setLifeAreaId}
        />
        <TextField label={t.goalTitle} hint={t.goalTitleHint} value={title} onChange={setTitle} maxLength={300} required />
        <ErrorMessage message={error} />
        <SubmitRow label={t.goalSubmit} busy={busy} busyLabel={ta.common.busy} problem={problem} onCancel={onCancel} cancelLabel={ta.common.cancel} />
      </form>
    </section>
  );
}
