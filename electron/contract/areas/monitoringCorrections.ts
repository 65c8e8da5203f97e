/**
 * Corrections in the Begleitendes Monitoring (issue 12): a contact is edited after it was
 * recorded, a Wiedervorlage is postponed instead of only marked done. Each keeps the earlier
 * version (versions.list, kinds 'contact' and 'follow_up') and is audited.
 */
import { z } from 'zod';
import { method } from '../define';
import { NETWORK_LIMITS } from '../limits';
import { isoDate, isoDateTime, recordId } from '../fields';
import { CONTACT_PLACES, CONTACT_TYPES } from '../vocabulary';
import type { ContactPlace, ContactType, ContactView, FollowUpView } from './network';
import { CASE_READ_ONLY } from './casesErrors';

const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();
const noDuplicates = <T>(items: T[]) => new Set(items).size === items.length;

/** The earlier version of a contact kept by a correction (versions.list, kind 'contact'). */
export interface ContactBefore {
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
}

/** The earlier due date kept when a Wiedervorlage is postponed (kind 'follow_up'). */
export interface FollowUpBefore {
  dueDate: string;
  title: string;
}

export const monitoringCorrectionMethods = {
  /**
   * Everything the contact form records, with the same checks as contacts.create; the person and
   * the case stay, and the Wiedervorlagen set with the contact are records of their own.
   */
  'contacts.update': method<ContactView>()(
    z
      .object({
        id: recordId,
        at: isoDateTime,
        durationMinutes: z.number().int().min(NETWORK_LIMITS.contactMinutes.min).max(NETWORK_LIMITS.contactMinutes.max),
        place: z.enum(CONTACT_PLACES),
        locationId: recordId.nullable().optional(),
        type: z.enum(CONTACT_TYPES),
        topics: z.array(recordId).max(NETWORK_LIMITS.listItems).refine(noDuplicates),
        interpreterUsed: z.boolean(),
        interpreterLanguage: optionalText(100),
        note: optionalText(NETWORK_LIMITS.note),
      })
      .strict(),
    [
      'LOCKED',
      'CONTACT_NOT_FOUND',
      'CASE_NOT_FOUND',
      ...CASE_READ_ONLY,
      'DATE_IN_FUTURE',
      'LOCATION_REQUIRED',
      'LOCATION_NOT_FOUND',
      'LIFE_AREA_NOT_FOUND',
      'PERSON_RESTRICTED',
      'PERSON_HANDED_OVER',
    ],
  ),
  /** A new due date, today or later (an overdue one may move to today); the earlier date is kept. */
  'followUps.postpone': method<FollowUpView>()(z.object({ followUpId: recordId, dueDate: isoDate }).strict(), [
    'LOCKED',
    'FOLLOW_UP_NOT_FOUND',
    'FOLLOW_UP_ALREADY_DONE',
    'FOLLOW_UP_DATE_IN_PAST',
    'FOLLOW_UP_SAME_DATE',
    ...CASE_READ_ONLY,
  ]),
} as const;
