/** The Baustein-2 cycle as steps; the case's phase is marked with aria-current="step". */
import type { Phase } from '../../../electron/contract/areas/cases';
import { cases, labels } from '../../i18n/cases';
import { SrOnly } from '../cases/parts';

const t = cases.shell;
const STEPS = Object.keys(labels.phases) as Phase[];

export function PhaseStepper({ phase }: { phase: Phase }) {
  const current = STEPS.indexOf(phase);
  return (
    <ol className="phase-stepper" aria-label={t.cycleLabel}>
      {STEPS.map((step, index) => {
        const state = index < current ? 'done' : index === current ? 'current' : 'later';
        return (
          <li key={step} className={`phase-step phase-step-${state}`} aria-current={state === 'current' ? 'step' : undefined}>
            {labels.phases[step]}
            {state === 'current' ? <SrOnly> {t.currentStep}</SrOnly> : state === 'done' ? <SrOnly> {t.doneStep}</SrOnly> : null}
          </li>
        );
      })}
    </ol>
  );
}
