/** Contract methods for assessment, re-assessment (cadence, due/overdue, changes), goals with steps, agreements (versioned, signed) and their PDF. */
import { z } from 'zod';
import { method } from '../define';
import { isoDate, recordId } from '../fields';
import { GOAL_STATUSES, RESPONSIBLE_SERVICES, STEP_RESPONSIBLES, URGENCIES } from '../vocabulary';
import { CASE_READ_ONLY } from './casesErrors';
import type { DocumentFile } from './documents';
import { DOCUMENT_LANGUAGES } from './documentTexts';
import type { SignedPrintout } from './printouts';

export type Urgency = (typeof URGENCIES)[number];
export type ResponsibleService = (typeof RESPONSIBLE_SERVICES)[number];
export type GoalStatus = (typeof GOAL_STATUSES)[number];
export type StepResponsible = (typeof STEP_RESPONSIBLES)[number];

const shortText = z.string().trim().min(1).max(300);
const longText = z.string().max(4000).nullable().optional();
/**
 * A goal's or step's text in the client's language, as the case manager (or an interpreter) wrote
 * it: printed below the German text on the Zielvereinbarung, never machine-translated. Optional;
 * null clears it.
 */
const translation = shortText.nullable().optional();

// ---- assessment --------------------------------------------------------------------------------

export interface Option<V extends string | number = string> {
  value: V;
  label: string;
}
/** The scales and lists the assessment and goal screens show, with their German meaning. */
export interface AssessmentScale {
  situations: (Option<number> & { meaning: string })[];
  urgencies: Option<Urgency>[];
  responsibleServices: Option<ResponsibleService>[];
  goalStatuses: Option<GoalStatus>[];
  stepResponsibles: Option<StepResponsible>[];
  /** The active life areas, in their configured order. */
  lifeAreas: { id: string; name: string }[];
}

export interface AssessmentEntryView {
  lifeAreaId: string;
  lifeAreaName: string;
  situation: number;
  situationLabel: string;
  resources: string | null;
  needs: string | null;
  urgency: Urgency;
  urgencyLabel: string;
  responsibleService: ResponsibleService;
  responsibleServiceLabel: string;
}
export interface AssessmentSummary {
  id: string;
  caseId: string;
  kind: 'erst' | 're';
  kindLabel: string;
  date: string;
  previousId: string | null;
  recordedBy: string;
  entryCount: number;
}
export interface AssessmentDetail extends AssessmentSummary {
  entries: AssessmentEntryView[];
}
/** A re-assessment starts from the last one: its entries, ready to be edited and saved as new. */
export interface ReassessmentTemplate {
  previousAssessmentId: string;
  previousDate: string;
  entries: AssessmentEntryView[];
}
export type SituationDirection = 'better' | 'worse' | 'same';
export type ComparedField = 'situation' | 'resources' | 'needs' | 'urgency' | 'responsibleService';
export interface LifeAreaChange {
  lifeAreaId: string;
  lifeAreaName: string;
  previous: AssessmentEntryView | null;
  current: AssessmentEntryView | null;
  changed: boolean;
  changedFields: ComparedField[];
  /** null when the area was assessed only once of the two. */
  situationDirection: SituationDirection | null;
  /** 'besser', 'schlechter', 'verändert' (same situation, other fields changed), 'unverändert', 'neu bewertet', 'nicht mehr bewertet'. */
  changeLabel: string;
}
export interface AssessmentComparison {
  previous: AssessmentSummary;
  current: AssessmentSummary;
  areas: LifeAreaChange[];
}
export interface ReassessmentStatus {
  caseId: string;
  /** The case's own cadence, or null when the setting applies. */
  caseMonths: number | null;
  /** The cadence that applies to this case. */
  months: number;
  lastAssessmentDate: string | null;
  /** null while the case has no assessment. */
  dueDate: string | null;
  overdue: boolean;
}
export interface DueReassessment {
  caseId: string;
  caseNumber: string;
  clientName: string;
  caseManager: string;
  lastAssessmentDate: string;
  months: number;
  dueDate: string;
  overdue: boolean;
  /** Negative when overdue, 0 when due today. */
  daysUntilDue: number;
}

const entryInput = z
  .object({
    lifeAreaId: recordId,
    situation: z.number().int().min(1).max(5),
    resources: longText,
    needs: longText,
    urgency: z.enum(URGENCIES),
    responsibleService: z.enum(RESPONSIBLE_SERVICES),
  })
  .strict();
export const createAssessmentInput = z.object({ caseId: recordId, date: isoDate, entries: z.array(entryInput).min(1).max(50) }).strict();
export type CreateAssessmentInput = z.output<typeof createAssessmentInput>;

const byCase = z.object({ caseId: recordId }).strict();
const byAssessment = z.object({ assessmentId: recordId }).strict();

export const setCadenceInput = z.object({ caseId: recordId, months: z.number().int().min(1).max(24).nullable() }).strict();
export const dueInput = z.object({ withinDays: z.number().int().min(0).max(366) }).strict();

// ---- goals -------------------------------------------------------------------------------------

export interface GoalStepView {
  id: string;
  description: string;
  /** The description in the client's language; null when none was written. */
  descriptionTranslation: string | null;
  responsible: StepResponsible;
  responsibleLabel: string;
  partnerId: string | null;
  partnerName: string | null;
  dueDate: string | null;
  doneAt: string | null;
  sortOrder: number;
}
export interface GoalView {
  id: string;
  caseId: string;
  lifeAreaId: string;
  lifeAreaName: string;
  title: string;
  /** The title in the client's language; null when none was written. */
  titleTranslation: string | null;
  status: GoalStatus;
  statusLabel: string;
  createdAt: string;
  updatedAt: string;
  steps: GoalStepView[];
}

const stepFields = {
  description: shortText,
  descriptionTranslation: translation,
  responsible: z.enum(STEP_RESPONSIBLES),
  /** Only with responsible 'partner', and then required. */
  partnerId: recordId.nullable().optional(),
  /** May be in the future: it is a deadline. */
  dueDate: isoDate.nullable().optional(),
};
export const stepInput = z.object(stepFields).strict();
export type StepInput = z.output<typeof stepInput>;
export const createGoalInput = z
  .object({ caseId: recordId, lifeAreaId: recordId, title: shortText, titleTranslation: translation, steps: z.array(stepInput).max(30).optional() })
  .strict();
export const updateGoalInput = z
  .object({ goalId: recordId, title: shortText.optional(), titleTranslation: translation, status: z.enum(GOAL_STATUSES).optional() })
  .strict()
  .refine((v) => v.title !== undefined || v.titleTranslation !== undefined || v.status !== undefined);
export const addStepInput = z.object({ goalId: recordId, ...stepFields }).strict();
export const updateStepInput = z
  .object({
    stepId: recordId,
    description: shortText.optional(),
    descriptionTranslation: translation,
    responsible: z.enum(STEP_RESPONSIBLES).optional(),
    partnerId: recordId.nullable().optional(),
    dueDate: isoDate.nullable().optional(),
  })
  .strict();
/** doneAt null reopens a step that was marked done by mistake. */
export const completeStepInput = z.object({ stepId: recordId, doneAt: isoDate.nullable() }).strict();

// ---- agreements --------------------------------------------------------------------------------

/**
 * The goals as agreed, with the names as they were at that moment. The translations are optional:
 * snapshots taken before goals had translations (migration 0019) do not carry them.
 */
export interface AgreementSnapshot {
  goals: {
    goalId: string;
    lifeAreaId: string;
    lifeAreaName: string;
    title: string;
    titleTranslation?: string | null;
    status: GoalStatus;
    steps: (Omit<GoalStepView, 'id' | 'responsibleLabel' | 'sortOrder' | 'descriptionTranslation'> & { descriptionTranslation?: string | null })[];
  }[];
}
export interface AgreementSummary {
  id: string;
  caseId: string;
  version: number;
  date: string;
  signedAt: string | null;
  recordedBy: string;
  goalCount: number;
  /** A newer version exists: this one can no longer be signed. */
  superseded: boolean;
  /** The printout signed (print, then sign); null when unsigned or signed on a paper the app did not print. */
  signedPrintout: SignedPrintout | null;
}
export interface AgreementDetail extends AgreementSummary {
  snapshot: AgreementSnapshot;
}

const byAgreement = z.object({ agreementId: recordId }).strict();
/** The agreement to print and the language beside German ('de', the default: German only). */
export const agreementPdfInput = z.object({ agreementId: recordId, language: z.enum(DOCUMENT_LANGUAGES).optional() }).strict();

export const assessmentMethods = {
  'assessment.scale': method<AssessmentScale>()(z.object({}).strict(), ['LOCKED']),
  'assessment.create': method<AssessmentDetail>()(createAssessmentInput, [
    'LOCKED',
    'CASE_NOT_FOUND',
    ...CASE_READ_ONLY,
    'DATE_IN_FUTURE',
    'ASSESSMENT_WITHOUT_ENTRIES',
    'LIFE_AREA_NOT_FOUND',
    'LIFE_AREA_INACTIVE',
    'LIFE_AREA_TWICE',
    'ASSESSMENT_BEFORE_PREVIOUS',
  ]),
  'assessment.list': method<AssessmentSummary[]>()(byCase, ['LOCKED', 'CASE_NOT_FOUND']),
  'assessment.get': method<AssessmentDetail>()(byAssessment, ['LOCKED', 'ASSESSMENT_NOT_FOUND']),
  'reassessment.template': method<ReassessmentTemplate>()(byCase, ['LOCKED', 'CASE_NOT_FOUND', 'NO_PREVIOUS_ASSESSMENT']),
  'reassessment.compare': method<AssessmentComparison>()(byAssessment, ['LOCKED', 'ASSESSMENT_NOT_FOUND', 'NO_PREVIOUS_ASSESSMENT']),
  'reassessment.status': method<ReassessmentStatus>()(byCase, ['LOCKED', 'CASE_NOT_FOUND']),
  'reassessment.setCadence': method<ReassessmentStatus>()(setCadenceInput, ['LOCKED', 'CASE_NOT_FOUND', ...CASE_READ_ONLY]),
  'reassessment.due': method<DueReassessment[]>()(dueInput, ['LOCKED']),
  'goal.create': method<GoalView>()(createGoalInput, [
    'LOCKED',
    'CASE_NOT_FOUND',
    ...CASE_READ_ONLY,
    'LIFE_AREA_NOT_FOUND',
    'LIFE_AREA_INACTIVE',
    'PARTNER_NOT_FOUND',
    'STEP_PARTNER_REQUIRED',
    'STEP_PARTNER_NOT_EXPECTED',
  ]),
  'goal.update': method<GoalView>()(updateGoalInput, ['LOCKED', 'GOAL_NOT_FOUND', ...CASE_READ_ONLY]),
  'goal.addStep': method<GoalView>()(addStepInput, [
    'LOCKED',
    'GOAL_NOT_FOUND',
    ...CASE_READ_ONLY,
    'PARTNER_NOT_FOUND',
    'STEP_PARTNER_REQUIRED',
    'STEP_PARTNER_NOT_EXPECTED',
  ]),
  'goal.updateStep': method<GoalView>()(updateStepInput, [
    'LOCKED',
    'STEP_NOT_FOUND',
    ...CASE_READ_ONLY,
    'PARTNER_NOT_FOUND',
    'STEP_PARTNER_REQUIRED',
    'STEP_PARTNER_NOT_EXPECTED',
  ]),
  'goal.completeStep': method<GoalView>()(completeStepInput, ['LOCKED', 'STEP_NOT_FOUND', ...CASE_READ_ONLY, 'DATE_IN_FUTURE']),
  'goal.list': method<GoalView[]>()(byCase, ['LOCKED', 'CASE_NOT_FOUND']),
  'agreement.create': method<AgreementDetail>()(z.object({ caseId: recordId, date: isoDate }).strict(), [
    'LOCKED',
    'CASE_NOT_FOUND',
    ...CASE_READ_ONLY,
    'DATE_IN_FUTURE',
    'AGREEMENT_WITHOUT_GOALS',
  ]),
  'agreement.sign': method<AgreementDetail>()(
    z
      .object({
        agreementId: recordId,
        signedAt: isoDate,
        /** The printout signed (its code is in the footer); required when this version was printed by the app. */
        printoutId: recordId.optional(),
      })
      .strict(),
    [
      'LOCKED',
      'AGREEMENT_NOT_FOUND',
      ...CASE_READ_ONLY,
      'DATE_IN_FUTURE',
      'AGREEMENT_ALREADY_SIGNED',
      'AGREEMENT_SUPERSEDED',
      'SIGNED_BEFORE_AGREEMENT',
      'PRINTOUT_NOT_FOUND',
      'PRINTOUT_NOT_FOR_THIS_PAPER',
      'PRINTOUT_REQUIRED',
      'SIGNED_BEFORE_PRINTED',
    ],
  ),
  'agreement.list': method<AgreementSummary[]>()(byCase, ['LOCKED', 'CASE_NOT_FOUND']),
  'agreement.get': method<AgreementDetail>()(byAgreement, ['LOCKED', 'AGREEMENT_NOT_FOUND']),
  'agreement.pdf': method<DocumentFile>()(agreementPdfInput, ['LOCKED', 'AGREEMENT_NOT_FOUND', 'TEXT_UNPRINTABLE']),
} as const;
