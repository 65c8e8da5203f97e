/**
 * "Assessment erfassen" / "Re-Assessment erfassen": the date and, per active life area, a group
 * of fields. A re-assessment starts from the last assessment ('reassessment.template'). What is
 * typed is kept as a draft (a lock, a crash or leaving the case loses nothing).
 */
import { useEffect, useId, useState } from 'react';
import type { AssessmentDetail, AssessmentScale } from '../../../electron/contract/areas/assessment';
import { call } from '../../api';
import { ta } from '../../i18n/assessment';
import * as clock from '../../state/clock';
import { Button } from '../../ui/Button';
import { ErrorMessage } from '../../ui/Messages';
import { SubmitRow } from '../../ui/SubmitRow';
import { DateField } from '../../ui/DateField';
import { DraftNotice } from '../../ui/DraftNotice';
import { useFormDraft } from '../../ui/useFormDraft';
import { useSubmit } from '../../ui/useSubmit';
import { draftEntries, draftFromTemplate, draftProblem, emptyDraft, type AreaDraft, type AssessmentDraft } from './assessmentDraft';
import { useFocusOnMount } from './focus';
import { LifeAreaFieldset } from './LifeAreaFieldset';

const t = ta.assessment;

export interface AssessmentFormProps {
  caseId: string;
  scale: AssessmentScale;
  /** A re-assessment (there is an earlier assessment). */
  re: boolean;
  onSaved: (assessment: AssessmentDetail) => void;
  onCancel: () => void;
}

/** The draft key of the case's next assessment (first or re-assessment): one at a time per case. */
export const assessmentDraftKey = (caseId: string) => `assessment:new:${caseId}`;

export function AssessmentForm({ caseId, scale, re, onSaved, onCancel }: AssessmentFormProps) {
  const [start, setStart] = useState<AssessmentDraft | null>(re ? null : emptyDraft(scale, clock.today()));
  const [previousDate, setPreviousDate] = useState<string | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const id = useId();

  useEffect(() => {
    if (!re) return;
    let current = true;
    void call('reassessment.template', { caseId }).then((result) => {
      if (!current) return;
      if (result.ok) {
        setStart(draftFromTemplate(scale, result.value, clock.today()));
        setPreviousDate(result.value.previousDate);
      } else {
        setLoadError(result.error.message);
      }
    });
    return () => {
      current = false;
    };
  }, [re, caseId, scale]);

  const title = re ? t.createRe : t.createFirst;
  return (
    <section className="as-part as-assessment-form" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} tabIndex={-1} ref={heading}>
        {title}
      </h3>
      {start === null ? (
        <>
          {loadError ? null : <p>{ta.common.loading}</p>}
          <ErrorMessage message={loadError} />
          <Button onClick={onCancel}>{ta.common.cancel}</Button>
        </>
      ) : (
        <AssessmentFields caseId={caseId} scale={scale} start={start} previousDate={previousDate} onSaved={onSaved} onCancel={onCancel} />
      )}
    </section>
  );
}

/** The fields, once the start is known (empty, or the last assessment's entries): kept as a draft while typed. */
function AssessmentFields({
  caseId,
  scale,
  start,
  previousDate,
  onSaved,
  onCancel,
}: Omit<AssessmentFormProps, 're'> & { start: AssessmentDraft; previousDate: string | null }) {
  const id = useId();
  const form = useFormDraft<AssessmentDraft>(assessmentDraftKey(caseId), start, { caseId });
  const draft = form.values;
  const today = clock.today();
  const problem = draftProblem(draft, today);
  const { busy, error, submit } = useSubmit(
    () => (problem ? null : call('assessment.create', { caseId, date: draft.date, entries: draftEntries(draft) })),
    (assessment) => {
      form.clear();
      onSaved(assessment);
    },
  );

  function setArea(index: number, area: AreaDraft) {
    form.set(
      'areas',
      draft.areas.map((a, i) => (i === index ? area : a)),
    );
  }

  return (
    <form className="form" onSubmit={submit} aria-busy={busy} noValidate>
      <DraftNotice restoredAt={form.restoredAt} onDiscard={form.discard} />
      {previousDate ? <p className="notice notice-info">{t.reIntro(previousDate)}</p> : null}
      <DateField label={t.dateLabel} hint={t.dateHint} required value={draft.date} onChange={(date) => form.set('date', date)} />
      <div className="as-life-areas" role="group" aria-labelledby={`${id}-areas`} aria-describedby={`${id}-areas-hint`}>
        <p className="field-label" id={`${id}-areas`}>
          {t.areasLegend}
        </p>
        <p className="field-hint" id={`${id}-areas-hint`}>
          {t.areasHint}
        </p>
        {draft.areas.map((area, index) => (
          <LifeAreaFieldset key={area.lifeAreaId} area={area} scale={scale} onChange={(a) => setArea(index, a)} />
        ))}
      </div>
      <ErrorMessage message={error} />
      <SubmitRow label={t.submit} busy={busy} busyLabel={t.saving} problem={problem} onCancel={onCancel} cancelLabel={ta.common.cancel} />
    </form>
  );
}
