/**
 * Corrections in the Begleitendes Monitoring (issue 12): a contact is edited after it was
 * recorded, a Wiedervorlage is postponed instead of only marked done. Each keeps the earlier
 * version (versions.list, kinds 'contact' and 'follow_up') and is audited.
 */
import { z } from 'zod';
import { method } from '../define';
import { isoDate, recordId } from '../fields';
import { contactFields, type ContactView, type FollowUpView } from './network';
import { CASE_READ_ONLY } from './casesErrors';

/** The earlier version of a contact kept by a correction (versions.list, kind 'contact'). */
export const CONTACT_BEFORE_KEYS = [
  'at',
  'durationMinutes',
  'place',
  'placeLabel',
  'locationId',
  'locationName',
  'type',
  'typeLabel',
  'topics',
  'interpreterUsed',
  'interpreterLanguage',
  'note',
] as const satisfies readonly (keyof ContactView)[];
export type ContactBefore = Pick<ContactView, (typeof CONTACT_BEFORE_KEYS)[number]>;

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
  'contacts.update': method<ContactView>()(z.object({ id: recordId, ...contactFields }).strict(), [
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
  ]),
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
