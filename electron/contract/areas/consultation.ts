/**
 * Contract methods of the consultation hour (Sprechstunde): start it at a location, find a person
 * as one types, log a contact prefilled from the session, register a person quickly (with a
 * warning of likely duplicates), count short advice without personal data, keep a queue of who
 * is waiting, and end it with a summary.
 */
import { z } from 'zod';
import { method } from '../define';
import { isoDate, isoDateTime, partialDate, recordId } from '../fields';
import { CONSULTATION_LIMITS, NETWORK_LIMITS } from '../limits';
import { CONTACT_TYPES, GENDERS, type LOCATION_KINDS } from '../vocabulary';
import type { ContactView } from './network';
import type { PersonDetail } from './cases';
import { CASE_READ_ONLY } from './casesErrors';

/** How many hits the search may return. */
export const FIND_LIMIT = { min: 1, max: 50, default: 20 } as const;

/** What the query matched: a spelling of the name, a case number or the date of birth. */
export type MatchedBy = 'name' | 'caseNumber' | 'birthDate';

export interface PersonHit {
  personId: string;
  /** The primary spelling, "Familienname, Vornamen". */
  displayName: string;
  /** The spelling that matched when it is not the primary one (e.g. the passport spelling); else null. */
  matchedSpelling: string | null;
  matchedBy: MatchedBy[];
  birthDate: string | null;
  /** The open case, if any (else null). */
  openCaseId: string | null;
  openCaseNumber: string | null;
  /** Registered quickly and still to be completed. */
  incomplete: boolean;
  /** 0..1, higher is better; hits come sorted by it. */
  score: number;
}

export interface LikelyDuplicate {
  personId: string;
  displayName: string;
  birthDate: string | null;
  openCaseId: string | null;
  openCaseNumber: string | null;
  /** 'hoch': same name (or a spelling variant) and same date of birth; 'mittel': otherwise. */
  likelihood: 'hoch' | 'mittel';
  /** Why this person is shown, in German, e.g. "Schreibvariante des Namens: Muhammad, Ali". */
  reasons: string[];
  /** A restricted person's record (Art. 18 DSGVO): shown without data, so nobody registers them twice, but not to be taken. */
  restricted: boolean;
}

const duplicateName = z.object({ familyName: z.string().trim().min(1).max(100), givenNames: z.string().trim().max(100) }).strict();

export interface SessionView {
  id: string;
  locationId: string;
  locationName: string;
  locationKind: (typeof LOCATION_KINDS)[number];
  municipality: string;
  startedAt: string;
  /** Null while the consultation hour runs. */
  endedAt: string | null;
  /** Recorded afterwards (from paper notes): it began before it was entered; contacts carry their own time. */
  afterwards: boolean;
}

export interface QueueEntry {
  id: string;
  /** What the person is called by: a name as they said it, or a number. */
  label: string;
  /** Set when the person was found or registered. */
  personId: string | null;
  personName: string | null;
  arrivedAt: string;
}

export interface ShortAdviceView {
  id: string;
  at: string;
  lifeAreaId: string;
  lifeAreaName: string;
  /** ISO 639 code; null when the advice was in German. */
  language: string | null;
  interpreterUsed: boolean;
}

export interface SessionContactLine {
  contactId: string;
  at: string;
  personId: string;
  personName: string;
  caseId: string | null;
  caseNumber: string | null;
  topics: string[];
  followUps: number;
}

export interface SessionSummary {
  session: SessionView;
  contacts: SessionContactLine[];
  /** People registered in this consultation hour, to be completed later. */
  newPersons: { personId: string; displayName: string; incomplete: boolean }[];
  shortAdvice: { total: number; byTopic: { lifeAreaName: string; count: number }[] };
  /** Follow-up dates (Wiedervorlagen) set with this hour's contacts. */
  followUpsCreated: number;
  /** In the queue now while the hour runs; once it has ended, how many were still waiting then. */
  stillWaiting: number;
  totalMinutes: number;
}

const session = z.object({ sessionId: recordId }).strict();
const languageCode = z.string().regex(/^[a-z]{2,3}$/);

export const consultationMethods = {
  /** Starts now; with `startedAt` an hour held earlier is recorded afterwards (from paper notes). */
  'sessions.start': method<SessionView>()(z.object({ locationId: recordId, startedAt: isoDateTime.optional() }).strict(), [
    'LOCKED',
    'LOCATION_NOT_FOUND',
    'LOCATION_INACTIVE',
    'SESSION_ALREADY_RUNNING',
    'SESSION_START_NOT_PAST',
  ]),
  /** The consultation hour that is running, if any (e.g. after the app was locked or restarted). */
  'sessions.current': method<SessionView | null>()(z.object({}).strict(), ['LOCKED']),
  /** Ends now, or at `endedAt` (after the start and the hour's last contact, not in the future). */
  'sessions.end': method<SessionSummary>()(z.object({ sessionId: recordId, endedAt: isoDateTime.optional() }).strict(), [
    'LOCKED',
    'SESSION_NOT_FOUND',
    'SESSION_ENDED',
    'DATE_IN_FUTURE',
    'SESSION_END_BEFORE_START',
    'SESSION_END_BEFORE_CONTACT',
  ]),
  'sessions.summary': method<SessionSummary>()(session, ['LOCKED', 'SESSION_NOT_FOUND']),
  /** A contact in the running hour: now (or at `at`, within the hour), at the session's location, place "Sprechstunde". */
  'sessions.logContact': method<ContactView>()(
    z
      .object({
        sessionId: recordId,
        personId: recordId,
        /** When it took place, for an hour recorded afterwards: not before the start, not in the future. */
        at: isoDateTime.optional(),
        /** The person's open case, if the contact belongs to it. */
        caseId: recordId.nullable().optional(),
        durationMinutes: z.number().int().min(NETWORK_LIMITS.contactMinutes.min).max(NETWORK_LIMITS.contactMinutes.max),
        type: z.enum(CONTACT_TYPES).optional(),
        topics: z.array(recordId).max(NETWORK_LIMITS.listItems),
        interpreterUsed: z.boolean(),
        interpreterLanguage: z.string().trim().max(100).nullable().optional(),
        note: z.string().trim().max(NETWORK_LIMITS.note).nullable().optional(),
        followUp: z
          .object({ dueDate: isoDate, title: z.string().trim().min(1).max(NETWORK_LIMITS.title) })
          .strict()
          .nullable()
          .optional(),
        /** The queue entry this person came from; it leaves the queue. */
        queueEntryId: recordId.optional(),
      })
      .strict(),
    [
      'LOCKED',
      'SESSION_NOT_FOUND',
      'SESSION_ENDED',
      'PERSON_NOT_FOUND',
      'CASE_NOT_FOUND',
      ...CASE_READ_ONLY,
      'CASE_PERSON_MISMATCH',
      'LIFE_AREA_NOT_FOUND',
      'FOLLOW_UP_NEEDS_CASE',
      'QUEUE_ENTRY_NOT_FOUND',
      'PERSON_RESTRICTED',
      'PERSON_HANDED_OVER',
      'CONTACT_OUTSIDE_SESSION',
      'DATE_IN_FUTURE',
    ],
  ),
  /** A minimal record (marked incomplete, to be completed later); check persons.likelyDuplicates first. */
  'sessions.registerPerson': method<PersonDetail>()(
    z
      .object({
        sessionId: recordId,
        familyName: z.string().trim().min(1).max(100),
        givenNames: z.string().trim().max(100),
        birthDate: partialDate.nullable().optional(),
        gender: z.enum(GENDERS).optional(),
        languages: z.array(languageCode).max(10).optional(),
        interpreterNeeded: z.boolean().optional(),
        /** The interpreter's language (ISO 639), only with interpreterNeeded. */
        interpreterLanguage: languageCode.nullable().optional(),
        queueEntryId: recordId.optional(),
      })
      .strict(),
    ['LOCKED', 'SESSION_NOT_FOUND', 'SESSION_ENDED', 'DATE_IN_FUTURE', 'QUEUE_ENTRY_NOT_FOUND'],
  ),
  /** Kurzberatung: topic, language and interpreter only — no person, no text. */
  'shortAdvice.record': method<ShortAdviceView>()(
    z
      .object({
        sessionId: recordId,
        lifeAreaId: recordId,
        language: languageCode.nullable(),
        interpreterUsed: z.boolean(),
        queueEntryId: recordId.optional(),
        /** As for a contact: in an hour recorded afterwards, when it took place. */
        at: isoDateTime.optional(),
      })
      .strict(),
    ['LOCKED', 'SESSION_NOT_FOUND', 'SESSION_ENDED', 'LIFE_AREA_NOT_FOUND', 'QUEUE_ENTRY_NOT_FOUND', 'CONTACT_OUTSIDE_SESSION', 'DATE_IN_FUTURE'],
  ),
  'shortAdvice.listForSession': method<ShortAdviceView[]>()(session, ['LOCKED', 'SESSION_NOT_FOUND']),
  'queue.list': method<QueueEntry[]>()(session, ['LOCKED', 'SESSION_NOT_FOUND']),
  'queue.add': method<QueueEntry[]>()(
    z.object({ sessionId: recordId, label: z.string().trim().min(1).max(CONSULTATION_LIMITS.queueLabel), personId: recordId.nullable().optional() }).strict(),
    ['LOCKED', 'SESSION_NOT_FOUND', 'SESSION_ENDED', 'PERSON_NOT_FOUND', 'QUEUE_FULL'],
  ),
  /** The person was seen or has left: the entry leaves the queue. */
  'queue.remove': method<QueueEntry[]>()(z.object({ entryId: recordId }).strict(), ['LOCKED', 'QUEUE_ENTRY_NOT_FOUND', 'SESSION_ENDED']),

  'persons.find': method<PersonHit[]>()(
    z
      .object({
        query: z.string().max(100),
        limit: z.number().int().min(FIND_LIMIT.min).max(FIND_LIMIT.max).optional(),
      })
      .strict(),
    ['LOCKED'],
  ),
  'persons.likelyDuplicates': method<LikelyDuplicate[]>()(
    z
      .object({
        names: z.array(duplicateName).min(1).max(10),
        birthDate: partialDate.nullable().optional(),
        /** When checking an existing person's changed names: leave this person out. */
        excludePersonId: recordId.optional(),
      })
      .strict(),
    ['LOCKED'],
  ),
} as const;

export type SessionInput<M extends keyof typeof consultationMethods> = z.output<(typeof consultationMethods)[M]['input']>;
export type FindInput = z.output<(typeof consultationMethods)['persons.find']['input']>;
export type LikelyDuplicatesInput = z.output<(typeof consultationMethods)['persons.likelyDuplicates']['input']>;
