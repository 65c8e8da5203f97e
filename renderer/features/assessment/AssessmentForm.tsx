/**
 * "Assessment erfassen" / "Re-Assessment erfassen": the date and, per active life area, a group
 * of fields. A re-assessment starts from the last assessment ('reassessment.template').
 */
import { useEffect, useId, useState, type FormEvent } from 'react';
import type { AssessmentDetail, AssessmentScale } from '../../../electron/contract/areas/assessment';
import { call } from '../../api';
import { ta } from '../../i18n/assessment';
import * as clock from '../../state/clock';
import { Button } from '../../ui/Button';
import { ErrorMessage } from '../../ui/Messages';
import { SubmitRow } from '../../ui/SubmitRow';
import { TextField } from '../../ui/TextField';
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

export function AssessmentForm({ caseId, scale, re, onSaved, onCancel }: AssessmentFormProps) {
  const today = clock.today();
  const [draft, setDraft] = useState<AssessmentDraft | null>(re ? null : emptyDraft(scale, today));
  const [previousDate, setPreviousDate] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const id = useId();

  useEffect(() => {
    if (!re) return;
    let current = true;
    void call('reassessment.template', { caseId }).then((result) => {
      if (!current) return;
      if (result.ok) {
        setDraft(draftFromTemplate(scale, result.value, clock.today()));
        setPreviousDate(result.value.previousDate);
      } else {
        setError(result.error.message);
      }
    });
    return () => {
      current = false;
    };
  }, [re, caseId, scale]);

  function setArea(index: number, area: AreaDraft) {
    setDraft((d) => (d ? { ...d, areas: d.areas.map((a, i) => (i === index ? area : a)) } : d));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!draft || busy || draftProblem(draft)) return;
    setBusy(true);
    setError(null);
    const result = await call('assessment.create', { caseId, date: draft.date, entries: draftEntries(draft) });
    setBusy(false);
    if (result.ok) onSaved(result.value);
    else setError(result.error.message);
  }

  const title = re ? t.createRe : t.createFirst;
  return (
    <section className="as-part as-assessment-form" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} tabIndex={-1} ref={heading}>
        {title}
      </h3>
      {draft === null ? (
        <>
          {error ? null : <p>{ta.common.loading}</p>}
          <ErrorMessage message={error} />
          <Button onClick={onCancel}>{ta.common.cancel}</Button>
        </>
      ) : (
        <form className="form" onSubmit={submit} aria-busy={busy} noValidate>
          {previousDate ? <p className="notice notice-info">{t.reIntro(previousDate)}</p> : null}
          <TextField
            label={t.dateLabel}
            hint={t.dateHint}
            type="date"
            max={today}
            required
            value={draft.date}
            onChange={(date) => setDraft({ ...draft, date })}
            inputClassName="as-input-date"
          />
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
          <SubmitRow label={t.submit} busy={busy} busyLabel={t.saving} problem={draftProblem(draft)} onCancel={onCancel} cancelLabel={ta.common.cancel} />
        </form>
      )}
    </section>
  );
}
