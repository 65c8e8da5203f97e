/** The top of a case: who, which case, where in the cycle, who is responsible, and what comes next. */
import type { CaseView } from '../../../electron/contract/areas/cases';
import { cases, labels } from '../../i18n/cases';
import { germanDate, joined } from '../cases/format';
import { Facts } from '../cases/parts';
import { DueNext } from './DueNext';
import { PhaseStepper } from './PhaseStepper';

const t = cases.shell;

/** The reason in the words of the closure form's select. */
export function closureReasonText(view: CaseView): string | null {
  return view.closureReason ? labels.closureReasons[view.closureReason] : view.closureReasonLabel;
}

export function CaseHeader({ view }: { view: CaseView }) {
  return (
    <div className="case-header">
      <Facts
        rows={[
          [t.caseNumber, view.caseNumber],
          [t.caseManager, view.caseManager],
          [t.targetGroups, view.targetGroups.length ? joined(view.targetGroups.map((g) => g.name)) : t.noTargetGroups],
        ]}
      />
      <PhaseStepper phase={view.phase} />
      {view.open ? (
        <DueNext items={view.dueNext} />
      ) : (
        <div className="notice notice-warning case-closed-banner">
          <p className="notice-strong">{t.closedBanner(germanDate(view.closedAt), closureReasonText(view))}</p>
          <p>{t.closedHint}</p>
        </div>
      )}
    </div>
  );
}
