/** "Abschluss": close an open case, or for a closed one show the reason and offer reopening. */
import { useLayoutEffect, useRef } from 'react';
import type { CaseView } from '../../../electron/contract/areas/cases';
import { cases } from '../../i18n/cases';
import { germanDate } from '../cases/format';
import { closureReasonText } from './CaseHeader';
import { CloseCaseForm } from './CloseCaseForm';
import { ReopenCaseForm } from './ReopenCaseForm';
import { ErasePersonPanel } from '../erasure/ErasePersonPanel';
import { DataProtectionActions } from '../restriction/DataProtectionActions';
import { SendHandoverPanel } from '../handover/SendHandoverPanel';
import type { CaseSectionProps } from './sectionProps';

const t = cases.closure;

export function ClosureSection({ caseId, closed, onChanged, view }: CaseSectionProps & { view: CaseView }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const reason = closureReasonText(view);
  const first = useRef(true);
  // After closing or reopening the form is gone: the focus goes to the section's heading.
  useLayoutEffect(() => {
    if (first.current) first.current = false;
    else heading.current?.focus();
  }, [closed]);

  return (
    <section aria-labelledby="section-title">
      <h2 id="section-title" tabIndex={-1} ref={heading}>
        {!view.open ? t.closedTitle : t.title}
      </h2>
      {!view.open ? (
        <>
          <p>{t.closedOn(germanDate(view.closedAt))}</p>
          {reason ? <p>{t.reason(reason)}</p> : null}
          {/* A restricted case (Art. 18 DSGVO) is neither reopened nor closed while the restriction holds. */}
          {view.restriction || view.handover ? null : <ReopenCaseForm caseId={caseId} onReopened={onChanged} />}
        </>
      ) : view.restriction || view.handover ? null : (
        <CloseCaseForm caseId={caseId} onClosed={onChanged} />
      )}
      <DataProtectionActions view={view} onChanged={onChanged} />
      <ErasePersonPanel caseId={caseId} caseNumber={view.caseNumber} />
      <SendHandoverPanel caseId={caseId} onSent={onChanged} />
    </section>
  );
}
