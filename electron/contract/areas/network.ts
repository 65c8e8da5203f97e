/** Contract methods for network partners, releases (Schweigepflichtentbindungen), referrals with status history, contacts (monitoring), follow-ups (Wiedervorlagen), case conferences. */
import { z } from 'zod';
import { method } from '../define';
import { NETWORK_LIMITS } from '../limits';
import { isoDate, isoDateTime, recordId } from '../fields';
import { CONTACT_PLACES, CONTACT_TYPES, DOCUMENT_FORMS, FOLLOW_UP_SOURCES, PARTNER_LEGAL_AREAS, REFERRAL_STATUSES, STRUCTURAL_GAPS } from '../vocabulary';
import { CASE_READ_ONLY } from './casesErrors';
import type { SignedPrintout } from './printouts';

export const RELEASE_FORMS = DOCUMENT_FORMS;
export { FOLLOW_UP_SOURCES, PARTNER_LEGAL_AREAS };
export const RELEASE_STATES = ['gueltig', 'widerrufen', 'abgelaufen'] as const;
/**
 * The kinds of data a release covers, each a section of the referral sheet (Übergabebogen) and
 * each mapped onto what the store holds (electron/services/documents/referralSheet.ts). The
 * person's names and birth date identify whom the sheet is about and go with every release;
 * these are what may go beyond. Health is a kind of its own (Art. 9 DSGVO): the assessment and
 * the goals of the life area 'gesundheit' go only with it.
 */
export const RELEASE_DATA_KINDS = ['anlass', 'personalien', 'kontakt', 'unterbringung', 'aufenthalt', 'sprache', 'lebenslage', 'gesundheit', 'ziele'] as const;
/**
 * What a release recorded before the kinds existed (free text only) covers: nothing the text
 * may have said can be checked by a program, so only the least a referral needs, the reason
 * for it (with the names and birth date that go with every release). A new release with its
 * kinds replaces it. Migration 0018 writes the same default.
 */
export const LEGACY_RELEASE_DATA_KINDS: readonly ReleaseDataKind[] = ['anlass'];

export type PartnerLegalArea = (typeof PARTNER_LEGAL_AREAS)[number];
export type ReleaseForm = (typeof RELEASE_FORMS)[number];
export type ReleaseState = (typeof RELEASE_STATES)[number];
export type ReleaseDataKind = (typeof RELEASE_DATA_KINDS)[number];
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];
export type StructuralGap = (typeof STRUCTURAL_GAPS)[number];
export type ContactPlace = (typeof CONTACT_PLACES)[number];
export type ContactType = (typeof CONTACT_TYPES)[number];
export type FollowUpSource = (typeof FOLLOW_UP_SOURCES)[number];

/** Limits of this area's inputs (the screens may show them). */
export { NETWORK_LIMITS };

const requiredText = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();
const noDuplicates = <T>(items: T[]) => new Set(items).size === items.length;

/** What the contact form records: the same fields when a contact is recorded and when it is corrected. */
export const contactFields = {
  at: isoDateTime,
  durationMinutes: z.number().int().min(NETWORK_LIMITS.contactMinutes.min).max(NETWORK_LIMITS.contactMinutes.max),
  place: z.enum(CONTACT_PLACES),
  locationId: recordId.nullable().optional(),
  type: z.enum(CONTACT_TYPES),
  topics: z.array(recordId).max(NETWORK_LIMITS.listItems).refine(noDuplicates),
  interpreterUsed: z.boolean(),
  interpreterLanguage: optionalText(100),
  note: optionalText(NETWORK_LIMITS.note),
};

export interface Option<V extends string = string> {
  value: V;
  label: string;
}

/** Every choice of this area with its German label, for the screens' selects. */
export interface NetworkLabels {
  legalAreas: Option<PartnerLegalArea>[];
  referralStatuses: Option<ReferralStatus>[];
  /** The statuses a referral may move to from each status; empty for the final ones. */
  referralTransitions: Record<ReferralStatus, ReferralStatus[]>;
  structuralGaps: Option<StructuralGap>[];
  releaseForms: Option<ReleaseForm>[];
  contactPlaces: Option<ContactPlace>[];
  contactTypes: Option<ContactType>[];
  followUpSources: Option<FollowUpSource>[];
}

export interface PartnerView {
  id: string;
  organisation: string;
  legalArea: PartnerLegalArea;
  legalAreaLabel: string;
  municipality: string | null;
  contactName: string | null;
  phone: string | null;
  email: string | null;
  active: boolean;
}

export interface ReleaseView {
  id: string;
  personId: string;
  partnerId: string;
  partnerName: string;
  givenAt: string;
  validUntil: string | null;
  scope: string;
  /** The kinds of data it covers, in the order of RELEASE_DATA_KINDS. */
  dataKinds: ReleaseDataKind[];
  dataKindLabels: string[];
  form: ReleaseForm;
  formLabel: string;
  revokedAt: string | null;
  /** As of today. */
  state: ReleaseState;
  stateLabel: string;
  recordedBy: string;
  /** The printout signed (print, then sign); null for an oral release or a paper the app did not print. */
  printout: SignedPrintout | null;
}

export interface ReferralStatusEntry {
  status: ReferralStatus;
  statusLabel: string;
  at: string;
  note: string | null;
  by: string;
}

export interface ReferralView {
  id: string;
  caseId: string;
  partnerId: string;
  partnerName: string;
  legalAreaLabel: string;
  lifeAreaId: string;
  lifeAreaName: string;
  reason: string;
  date: string;
  dataTransfer: boolean;
  releaseId: string | null;
  status: ReferralStatus;
  statusLabel: string;
  nextStatuses: Option<ReferralStatus>[];
  outcome: string | null;
  structuralGap: StructuralGap | null;
  structuralGapLabel: string | null;
  history: ReferralStatusEntry[];
  recordedBy: string;
}

export interface FollowUpView {
  id: string;
  caseId: string;
  dueDate: string;
  title: string;
  source: FollowUpSource;
  sourceLabel: string;
  sourceId: string | null;
  doneAt: string | null;
}

/** An open follow-up for the "Heute" list: with the case number and the person's name. */
export interface DueFollowUp extends FollowUpView {
  caseNumber: string;
  personId: string;
  /** The primary spelling, "Vornamen Familienname"; null when no name is recorded. */
  personName: string | null;
  overdue: boolean;
}

export interface ContactView {
  id: string;
  personId: string;
  caseId: string | null;
  at: string;
  durationMinutes: number;
  place: ContactPlace;
  placeLabel: string;
  locationId: string | null;
  locationName: string | null;
  type: ContactType;
  typeLabel: string;
  topics: { id: string; name: string }[];
  interpreterUsed: boolean;
  interpreterLanguage: string | null;
  note: string | null;
  followUps: FollowUpView[];
  recordedBy: string;
  /** How often it was corrected (contacts.update); the earlier versions via versions.list. */
  versions: number;
}

export interface PartnerReleaseCheck {
  partnerId: string;
  organisation: string;
  ok: boolean;
  releaseId: string | null;
}

export interface ConferenceReleaseCheck {
  date: string;
  allOk: boolean;
  partners: PartnerReleaseCheck[];
}

export interface CaseConferenceView {
  id: string;
  caseId: string;
  date: string;
  clientPresent: boolean;
  agenda: string | null;
  results: string | null;
  participants: { partnerId: string; organisation: string; legalAreaLabel: string; contactPerson: string | null }[];
  actions: FollowUpView[];
  recordedBy: string;
}

const partnerFields = {
  organisation: requiredText(NETWORK_LIMITS.name),
  legalArea: z.enum(PARTNER_LEGAL_AREAS),
  municipality: optionalText(NETWORK_LIMITS.name),
  contactName: optionalText(NETWORK_LIMITS.name),
  phone: optionalText(50),
  email: optionalText(NETWORK_LIMITS.name),
};
const byId = z.object({ id: recordId }).strict();
const byCase = z.object({ caseId: recordId }).strict();
const byPerson = z.object({ personId: recordId }).strict();
const followUpInput = z.object({ dueDate: isoDate, title: requiredText(NETWORK_LIMITS.title) }).strict();
const participantIds = z.array(recordId).min(1).max(NETWORK_LIMITS.listItems).refine(noDuplicates);

export const networkMethods = {
  'network.labels': method<NetworkLabels>()(z.object({}).strict()),

  'partners.list': method<PartnerView[]>()(z.object({ includeInactive: z.boolean().optional() }).strict(), ['LOCKED']),
  'partners.create': method<PartnerView>()(z.object(partnerFields).strict(), ['LOCKED']),
  'partners.update': method<PartnerView>()(
    z.object({ id: recordId, ...partnerFields, organisation: partnerFields.organisation.optional(), legalArea: partnerFields.legalArea.optional() }).strict(),
    ['LOCKED', 'PARTNER_NOT_FOUND'],
  ),
  'partners.deactivate': method<PartnerView>()(byId, ['LOCKED', 'PARTNER_NOT_FOUND']),
  'partners.reactivate': method<PartnerView>()(byId, ['LOCKED', 'PARTNER_NOT_FOUND']),

  'releases.create': method<ReleaseView>()(
    z
      .object({
        personId: recordId,
        partnerId: recordId,
        givenAt: isoDate,
        validUntil: isoDate.nullable().optional(),
        scope: requiredText(NETWORK_LIMITS.reason),
        /** The kinds of data it covers: at least one, each once. */
        dataKinds: z.array(z.enum(RELEASE_DATA_KINDS)).min(1).max(RELEASE_DATA_KINDS.length).refine(noDuplicates),
        form: z.enum(RELEASE_FORMS),
        /** The printed form signed (its code is in the footer): only for a written release; required when the app printed one for this person and partner. */
        printoutId: recordId.optional(),
      })
      .strict(),
    [
      'LOCKED',
      'PERSON_NOT_FOUND',
      'PERSON_RESTRICTED',
      'PERSON_HANDED_OVER',
      'PARTNER_NOT_FOUND',
      'DATE_IN_FUTURE',
      'RELEASE_VALID_UNTIL_BEFORE_GIVEN',
      'PRINTOUT_NOT_FOUND',
      'PRINTOUT_NOT_FOR_THIS_PAPER',
      'PRINTOUT_NOT_FOR_FORM',
      'PRINTOUT_REQUIRED',
      'PRINTOUT_ALREADY_USED',
      'SIGNED_BEFORE_PRINTED',
    ],
  ),
  'releases.revoke': method<ReleaseView>()(z.object({ id: recordId, revokedAt: isoDate }).strict(), [
    'LOCKED',
    'RELEASE_NOT_FOUND',
    'RELEASE_ALREADY_REVOKED',
    'RELEASE_REVOKED_BEFORE_GIVEN',
    'DATE_IN_FUTURE',
  ]),
  'releases.listForPerson': method<ReleaseView[]>()(byPerson, ['LOCKED', 'PERSON_NOT_FOUND']),

  'referrals.create': method<ReferralView>()(
    z
      .object({
        caseId: recordId,
        partnerId: recordId,
        lifeAreaId: recordId,
        reason: requiredText(NETWORK_LIMITS.reason),
        date: isoDate,
        /** true: personal data goes to the partner (needs a valid release); false: the client is only informed. */
        dataTransfer: z.boolean(),
        /** Where the referral starts; 'vorgeschlagen' unless given. */
        status: z.enum(['vorgeschlagen', 'vermittelt']).optional(),
        note: optionalText(NETWORK_LIMITS.reason),
      })
      .strict(),
    ['LOCKED', 'CASE_NOT_FOUND', ...CASE_READ_ONLY, 'PARTNER_NOT_FOUND', 'PARTNER_INACTIVE', 'LIFE_AREA_NOT_FOUND', 'DATE_IN_FUTURE', 'RELEASE_REQUIRED'],
  ),
  'referrals.setStatus': method<ReferralView>()(
    z
      .object({
        id: recordId,
        status: z.enum(REFERRAL_STATUSES),
        note: optionalText(NETWORK_LIMITS.reason),
        /** Only when moving to abgelehnt or abgebrochen: the gap in the system that made it fail. */
        structuralGap: z.enum(STRUCTURAL_GAPS).nullable().optional(),
        outcome: optionalText(NETWORK_LIMITS.note),
      })
      .strict(),
    ['LOCKED', 'REFERRAL_NOT_FOUND', ...CASE_READ_ONLY, 'REFERRAL_STATUS_NOT_ALLOWED', 'STRUCTURAL_GAP_NOT_ALLOWED'],
  ),
  'referrals.setOutcome': method<ReferralView>()(z.object({ id: recordId, outcome: optionalText(NETWORK_LIMITS.note) }).strict(), [
    'LOCKED',
    'REFERRAL_NOT_FOUND',
    ...CASE_READ_ONLY,
  ]),
  'referrals.listForCase': method<ReferralView[]>()(byCase, ['LOCKED', 'CASE_NOT_FOUND']),

  'contacts.create': method<ContactView>()(
    z
      .object({
        personId: recordId,
        caseId: recordId.nullable().optional(),
        ...contactFields,
        followUps: z.array(followUpInput).max(NETWORK_LIMITS.listItems).optional(),
      })
      .strict(),
    [
      'LOCKED',
      'PERSON_NOT_FOUND',
      'CASE_NOT_FOUND',
      ...CASE_READ_ONLY,
      'CASE_PERSON_MISMATCH',
      'DATE_IN_FUTURE',
      'LOCATION_REQUIRED',
      'LOCATION_NOT_FOUND',
      'LIFE_AREA_NOT_FOUND',
      'FOLLOW_UP_NEEDS_CASE',
      'PERSON_RESTRICTED',
      'PERSON_HANDED_OVER',
    ],
  ),
  'contacts.listForCase': method<ContactView[]>()(byCase, ['LOCKED', 'CASE_NOT_FOUND']),
  'contacts.listForPerson': method<ContactView[]>()(byPerson, ['LOCKED', 'PERSON_NOT_FOUND']),

  'followUps.create': method<FollowUpView>()(z.object({ caseId: recordId, dueDate: isoDate, title: requiredText(NETWORK_LIMITS.title) }).strict(), [
    'LOCKED',
    'CASE_NOT_FOUND',
    ...CASE_READ_ONLY,
  ]),
  'followUps.markDone': method<FollowUpView>()(byId, ['LOCKED', 'FOLLOW_UP_NOT_FOUND', 'FOLLOW_UP_ALREADY_DONE', ...CASE_READ_ONLY]),
  'followUps.listOpenForCase': method<FollowUpView[]>()(byCase, ['LOCKED', 'CASE_NOT_FOUND']),
  /** Open follow-ups of open cases due on or before `until` (today's list with the overdue ones). */
  'followUps.listDue': method<DueFollowUp[]>()(z.object({ until: isoDate }).strict(), ['LOCKED']),

  'caseConferences.checkReleases': method<ConferenceReleaseCheck>()(z.object({ caseId: recordId, date: isoDate, partnerIds: participantIds }).strict(), [
    'LOCKED',
    'CASE_NOT_FOUND',
    'PARTNER_NOT_FOUND',
  ]),
  'caseConferences.create': method<CaseConferenceView>()(
    z
      .object({
        caseId: recordId,
        date: isoDate,
        clientPresent: z.boolean(),
        participants: z
          .array(z.object({ partnerId: recordId, contactPerson: optionalText(NETWORK_LIMITS.name) }).strict())
          .min(1)
          .max(NETWORK_LIMITS.listItems)
          .refine((list) => noDuplicates(list.map((p) => p.partnerId))),
        agenda: optionalText(NETWORK_LIMITS.note),
        results: optionalText(NETWORK_LIMITS.note),
        actions: z.array(followUpInput).max(NETWORK_LIMITS.listItems),
      })
      .strict(),
    ['LOCKED', 'CASE_NOT_FOUND', ...CASE_READ_ONLY, 'PARTNER_NOT_FOUND', 'PARTNER_INACTIVE', 'DATE_IN_FUTURE', 'CONFERENCE_RELEASE_MISSING'],
  ),
  'caseConferences.listForCase': method<CaseConferenceView[]>()(byCase, ['LOCKED', 'CASE_NOT_FOUND']),
} as const;
