/** One step of a goal: what (with its translation, if written), who, by when, done or open; buttons to mark it and to change it. */
import type { GoalStepView } from '../../../electron/contract/areas/assessment';
import { ta } from '../../i18n/assessment';
import { Button } from '../../ui/Button';
import { TranslationLine } from './TranslationField';

const t = ta.steps;

export interface StepItemProps {
  step: GoalStepView;
  closed: boolean;
  busy: boolean;
  onToggleDone: () => void;
  onEdit: () => void;
}

export function StepItem({ step, closed, busy, onToggleDone, onEdit }: StepItemProps) {
  const who = step.partnerName ? `${step.responsibleLabel} – ${step.partnerName}` : step.responsibleLabel;
  return (
    <li className={step.doneAt ? 'as-step as-step-done' : 'as-step'}>
      <p className="as-step-description">{step.description}</p>
      <TranslationLine text={step.descriptionTranslation} className="as-step-translation" />
      <p className="as-step-meta">
        <span>{t.who(who)}</span>
        {step.dueDate ? <span>{t.by(step.dueDate)}</span> : null}
        <span className="as-step-state">{step.doneAt ? t.done(step.doneAt) : t.open}</span>
      </p>
      {closed ? null : (
        <div className="as-step-actions">
          <Button variant="secondary" className="as-button-small" disabled={busy} onClick={onToggleDone}>
            {step.doneAt ? t.reopen : t.markDone}
            <span className="sr-only">{t.forStep(step.description)}</span>
          </Button>
          <Button variant="link" disabled={busy} onClick={onEdit}>
            {t.edit}
            <span className="sr-only">{t.forStep(step.description)}</span>
          </Button>
        </div>
      )}
    </li>
  );
}
