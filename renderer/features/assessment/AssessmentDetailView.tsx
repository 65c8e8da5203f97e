/**
 * One assessment with all its entries ('assessment.get'); for a re-assessment also what changed
 * since the one before ('reassessment.compare').
 */
import { useEffect, useId, useState } from 'react';
import type { AssessmentComparison, AssessmentDetail, AssessmentEntryView } from '../../../electron/contract/areas/assessment';
import { call } from '../../api';
import { ta } from '../../i18n/assessment';
import { Button } from '../../ui/Button';
import { ErrorMessage } from '../../ui/Messages';
import { ComparisonView } from './ComparisonView';
import { useFocusOnMount } from './focus';

const t = ta.assessment;

function EntryView({ entry }: { entry: AssessmentEntryView }) {
  return (
    <div className="as-assessment-entry">
      <h4>{entry.lifeAreaName}</h4>
      <dl className="as-entry-fields">
        <dt>{t.situation}</dt>
        <dd>{t.situationValue(entry.situation, entry.situationLabel)}</dd>
        <dt>{t.resources}</dt>
        <dd className="as-entry-text">{entry.resources ?? t.noText}</dd>
        <dt>{t.needs}</dt>
        <dd className="as-entry-text">{entry.needs ?? t.noText}</dd>
        <dt>{t.urgency}</dt>
        <dd>{entry.urgencyLabel}</dd>
        <dt>{t.responsible}</dt>
        <dd>{entry.responsibleServiceLabel}</dd>
      </dl>
    </div>
  );
}

export interface AssessmentDetailViewProps {
  assessmentId: string;
  onClose: () => void;
}

export function AssessmentDetailView({ assessmentId, onClose }: AssessmentDetailViewProps) {
  const id = useId();
  const [detail, setDetail] = useState<AssessmentDetail | null>(null);
  const [comparison, setComparison] = useState<AssessmentComparison | null>(null);
  const [error, setError] = useState<string | null>(null);
  const heading = useFocusOnMount<HTMLHeadingElement>(detail?.id, detail !== null);

  useEffect(() => {
    let current = true;
    setDetail(null);
    setComparison(null);
    setError(null);
    void (async () => {
      const result = await call('assessment.get', { assessmentId });
      if (!current) return;
      if (!result.ok) return setError(result.error.message);
      setDetail(result.value);
      if (result.value.kind !== 're') return;
      const compared = await call('reassessment.compare', { assessmentId });
      if (!current) return;
      if (compared.ok) setComparison(compared.value);
      else setError(compared.error.message);
    })();
    return () => {
      current = false;
    };
  }, [assessmentId]);

  if (!detail) {
    return <div className="as-part">{error ? <ErrorMessage message={error} /> : <p>{ta.common.loading}</p>}</div>;
  }
  return (
    <section className="as-part as-assessment-detail" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} tabIndex={-1} ref={heading}>
        {t.detailTitle(detail.kindLabel, detail.date)}
      </h3>
      <p>{t.recordedBy(detail.recordedBy)}</p>
      {comparison ? <ComparisonView comparison={comparison} headingId={`${id}-changes`} /> : null}
      <ErrorMessage message={error} />
      {detail.entries.map((entry) => (
        <EntryView key={entry.lifeAreaId} entry={entry} />
      ))}
      <Button onClick={onClose}>{t.close}</Button>
    </section>
  );
}
