/** Contract methods for people (Klient:innen), households, target groups, locations and life areas (configuration), intake (Zugangssteuerung, Erstberatung), consent, cases, closure and reopening, the case view and timeline. */
import { z } from 'zod';
import type { SignedPrintout } from './printouts';
import { method } from '../define';
import { isoDate, partialDate, recordId } from '../fields';
import {
  ACCESS_ROUTES,
  ACCOMMODATION_TYPES,
  CLOSURE_REASONS,
  DOCUMENT_FORMS,
  GENDERS,
  HOUSEHOLD_ROLES,
  INTAKE_DECISIONS,
  LOCATION_KINDS,
  PHASES,
  RESIDENCE_STATUSES,
} from '../vocabulary';
import { REASSESSMENT_MONTHS } from '../limits';
import { CASE_READ_ONLY } from './casesErrors';

// ---- Enumerations (from the data model) --------------------------------------------------

export type Phase = (typeof PHASES)[number];
export type AccessRoute = (typeof ACCESS_ROUTES)[number];
export type ClosureReason = (typeof CLOSURE_REASONS)[number];
export const CONSENT_FORMS = DOCUMENT_FORMS;
export { ACCOMMODATION_TYPES, GENDERS, HOUSEHOLD_ROLES, INTAKE_DECISIONS, LOCATION_KINDS, RESIDENCE_STATUSES };
/** What can become of a goal at closure. */
export const GOAL_OUTCOMES = ['erreicht', 'teilweise_erreicht', 'nicht_erreicht', 'verworfen'] as const;
export type Gender = (typeof GENDERS)[number];
export type AccommodationType = (typeof ACCOMMODATION_TYPES)[number];
export type ResidenceStatus = (typeof RESIDENCE_STATUSES)[number];
export type HouseholdRole = (typeof HOUSEHOLD_ROLES)[number];
export type IntakeDecision = (typeof INTAKE_DECISIONS)[number];
export type ConsentForm = (typeof CONSENT_FORMS)[number];
export type LocationKind = (typeof LOCATION_KINDS)[number];
export type GoalOutcome = (typeof GOAL_OUTCOMES)[number];

// ---- Field helpers --------------------------------------------------------------------------

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable();

// ---- People ------------------------------------------------------------------------------------

const personName = z
  .object({
    familyName: text(100),
    givenNames: z.string().trim().max(100),
    /** The spelling used in letters; the first name is primary when none is marked. */
    primary: z.boolean().optional(),
    note: optionalText(200).optional(),
  })
  .strict();
const personNames = z
  .array(personName)
  .min(1)
  .max(10)
  .refine((names) => names.filter((n) => n.primary).length <= 1);

const personFields = {
  birthDate: partialDate.nullable(),
  gender: z.enum(GENDERS),
  nationalities: z.array(z.string().regex(/^[A-Z]{2}$/)).max(5),
  languages: z.array(z.string().regex(/^[a-z]{2,3}$/)).max(10),
  interpreterNeeded: z.boolean(),
  /** The language the interpreter speaks with the person (ISO 639 code); null when none is needed or it is not known. */
  interpreterLanguage: z
    .string()
    .regex(/^[a-z]{2,3}$/)
    .nullable(),
  phone: optionalText(50),
  email: z.email().max(200).nullable(),
  address: optionalText(300),
  municipality: optionalText(100),
  accommodationType: z.enum(ACCOMMODATION_TYPES).nullable(),
  accommodationName: optionalText(200),
  residenceStatus: z.enum(RESIDENCE_STATUSES).nullable(),
  residenceParagraph: optionalText(100),
  residenceValidUntil: isoDate.nullable(),
  incomplete: z.boolean(),
};
export const personCreateInput = z.object({ names: personNames, ...z.object(personFields).partial().shape }).strict();
export const personUpdateInput = z.object({ personId: recordId, names: personNames.optional(), ...z.object(personFields).partial().shape }).strict();
export type PersonCreateInput = z.output<typeof personCreateInput>;
export type PersonUpdateInput = z.output<typeof personUpdateInput>;
export type PersonNameInput = z.output<typeof personName>;

export interface PersonNameView {
  familyName: string;
  givenNames: string;
  primary: boolean;
  note: string | null;
}
export interface PersonSummary {
  id: string;
  /** "Family name, given names" of the primary spelling. */
  displayName: string;
  birthDate: string | null;
  municipality: string | null;
  incomplete: boolean;
  openCase: { id: string; caseNumber: string } | null;
}
export interface HouseholdMember {
  personId: string;
  displayName: string;
  role: HouseholdRole | null;
}
export interface PersonDetail {
  id: string;
  displayName: string;
  /** Primary spelling first. */
  names: PersonNameView[];
  birthDate: string | null;
  gender: Gender;
  nationalities: string[];
  languages: string[];
  interpreterNeeded: boolean;
  /** ISO 639 code of the interpreter's language; null when not needed or not known. */
  interpreterLanguage: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
  municipality: string | null;
  accommodationType: AccommodationType | null;
  accommodationName: string | null;
  residenceStatus: ResidenceStatus | null;
  residenceParagraph: string | null;
  residenceValidUntil: string | null;
  incomplete: boolean;
  /** The household with its other members; null when the person lives alone or it is unknown. */
  household: { id: string; role: HouseholdRole | null; members: HouseholdMember[] } | null;
  cases: { id: string; caseNumber: string; phase: Phase; openedAt: string; closedAt: string | null }[];
  intakes: { id: string; date: string; accessRoute: AccessRoute; decision: IntakeDecision; referredTo: string | null; caseId: string | null }[];
  createdAt: string;
  updatedAt: string;
}

// ---- Configuration -----------------------------------------------------------------------------

export interface TargetGroupView {
  id: string;
  name: string;
  description: string | null;
  validFrom: string;
  validUntil: string | null;
  /** Valid today: can be chosen for a new intake. */
  validToday: boolean;
}
export interface LocationView {
  id: string;
  name: string;
  kind: LocationKind;
  municipality: string;
  active: boolean;
}
export interface LifeAreaView {
  id: string;
  name: string;
  sortOrder: number;
  active: boolean;
}

// ---- Intake and cases ---------------------------------------------------------------------------

export const intakeInput = z
  .object({
    personId: recordId,
    date: isoDate,
    accessRoute: z.enum(ACCESS_ROUTES),
    targetGroupIds: z.array(recordId).max(20),
    decision: z.enum(INTAKE_DECISIONS),
    referredTo: optionalText(200).optional(),
    /** Consent to case management and data processing; required to open a case. */
    consent: z
      /** printoutId: the printed Einwilligung signed (print, then sign); only for a written consent. */
      .object({ givenAt: isoDate, form: z.enum(CONSENT_FORMS), printoutId: recordId.optional() })
      .strict()
      .nullable()
      .optional(),
    /** For a new case: who is responsible (the user when not given), where, which Träger. */
    caseManager: text(100).optional(),
    locationId: recordId.nullable().optional(),
    traeger: optionalText(200).optional(),
  })
  .strict();
export type IntakeInput = z.output<typeof intakeInput>;
export interface IntakeResult {
  intakeId: string;
  caseId: string | null;
  caseNumber: string | null;
}

export const caseUpdateInput = z
  .object({
    caseId: recordId,
    caseManager: text(100).optional(),
    locationId: recordId.nullable().optional(),
    traeger: optionalText(200).optional(),
    /** The case's own re-assessment cadence; null returns to the setting. */
    reassessmentMonths: z.number().int().min(REASSESSMENT_MONTHS.min).max(REASSESSMENT_MONTHS.max).nullable().optional(),
  })
  .strict();
export type CaseUpdateInput = z.output<typeof caseUpdateInput>;

export const caseCloseInput = z
  .object({
    caseId: recordId,
    /** Checked by the service (CLOSURE_REASON_REQUIRED), so the screen can say what is missing. */
    reason: z.enum(CLOSURE_REASONS).nullable().optional(),
    /** The day the case was closed when recorded afterwards (default today): not before its opening nor its last status change. */
    date: isoDate.optional(),
    goalOutcomes: z
      .array(z.object({ goalId: recordId, outcome: z.enum(GOAL_OUTCOMES) }).strict())
      .max(200)
      .optional(),
  })
  .strict();
export type CaseCloseInput = z.output<typeof caseCloseInput>;

/** The case list's filters and sort orders. */
export const CASE_STATUSES = ['offen', 'abgeschlossen'] as const;
/** 'faellig': something is due today or overdue; 'ueberfaellig': something is past its date. */
export const CASE_LIST_DUE = ['faellig', 'ueberfaellig'] as const;
export const CASE_LIST_SORTS = ['caseNumber', 'name', 'phase', 'openedAt', 'nextDue'] as const;
export const SORT_DIRECTIONS = ['asc', 'desc'] as const;
/** Rows of the case list in one answer: a window, so the answer does not grow with the store. */
export const CASE_LIST_DEFAULT_LIMIT = 100;
export const CASE_LIST_MAX_LIMIT = 500;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export type CaseListDue = (typeof CASE_LIST_DUE)[number];
export type CaseListSort = (typeof CASE_LIST_SORTS)[number];
export type SortDirection = (typeof SORT_DIRECTIONS)[number];

export const caseListInput = z
  .object({
    phase: z.enum(PHASES).optional(),
    status: z.enum(CASE_STATUSES).optional(),
    targetGroupId: recordId.optional(),
    locationId: recordId.optional(),
    /** Exactly as written on the case. */
    caseManager: text(100).optional(),
    due: z.enum(CASE_LIST_DUE).optional(),
    /** Part of any spelling of the name, or of the case number. */
    text: z.string().trim().max(100).optional(),
    /** Without it: the newest cases first. Ties are broken by the case number. */
    sort: z.enum(CASE_LIST_SORTS).optional(),
    direction: z.enum(SORT_DIRECTIONS).optional(),
    /** The window of the ordered list: `limit` rows from `offset` on (the screen asks for the rows in view). */
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(CASE_LIST_MAX_LIMIT).default(CASE_LIST_DEFAULT_LIMIT),
  })
  .strict();
/** The filters and the sort of the case list, without the window. */
export type CaseListInput = Omit<z.input<typeof caseListInput>, 'offset' | 'limit'>;
/** A window of the case list: what `cases.list` takes. */
export type CaseListPageInput = z.output<typeof caseListInput>;
/** One window of the case list, and how many cases pass the filters (the table's length). */
export interface CaseListPage {
  rows: CaseSummary[];
  total: number;
}

export interface CaseSummary {
  id: string;
  caseNumber: string;
  personId: string;
  personName: string;
  phase: Phase;
  phaseLabel: string;
  open: boolean;
  openedAt: string;
  closedAt: string | null;
  caseManager: string;
  /** The target groups' names, in the configured order. */
  targetGroupNames: string[];
  location: { id: string; name: string } | null;
  /**
   * The earliest open date of the case: a follow-up (Wiedervorlage), a step of an open goal or
   * the re-assessment. Null for a closed case or when nothing is scheduled.
   */
  nextDueDate: string | null;
  /** Something is due today or overdue (what "Heute" lists as follow-up, step or re-assessment). */
  due: boolean;
  /** Something is past its date. */
  overdue: boolean;
  /** Processing is restricted (Art. 18 DSGVO): read only, nothing due; listed so it can be read and the restriction lifted. */
  restricted: boolean;
}

/** What the case list's filters offer. */
export interface CaseListFilters {
  /** The names written on cases, sorted. */
  caseManagers: string[];
  /** All target groups, also those no longer valid (older cases keep them). */
  targetGroups: { id: string; name: string; validToday: boolean }[];
  /** All locations, also inactive ones. */
  locations: { id: string; name: string; active: boolean }[];
}

export type DueKind = 'zyklus' | 'wiedervorlage' | 'schritt' | 'reassessment' | 'aufenthalt';
export interface DueItem {
  kind: DueKind;
  /** German, ready to show. */
  title: string;
  dueDate: string | null;
  overdue: boolean;
  refId: string | null;
}

export interface CaseView {
  id: string;
  caseNumber: string;
  phase: Phase;
  phaseLabel: string;
  open: boolean;
  openedAt: string;
  closedAt: string | null;
  closureReason: ClosureReason | null;
  closureReasonLabel: string | null;
  caseManager: string;
  location: { id: string; name: string; municipality: string } | null;
  traeger: string | null;
  /** The cadence in force (own or from the settings) and the case's own value. */
  reassessmentMonths: number;
  ownReassessmentMonths: number | null;
  person: {
    id: string;
    displayName: string;
    otherNames: PersonNameView[];
    birthDate: string | null;
    gender: Gender;
    nationalities: string[];
    languages: string[];
    interpreterNeeded: boolean;
    /** ISO 639 code of the interpreter's language (contact forms take it from here). */
    interpreterLanguage: string | null;
    residenceStatus: ResidenceStatus | null;
    residenceParagraph: string | null;
    residenceValidUntil: string | null;
  };
  targetGroups: { id: string; name: string }[];
  /** printout: the printed Einwilligung signed (print, then sign), when the intake named one. */
  consent: { givenAt: string; form: ConsentForm; recordedBy: string; revokedAt: string | null; printout: SignedPrintout | null } | null;
  /** The restriction of processing in force (Art. 18 DSGVO): the case is read only while it holds. */
  restriction: { since: string; reason: string; recordedBy: string } | null;
  /** Handed over to a colleague's device: read only here until erased (null when not). */
  handover: { recipient: string; createdAt: string; confirmedAt: string | null } | null;
  /** What is due next, the cycle's next step first, then by date. Empty for a closed case. */
  dueNext: DueItem[];
}

export type TimelineKind =
  | 'erstberatung'
  | 'einwilligung'
  | 'fall_eroeffnet'
  | 'phase'
  | 'fall_abgeschlossen'
  | 'fall_wiedereroeffnet'
  | 'assessment'
  | 'zielvereinbarung_erstellt'
  | 'zielvereinbarung_unterschrieben'
  | 'vermittlung'
  | 'vermittlung_status'
  | 'kontakt'
  | 'fallkonferenz'
  | 'wiedervorlage_angelegt'
  | 'wiedervorlage_erledigt'
  | 'einschraenkung';
export interface TimelineItem {
  /** A date (YYYY-MM-DD) or a moment (ISO date-time). */
  at: string;
  kind: TimelineKind;
  title: string;
  refId: string;
}

// ---- Methods -------------------------------------------------------------------------------------

const byId = <K extends string>(key: K) => z.object({ [key]: recordId } as Record<K, typeof recordId>).strict();
const empty = z.object({}).strict();
const targetGroupFields = { name: text(200), description: optionalText(1000), validFrom: isoDate, validUntil: isoDate.nullable() };
const locationFields = { name: text(200), kind: z.enum(LOCATION_KINDS), municipality: text(100) };

export const caseMethods = {
  'persons.create': method<PersonDetail>()(personCreateInput, ['LOCKED', 'DATE_IN_FUTURE']),
  'persons.update': method<PersonDetail>()(personUpdateInput, ['LOCKED', 'PERSON_NOT_FOUND', 'PERSON_RESTRICTED', 'PERSON_HANDED_OVER', 'DATE_IN_FUTURE']),
  'persons.get': method<PersonDetail>()(byId('personId'), ['LOCKED', 'PERSON_NOT_FOUND']),
  'persons.list': method<PersonSummary[]>()(empty, ['LOCKED']),
  'persons.linkHousehold': method<PersonDetail>()(
    z.object({ personId: recordId, withPersonId: recordId, role: z.enum(HOUSEHOLD_ROLES), withPersonRole: z.enum(HOUSEHOLD_ROLES).optional() }).strict(),
    ['LOCKED', 'PERSON_NOT_FOUND', 'PERSON_RESTRICTED', 'PERSON_HANDED_OVER', 'HOUSEHOLD_SAME_PERSON'],
  ),
  'persons.unlinkHousehold': method<PersonDetail>()(byId('personId'), [
    'LOCKED',
    'PERSON_NOT_FOUND',
    'PERSON_RESTRICTED',
    'PERSON_HANDED_OVER',
    'NOT_IN_HOUSEHOLD',
  ]),

  'targetGroups.list': method<TargetGroupView[]>()(empty, ['LOCKED']),
  'targetGroups.create': method<TargetGroupView>()(z.object(targetGroupFields).partial({ description: true, validUntil: true }).strict(), [
    'LOCKED',
    'VALIDITY_RANGE_INVALID',
  ]),
  'targetGroups.update': method<TargetGroupView>()(z.object({ targetGroupId: recordId, ...z.object(targetGroupFields).partial().shape }).strict(), [
    'LOCKED',
    'TARGET_GROUP_NOT_FOUND',
    'VALIDITY_RANGE_INVALID',
  ]),
  'targetGroups.end': method<TargetGroupView>()(z.object({ targetGroupId: recordId, validUntil: isoDate }).strict(), [
    'LOCKED',
    'TARGET_GROUP_NOT_FOUND',
    'VALIDITY_RANGE_INVALID',
  ]),

  'locations.list': method<LocationView[]>()(z.object({ includeInactive: z.boolean().optional() }).strict(), ['LOCKED']),
  'locations.create': method<LocationView>()(z.object(locationFields).strict(), ['LOCKED']),
  'locations.update': method<LocationView>()(z.object({ locationId: recordId, ...z.object(locationFields).partial().shape }).strict(), [
    'LOCKED',
    'LOCATION_NOT_FOUND',
  ]),
  'locations.deactivate': method<LocationView>()(byId('locationId'), ['LOCKED', 'LOCATION_NOT_FOUND']),

  'lifeAreas.list': method<LifeAreaView[]>()(z.object({ includeInactive: z.boolean().optional() }).strict(), ['LOCKED']),
  'lifeAreas.add': method<LifeAreaView>()(z.object({ name: text(100) }).strict(), ['LOCKED']),
  'lifeAreas.rename': method<LifeAreaView>()(z.object({ lifeAreaId: recordId, name: text(100) }).strict(), ['LOCKED', 'LIFE_AREA_NOT_FOUND']),
  'lifeAreas.reorder': method<LifeAreaView[]>()(z.object({ lifeAreaIds: z.array(recordId).min(1).max(100) }).strict(), [
    'LOCKED',
    'LIFE_AREA_NOT_FOUND',
    'LIFE_AREA_ORDER_INCOMPLETE',
  ]),
  'lifeAreas.setActive': method<LifeAreaView>()(z.object({ lifeAreaId: recordId, active: z.boolean() }).strict(), ['LOCKED', 'LIFE_AREA_NOT_FOUND']),

  'intakes.record': method<IntakeResult>()(intakeInput, [
    'LOCKED',
    'PERSON_NOT_FOUND',
    'DATE_IN_FUTURE',
    'TARGET_GROUP_NOT_FOUND',
    'TARGET_GROUP_NOT_VALID',
    'REFERRED_TO_REQUIRED',
    'CONSENT_REQUIRED',
    'CONSENT_PREDATES_WITHDRAWAL',
    'PERSON_RESTRICTED',
    'PERSON_HANDED_OVER',
    'PERSON_HAS_OPEN_CASE',
    'LOCATION_NOT_FOUND',
    'LOCATION_INACTIVE',
    'PRINTOUT_NOT_FOUND',
    'PRINTOUT_NOT_FOR_THIS_PAPER',
    'PRINTOUT_REQUIRED',
    'PRINTOUT_ALREADY_USED',
    'PRINTOUT_NOT_FOR_FORM',
    'SIGNED_BEFORE_PRINTED',
  ]),
  'cases.list': method<CaseListPage>()(caseListInput, ['LOCKED']),
  'cases.listFilters': method<CaseListFilters>()(empty, ['LOCKED']),
  'cases.get': method<CaseView>()(byId('caseId'), ['LOCKED', 'CASE_NOT_FOUND']),
  'cases.timeline': method<TimelineItem[]>()(byId('caseId'), ['LOCKED', 'CASE_NOT_FOUND']),
  'cases.update': method<CaseView>()(caseUpdateInput, ['LOCKED', 'CASE_NOT_FOUND', ...CASE_READ_ONLY, 'LOCATION_NOT_FOUND', 'LOCATION_INACTIVE']),
  'cases.close': method<CaseView>()(caseCloseInput, [
    'LOCKED',
    'CASE_NOT_FOUND',
    ...CASE_READ_ONLY,
    'CLOSURE_REASON_REQUIRED',
    'GOAL_OUTCOME_MISSING',
    'GOAL_NOT_FOUND',
    'DATE_IN_FUTURE',
    'STATUS_DATE_BEFORE_OPENING',
    'STATUS_DATE_BEFORE_PREVIOUS',
  ]),
  'cases.reopen': method<CaseView>()(z.object({ caseId: recordId, reason: z.string().trim().max(1000), date: isoDate.optional() }).strict(), [
    'LOCKED',
    'CASE_NOT_FOUND',
    'CASE_NOT_CLOSED',
    'CASE_RESTRICTED',
    'CASE_HANDED_OVER',
    'REOPEN_REASON_REQUIRED',
    'DATE_IN_FUTURE',
    'STATUS_DATE_BEFORE_PREVIOUS',
  ]),
} as const;
