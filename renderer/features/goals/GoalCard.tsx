/**
 * One goal: title (with its translation for the person, which can be added or changed), status
 * (changeable while the case is open) and its steps, each with who does
 * what by when. Adding, changing and completing steps happen here. A finished goal (reached,
 * partly reached, not reached, given up) shows as one line — title, status, steps done — and
 * opens on demand: the open goals are what the case manager works on.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { AssessmentScale, GoalStatus, GoalView } from '../../../electron/contract/areas/assessment';
import type { PartnerView } from '../../../electron/contract/areas/network';
import { call } from '../../api';
import { ta } from '../../i18n/assessment';
import { goalTexts } from '../../i18n/goals';
import * as clock from '../../state/clock';
import { Button } from '../../ui/Button';
import { DraftNotice } from '../../ui/DraftNotice';
import { ErrorMessage, StatusMessage } from '../../ui/Messages';
import { SelectField } from '../../ui/SelectField';
import { SubmitRow } from '../../ui/SubmitRow';
import { newStepDraftKey, StepForm, stepDraftKey, type StepFields } from './StepForm';
import { useFormDraft, useHasDraft } from '../../ui/useFormDraft';
import { useSubmit } from '../../ui/useSubmit';
import { StepItem } from './StepItem';
import { TranslationField, TranslationLine } from './TranslationField';

const t = ta.goals;

/** Statuses that end the work on a goal: such a goal is folded to one line. */
const FINISHED: ReadonlySet<GoalStatus> = new Set<GoalStatus>(['erreicht', 'teilweise_erreicht', 'nicht_erreicht', 'verworfen']);
export const isFinished = (goal: Pick<GoalView, 'status'>) => FINISHED.has(goal.status);

export interface GoalCardProps {
  goal: GoalView;
  scale: AssessmentScale;
  partners: PartnerView[];
  closed: boolean;
  /** Take focus on the title (after the goal was created). */
  focus: boolean;
  onUpdated: (goal: GoalView) => void;
}

export function GoalCard({ goal, scale, partners, closed, focus, onUpdated }: GoalCardProps) {
  const id = useId();
  const title = useRef<HTMLElement | null>(null);
  const setTitle = (el: HTMLElement | null) => {
    title.current = el;
  };
  const [status, setStatus] = useState<GoalStatus>(goal.status);
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // Folded when it comes finished to the screen; a goal finished just now stays open in front of the user.
  const [folded, setFolded] = useState(() => isFinished(goal) && !focus);
  const panelId = useId();

  useEffect(() => setStatus(goal.status), [goal.status]);
  useEffect(() => {
    if (focus) title.current?.focus();
  }, [focus]);

  const statusForm = useSubmit(
    () => {
      setNotice(null);
      return call('goal.update', { goalId: goal.id, status });
    },
    (updated) => {
      setNotice(t.statusSaved);
      onUpdated(updated);
    },
  );

  const saveStep = (stepId: string | null) => (fields: StepFields) =>
    stepId ? call('goal.updateStep', { stepId, ...fields }) : call('goal.addStep', { goalId: goal.id, ...fields });

  function stepSaved(updated: GoalView) {
    setNotice(ta.steps.saved);
    onUpdated(updated);
    stopEditing();
  }

  // A new step begun before a lock or a change of screen: its form opens again with the draft.
  const stepDraft = useHasDraft(newStepDraftKey(goal.id));
  useEffect(() => {
    if (stepDraft && !closed) {
      setFolded(false);
      setEditing('new');
    }
  }, [stepDraft, closed]);

  /** The step whose "erledigt" was pressed: done today, or open again. */
  const toggled = useRef<{ stepId: string; done: boolean } | null>(null);
  const completion = useSubmit(
    () => {
      const step = toggled.current;
      if (!step) return null;
      setNotice(null);
      return call('goal.completeStep', { stepId: step.stepId, doneAt: step.done ? null : clock.today() });
    },
    (updated) => {
      setNotice(ta.steps.saved);
      onUpdated(updated);
    },
  );
  function toggleDone(stepId: string, done: boolean) {
    toggled.current = { stepId, done };
    void completion.submit();
  }

  function stopEditing() {
    setEditing(null);
    title.current?.focus();
  }

  // The translation form begun before a lock or a change of screen opens again with its draft.
  const translationDraft = useHasDraft(goalTranslationDraftKey(goal.id));
  const [translating, setTranslating] = useState(false);
  useEffect(() => {
    if (translationDraft && !closed) {
      setFolded(false);
      setTranslating(true);
    }
  }, [translationDraft, closed]);
  function stopTranslating() {
    setTranslating(false);
    title.current?.focus();
  }
  function translationSaved(updated: GoalView) {
    setNotice(goalTexts.translation.saved);
    onUpdated(updated);
    stopTranslating();
  }

  const editedStep = goal.steps.find((s) => s.id === editing);
  const finished = isFinished(goal);
  if (finished && folded) {
    const done = goal.steps.filter((s) => s.doneAt !== null).length;
    return (
      <article className="as-goal as-goal-finished" aria-labelledby={`${id}-name`}>
        <h5 id={`${id}-title`} className="as-goal-title as-goal-line">
          <button type="button" className="as-goal-toggle" aria-expanded={false} aria-controls={panelId} onClick={() => setFolded(false)}>
            <span className="as-goal-name" id={`${id}-name`}>
              {goal.title}
            </span>
            <span className="as-goal-summary">{goalTexts.finishedLine(goal.statusLabel, done, goal.steps.length)}</span>
            <span className="sr-only">: {goalTexts.finishedShow}</span>
          </button>
        </h5>
        <div id={panelId} hidden />
      </article>
    );
  }
  return (
    <article className={finished ? 'as-goal as-goal-finished' : 'as-goal'} aria-labelledby={finished ? `${id}-name` : `${id}-title`}>
      {finished ? (
        <h5 id={`${id}-title`} className="as-goal-title as-goal-line">
          <button type="button" className="as-goal-toggle" aria-expanded={true} aria-controls={panelId} ref={setTitle} onClick={() => setFolded(true)}>
            <span className="as-goal-name" id={`${id}-name`}>
              {goal.title}
            </span>
            <span className="sr-only">: {goalTexts.finishedHide}</span>
          </button>
        </h5>
      ) : (
        <h5 id={`${id}-title`} tabIndex={-1} ref={setTitle} className="as-goal-title">
          {goal.title}
        </h5>
      )}
      <div id={panelId}>
        <TranslationLine text={goal.titleTranslation} className="as-goal-translation" />
        <p className="as-goal-status">{t.status(goal.statusLabel)}</p>
        {closed ? null : (
          <form className="form as-form-inline" onSubmit={(event) => void statusForm.submit(event)} aria-busy={statusForm.busy} noValidate>
            <SelectField label={t.statusLabel} value={status} options={scale.goalStatuses} onChange={(v) => v && setStatus(v)} />
            <ErrorMessage message={statusForm.error} />
            <SubmitRow label={t.statusSubmit} busy={statusForm.busy} busyLabel={ta.common.busy} />
          </form>
        )}
        {closed ? null : translating ? (
          <GoalTranslationForm goal={goal} onSaved={translationSaved} onCancel={stopTranslating} />
        ) : (
          <div className="as-section-actions">
            <Button variant="link" onClick={() => setTranslating(true)} disabled={editing !== null}>
              {goal.titleTranslation ? goalTexts.translation.change : goalTexts.translation.add}
              <span className="sr-only">: {goal.title}</span>
            </Button>
          </div>
        )}
        {goal.steps.length === 0 ? (
          <p className="as-steps-none">{ta.steps.none}</p>
        ) : (
          <ul className="as-steps" aria-label={ta.steps.listLabel(goal.title)}>
            {goal.steps.map((step) =>
              step.id === editing && editedStep ? (
                <li key={step.id} className="as-step">
                  <StepForm
                    legend={ta.steps.editLegend(step.description)}
                    draftKey={stepDraftKey(step.id)}
                    caseId={goal.caseId}
                    initial={editedStep}
                    scale={scale}
                    partners={partners}
                    save={saveStep(step.id)}
                    onSaved={stepSaved}
                    onCancel={stopEditing}
                  />
                </li>
              ) : (
                <StepItem
                  key={step.id}
                  step={step}
                  closed={closed}
                  busy={completion.busy}
                  onToggleDone={() => toggleDone(step.id, step.doneAt !== null)}
                  onEdit={() => setEditing(step.id)}
                />
              ),
            )}
          </ul>
        )}
        <ErrorMessage message={completion.error} />
        <StatusMessage>{notice}</StatusMessage>
        {closed ? null : editing === 'new' ? (
          <StepForm
            legend={ta.steps.addLegend(goal.title)}
            draftKey={newStepDraftKey(goal.id)}
            caseId={goal.caseId}
            scale={scale}
            partners={partners}
            save={saveStep(null)}
            onSaved={stepSaved}
            onCancel={stopEditing}
          />
        ) : (
          <div className="as-section-actions">
            <Button onClick={() => setEditing('new')} disabled={editing !== null}>
              {ta.steps.add}
              <span className="sr-only">: {goal.title}</span>
            </Button>
          </div>
        )}
      </div>
    </article>
  );
}

export const goalTranslationDraftKey = (goalId: string) => `goal:translation:${goalId}`;

/** Adds, changes or (emptied) removes the goal's translation ('goal.update' with titleTranslation only). */
function GoalTranslationForm({ goal, onSaved, onCancel }: { goal: GoalView; onSaved: (goal: GoalView) => void; onCancel: () => void }) {
  const id = useId();
  const form = useFormDraft(goalTranslationDraftKey(goal.id), { titleTranslation: goal.titleTranslation ?? '' }, { caseId: goal.caseId });
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => field.current?.focus(), []);
  const { busy, error, submit } = useSubmit(
    () => call('goal.update', { goalId: goal.id, titleTranslation: form.values.titleTranslation.trim() || null }),
    (updated) => {
      form.clear();
      onSaved(updated);
    },
  );
  function cancel() {
    form.clear();
    onCancel();
  }
  return (
    <form className="form as-step-form" onSubmit={(event) => void submit(event)} aria-busy={busy} aria-labelledby={`${id}-legend`} noValidate>
      <DraftNotice restoredAt={form.restoredAt} onDiscard={form.discard} />
      <p id={`${id}-legend`} className="as-step-legend">
        {goalTexts.translation.legend(goal.title)}
      </p>
      <TranslationField value={form.values.titleTranslation} onChange={(v) => form.set('titleTranslation', v)} inputRef={field} />
      <ErrorMessage message={error} />
      <SubmitRow label={goalTexts.translation.submit} busy={busy} busyLabel={ta.common.busy} onCancel={cancel} cancelLabel={ta.common.cancel} />
    </form>
  );
}
