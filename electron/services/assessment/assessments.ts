/**
 * Assessments: per life area the situation on the scale, resources, needs, urgency and the
 * responsible service. Dated and kept: a new assessment is always a new record (the database
 * refuses to change one); the first one moves the case on to the Zielvereinbarung.
 */
import { KimError } from '../../contract/errors';
import type { AssessmentDetail, AssessmentScale, AssessmentSummary, CreateAssessmentInput } from '../../contract/areas/assessment';
import {
  assessmentById,
  assessmentsOfCase,
  entriesOf,
  insertAssessment,
  lastAssessment,
  lifeAreaList,
  type AssessmentRow,
} from '../../../db/queries/assessments';
import { actor, advancePhase, assertNotInFuture, db, newId, requireOpenCase, transaction, type ServiceContext } from '../context';
import { requireActiveLifeArea, requireCase } from './caseRules';
import {
  ASSESSMENT_KIND_LABELS,
  GOAL_STATUS_LABELS,
  RESPONSIBLE_SERVICE_LABELS,
  SITUATION_SCALE,
  STEP_RESPONSIBLE_LABELS,
  URGENCY_LABELS,
  entryView,
  options,
} from './scale';

export function assessmentScale(ctx: ServiceContext): AssessmentScale {
  return {
    situations: SITUATION_SCALE.map(({ value, label, meaning }) => ({ value, label, meaning })),
    urgencies: options(URGENCY_LABELS),
    responsibleServices: options(RESPONSIBLE_SERVICE_LABELS),
    goalStatuses: options(GOAL_STATUS_LABELS),
    stepResponsibles: options(STEP_RESPONSIBLE_LABELS),
    lifeAreas: lifeAreaList(db(ctx))
      .filter((area) => area.active)
      .map(({ id, name }) => ({ id, name })),
  };
}

const blankToNull = (text: string | null | undefined): string | null => (text?.trim() ? text.trim() : null);

export function createAssessment(ctx: ServiceContext, input: CreateAssessmentInput): AssessmentDetail {
  return transaction(ctx, () => {
    requireOpenCase(ctx, input.caseId);
    assertNotInFuture(input.date, ctx.now());
    if (input.entries.length === 0) throw new KimError('ASSESSMENT_WITHOUT_ENTRIES');
    const seen = new Set<string>();
    for (const entry of input.entries) {
      if (seen.has(entry.lifeAreaId)) throw new KimError('LIFE_AREA_TWICE');
      seen.add(entry.lifeAreaId);
      requireActiveLifeArea(ctx, entry.lifeAreaId);
    }
    const previous = lastAssessment(db(ctx), input.caseId);
    if (previous && input.date < previous.date) throw new KimError('ASSESSMENT_BEFORE_PREVIOUS');

    const id = newId();
    insertAssessment(
      db(ctx),
      {
        id,
        caseId: input.caseId,
        kind: previous ? 're' : 'erst',
        date: input.date,
        previousId: previous?.id ?? null,
        recordedBy: actor(ctx),
        createdAt: ctx.now().toISOString(),
      },
      input.entries.map((entry) => ({
        id: newId(),
        assessmentId: id,
        lifeAreaId: entry.lifeAreaId,
        situation: entry.situation,
        resources: blankToNull(entry.resources),
        needs: blankToNull(entry.needs),
        urgency: entry.urgency,
        responsibleService: entry.responsibleService,
      })),
    );
    ctx.store.audit(previous ? 'reassessment.created' : 'assessment.created', 'assessment', id);
    advancePhase(ctx, input.caseId, 'zielvereinbarung');
    return getAssessment(ctx, id);
  });
}

export function listAssessments(ctx: ServiceContext, caseId: string): AssessmentSummary[] {
  requireCase(ctx, caseId);
  return assessmentsOfCase(db(ctx), caseId).map(({ createdAt: _createdAt, ...row }) => ({
    ...row,
    kindLabel: ASSESSMENT_KIND_LABELS[row.kind],
  }));
}

export function getAssessment(ctx: ServiceContext, assessmentId: string): AssessmentDetail {
  const row = assessmentById(db(ctx), assessmentId);
  if (!row) throw new KimError('ASSESSMENT_NOT_FOUND');
  const entries = entriesOf(db(ctx), row.id).map(entryView);
  return { ...summaryOf(row, entries.length), entries };
}

export function summaryOf(row: AssessmentRow, entryCount: number): AssessmentSummary {
  return {
    id: row.id,
    caseId: row.caseId,
    kind: row.kind,
    kindLabel: ASSESSMENT_KIND_LABELS[row.kind],
    date: row.date,
    previousId: row.previousId,
    recordedBy: row.recordedBy,
    entryCount,
  };
}
