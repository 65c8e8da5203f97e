/**
 * Contract methods that correct what was recorded on a case (a case conference, the case's target
 * groups), reactivate a location, and the unit's case managers with the handover of a case to a
 * colleague (Vertretung). Each correction keeps the earlier version (versions.list) and is audited.
 */
import { z } from 'zod';
import { method } from '../define';
import { isoDate, recordId } from '../fields';
import { NETWORK_LIMITS } from '../limits';
import type { LocationView, CaseView } from './cases';
import type { CaseConferenceView } from './network';
import { CASE_READ_ONLY } from './casesErrors';

const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();
const name = z.string().trim().min(1).max(100);

export interface CaseManagerView {
  id: string;
  name: string;
  /** Still in the unit: offered when a case is handed on. */
  active: boolean;
  /** The user of this store (new cases are theirs). */
  own: boolean;
  /** Open cases with this name. */
  openCases: number;
}

/** The earlier version of a conference kept by a correction (versions.list, kind 'case_conference'). */
export interface ConferenceBefore {
  date: string;
  clientPresent: boolean;
  agenda: string | null;
  results: string | null;
  participants: { partnerId: string; organisation: string; contactPerson: string | null }[];
}

/** The earlier list kept by a correction of the case's target groups (kind 'case_target_groups'). */
export interface TargetGroupsBefore {
  targetGroups: { id: string; name: string }[];
}

/** The earlier case manager kept when a case is handed on (kind 'case_manager'). */
export interface CaseManagerBefore {
  caseManager: string;
}

export const conferenceUpdateInput = z
  .object({
    id: recordId,
    date: isoDate,
    clientPresent: z.boolean(),
    participants: z
      .array(z.object({ partnerId: recordId, contactPerson: optionalText(NETWORK_LIMITS.name) }).strict())
      .min(1)
      .max(NETWORK_LIMITS.listItems)
      .refine((list) => new Set(list.map((p) => p.partnerId)).size === list.length),
    agenda: optionalText(NETWORK_LIMITS.note),
    results: optionalText(NETWORK_LIMITS.note),
  })
  .strict();
export type ConferenceUpdateInput = z.output<typeof conferenceUpdateInput>;

export const caseCorrectionMethods = {
  /** The same checks as create (open case, not in the future, a valid release of every participant on the date); the actions stay Wiedervorlagen of their own. */
  'caseConferences.update': method<CaseConferenceView>()(conferenceUpdateInput, [
    'LOCKED',
    'CONFERENCE_NOT_FOUND',
    'CASE_NOT_FOUND',
    ...CASE_READ_ONLY,
    'PARTNER_NOT_FOUND',
    'PARTNER_INACTIVE',
    'DATE_IN_FUTURE',
    'CONFERENCE_RELEASE_MISSING',
  ]),
  /** A target group added must apply at some day between the opening and today; those the case had may stay. */
  'cases.setTargetGroups': method<CaseView>()(
    z
      .object({
        caseId: recordId,
        targetGroupIds: z
          .array(recordId)
          .max(20)
          .refine((ids) => new Set(ids).size === ids.length),
      })
      .strict(),
    ['LOCKED', 'CASE_NOT_FOUND', ...CASE_READ_ONLY, 'TARGET_GROUP_NOT_FOUND', 'TARGET_GROUP_NOT_VALID'],
  ),
  /** Hands the case to another case manager of the unit (Vertretung, leaving staff). */
  'cases.assignCaseManager': method<CaseView>()(z.object({ caseId: recordId, caseManagerId: recordId }).strict(), [
    'LOCKED',
    'CASE_NOT_FOUND',
    ...CASE_READ_ONLY,
    'CASE_MANAGER_NOT_FOUND',
    'CASE_MANAGER_INACTIVE',
  ]),
  'locations.reactivate': method<LocationView>()(z.object({ locationId: recordId }).strict(), ['LOCKED', 'LOCATION_NOT_FOUND']),

  /** The unit's case managers, the user of this store among them. */
  'caseManagers.list': method<CaseManagerView[]>()(z.object({}).strict(), ['LOCKED']),
  'caseManagers.add': method<CaseManagerView>()(z.object({ name }).strict(), ['LOCKED', 'CASE_MANAGER_EXISTS']),
  /** Left the unit: no longer offered for a case; their cases keep the name until handed on. */
  'caseManagers.deactivate': method<CaseManagerView>()(z.object({ id: recordId }).strict(), ['LOCKED', 'CASE_MANAGER_NOT_FOUND']),
  'caseManagers.reactivate': method<CaseManagerView>()(z.object({ id: recordId }).strict(), ['LOCKED', 'CASE_MANAGER_NOT_FOUND']),
} as const;
