/**
 * The case section "Assessment": the re-assessment status with the case's cadence, the list of
 * assessments (newest first), the form for the first assessment or a re-assessment, and one
 * assessment in full (for a re-assessment with what changed).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AssessmentDetail, AssessmentSummary, ReassessmentStatus } from '../../../electron/contract/areas/assessment';
import { call } from '../../api';
import { ta } from '../../i18n/assessment';
import { Button } from '../../ui/Button';
import { ErrorMessage, StatusMessage } from '../../ui/Messages';
import { useHasDraft } from '../../ui/useFormDraft';
import type { CaseSectionProps } from '../case/sectionProps';
import { AssessmentDetailView } from './AssessmentDetailView';
import { AssessmentForm, assessmentDraftKey } from './AssessmentForm';
import { AssessmentList } from './AssessmentList';
import { ReassessmentStatusPanel } from './ReassessmentStatusPanel';
import { useScale } from './scaleStore';
import './assessment.css';

const t = ta.assessment;

export function AssessmentSection({ caseId, closed, onChanged }: CaseSectionProps) {
  const { scale, error: scaleError } = useScale();
  const [assessments, setAssessments] = useState<AssessmentSummary[] | null>(null);
  const [status, setStatus] = useState<ReassessmentStatus | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [formOpen, setFormOpen] = useState(false);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  /** Counts "Ansehen": the view opens afresh (and takes focus) even for the same assessment. */
  const [views, setViews] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const request = useRef(0);
  const actions = useRef<HTMLDivElement>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);
  const [returnFocus, setReturnFocus] = useState<'open' | 'list' | null>(null);

  // A form or view closed: focus goes back to where it was opened from, not to the page's start.
  useEffect(() => {
    if (returnFocus === 'open') actions.current?.querySelector('button')?.focus();
    if (returnFocus === 'list') listHeading.current?.focus();
    if (returnFocus) setReturnFocus(null);
  }, [returnFocus]);

  const reload = useCallback(async () => {
    const mine = ++request.current;
    const [list, due] = await Promise.all([call('assessment.list', { caseId }), call('reassessment.status', { caseId })]);
    if (mine !== request.current) return;
    if (list.ok) setAssessments(list.value);
    if (due.ok) setStatus(due.value);
    setLoadError(!list.ok ? list.error.message : !due.ok ? due.error.message : null);
  }, [caseId]);

  useEffect(() => {
    setAssessments(null);
    setStatus(null);
    setSelectedId(null);
    setFormOpen(false);
    void reload();
  }, [reload]);

  function saved(detail: AssessmentDetail) {
    setFormOpen(false);
    setSelectedId(detail.id);
    setNotice(t.saved);
    void reload();
    onChanged();
  }

  function cancel() {
    setFormOpen(false);
    setReturnFocus('open');
  }

  // An assessment begun before a lock, a crash or a change of screen: its form opens with the draft.
  const hasDraft = useHasDraft(assessmentDraftKey(caseId));
  useEffect(() => {
    if (hasDraft && !closed) setFormOpen(true);
  }, [hasDraft, closed]);

  const hasAssessment = (assessments?.length ?? 0) > 0;
  const canCreate = !closed && scale !== null && assessments !== null && !formOpen;

  return (
    <section className="as-section as-assessment-section" aria-labelledby="section-title">
      <h2 id="section-title" tabIndex={-1}>
        {t.title}
      </h2>
      <p className="lead">{t.intro}</p>
      {closed ? <p className="notice notice-info">{ta.common.closedNote}</p> : null}
      <ErrorMessage message={loadError ?? scaleError} />
      <StatusMessage>{notice}</StatusMessage>

      {status ? (
        <ReassessmentStatusPanel
          caseId={caseId}
          closed={closed}
          status={status}
          onSaved={(next) => {
            setStatus(next);
            onChanged();
          }}
        />
      ) : null}

      <section className="as-part" aria-labelledby="assessment-list-title">
        <h3 id="assessment-list-title" tabIndex={-1} ref={listHeading}>
          {t.listTitle}
        </h3>
        {assessments === null ? (
          loadError ? null : (
            <p>{ta.common.loading}</p>
          )
        ) : (
          <AssessmentList
            assessments={assessments}
            selectedId={selectedId}
            onView={(id) => {
              setNotice(null);
              setSelectedId(id);
              setViews((n) => n + 1);
            }}
          />
        )}
        {canCreate ? (
          <div className="as-section-actions" ref={actions}>
            <Button
              variant="primary"
              onClick={() => {
                setNotice(null);
                setSelectedId(null);
                setFormOpen(true);
              }}
            >
              {hasAssessment ? t.createRe : t.createFirst}
            </Button>
          </div>
        ) : null}
      </section>

      {formOpen && scale && assessments !== null ? <AssessmentForm caseId={caseId} scale={scale} re={hasAssessment} onSaved={saved} onCancel={cancel} /> : null}
      {selectedId && !formOpen ? (
        <AssessmentDetailView
          key={views}
          assessmentId={selectedId}
          onClose={() => {
            setSelectedId(null);
            setReturnFocus('list');
          }}
        />
      ) : null}
    </section>
  );
}
