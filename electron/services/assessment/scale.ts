/**
 * The assessment's scale and the German labels of its lists, defined once. The screens get them
 * through 'assessment.scale'; every result that carries a code carries its label as well.
 */
import type { AssessmentEntryView, GoalStatus, Option, ResponsibleService, StepResponsible, Urgency } from '../../contract/areas/assessment';

/** The situation of a life area, 1 (acute crisis) to 5 (stable and self-reliant). */
export const SITUATION_SCALE = [
  { value: 1, label: 'akute Krise', meaning: 'akute Krise – sofortiger Handlungsbedarf' },
  { value: 2, label: 'erhebliche Probleme', meaning: 'erhebliche Probleme – Unterstützung dringend nötig' },
  { value: 3, label: 'instabil', meaning: 'instabil – Unterstützung nötig' },
  { value: 4, label: 'weitgehend stabil', meaning: 'weitgehend stabil – gelegentliche Unterstützung' },
  { value: 5, label: 'stabil und selbstständig', meaning: 'stabil und selbstständig' },
] as const;

export const URGENCY_LABELS: Record<Urgency, string> = { niedrig: 'niedrig', mittel: 'mittel', hoch: 'hoch' };

export const RESPONSIBLE_SERVICE_LABELS: Record<ResponsibleService, string> = {
  keine: 'keine andere Stelle (Case Management)',
  sgb2: 'SGB II – Jobcenter',
  sgb3: 'SGB III – Agentur für Arbeit',
  sgb8: 'SGB VIII – Jugendamt',
  sgb12: 'SGB XII – Sozialamt',
  asylblg: 'AsylbLG – Sozialamt',
  abh: 'Ausländerbehörde',
  ebh: 'Einbürgerungsbehörde',
  gesundheit: 'Gesundheitswesen',
  schule: 'Schule / Bildung',
  sonstiges: 'andere Stelle',
};

export const GOAL_STATUS_LABELS: Record<GoalStatus, string> = {
  offen: 'offen',
  in_arbeit: 'in Arbeit',
  erreicht: 'erreicht',
  teilweise_erreicht: 'teilweise erreicht',
  nicht_erreicht: 'nicht erreicht',
  verworfen: 'verworfen',
};

export const STEP_RESPONSIBLE_LABELS: Record<StepResponsible, string> = {
  klient: 'Klient:in',
  case_management: 'Case Management',
  partner: 'Netzwerkpartner',
};

export const ASSESSMENT_KIND_LABELS = { erst: 'Assessment', re: 'Re-Assessment' } as const;

export function situationLabel(value: number): string {
  return SITUATION_SCALE.find((s) => s.value === value)?.label ?? String(value);
}

export const options = <V extends string>(labels: Record<V, string>): Option<V>[] =>
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
