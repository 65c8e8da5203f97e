/**
 * The assessment's scale, defined once, and the German labels of its lists (from contract/labels.ts). The screens get them
 * through 'assessment.scale'; every result that carries a code carries its label as well.
 */
import type { AssessmentEntryView, Option, ResponsibleService, Urgency } from '../../contract/areas/assessment';
import { ASSESSMENT_KIND_LABELS, GOAL_STATUS_LABELS, RESPONSIBLE_SERVICE_LABELS, STEP_RESPONSIBLE_LABELS, URGENCY_LABELS } from '../../contract/labels';

/** The situation of a life area, 1 (acute crisis) to 5 (stable and self-reliant). */
export const SITUATION_SCALE = [
  { value: 1, label: 'akute Krise', meaning: 'akute Krise – sofortiger Handlungsbedarf' },
  { value: 2, label: 'erhebliche Probleme', meaning: 'erhebliche Probleme – Unterstützung dringend nötig' },
  { value: 3, label: 'instabil', meaning: 'instabil – Unterstützung nötig' },
  { value: 4, label: 'weitgehend stabil', meaning: 'weitgehend stabil – gelegentliche Unterstützung' },
  { value: 5, label: 'stabil und selbstständig', meaning: 'stabil und selbstständig' },
] as const;

export { ASSESSMENT_KIND_LABELS, GOAL_STATUS_LABELS, RESPONSIBLE_SERVICE_LABELS, STEP_RESPONSIBLE_LABELS, URGENCY_LABELS };

export function situationLabel(value: number): string {
  return SITUATION_SCALE.find((s) => s.value === value)?.label ?? String(value);
}

export const options = <V extends string>(labels: Readonly<Record<V, string>>): Option<V>[] =>
  (Object.keys(labels) as V[]).map((value) => ({ value, label: labels[value] }));

/** One stored entry as the screens show it. */
export function entryView(row: {
  lifeAreaId: string;
  lifeAreaName: string;
  situation: number;
  resources: string | null;
  needs: string | null;
  urgency: Urgency;
  responsibleService: ResponsibleService;
}): AssessmentEntryView {
  return {
    lifeAreaId: row.lifeAreaId,
    lifeAreaName: row.lifeAreaName,
    situation: row.situation,
    situationLabel: situationLabel(row.situation),
    resources: row.resources,
    needs: row.needs,
    urgency: row.urgency,
    urgencyLabel: URGENCY_LABELS[row.urgency],
    responsibleService: row.responsibleService,
    responsibleServiceLabel: RESPONSIBLE_SERVICE_LABELS[row.responsibleService],
  };
}
