/** What the consultation hour's services share: finding the session and queue entry, names, views. */
import { KimError } from '../../contract/errors';
import type { ParsedInputOf } from '../../contract/define';
import type { consultationMethods, SessionView } from '../../contract/areas/consultation';
import { queueEntryById, sessionById, type QueueRow, type SessionWithLocation } from '../../../db/queries/consultation';
import { namesOf } from '../../../db/queries/persons';
import { db, type ServiceContext } from '../context';
import { displayName } from '../cases/labels';
import { primaryName } from '../cases/persons';

/** The parsed input of one of this area's methods. */
export type In<K extends keyof typeof consultationMethods> = ParsedInputOf<(typeof consultationMethods)[K]>;

export function requireSession(ctx: ServiceContext, sessionId: string): SessionWithLocation {
  const session = sessionById(db(ctx), sessionId);
  if (!session) throw new KimError('SESSION_NOT_FOUND');
  return session;
}

/** Nothing more is recorded into a consultation hour that has ended. */
export function requireRunningSession(ctx: ServiceContext, sessionId: string): SessionWithLocation {
  const session = requireSession(ctx, sessionId);
  if (session.endedAt !== null) throw new KimError('SESSION_ENDED');
  return session;
}

/** A queue entry of this session (an entry of another session counts as not found). */
export function requireQueueEntry(ctx: ServiceContext, entryId: string, sessionId?: string): QueueRow {
  const entry = queueEntryById(db(ctx), entryId);
  if (!entry || (sessionId !== undefined && entry.sessionId !== sessionId)) throw new KimError('QUEUE_ENTRY_NOT_FOUND');
  return entry;
}

export function sessionView(row: SessionWithLocation): SessionView {
  return {
    id: row.id,
    locationId: row.locationId,
    locationName: row.locationName,
    locationKind: row.locationKind,
    municipality: row.municipality,
    startedAt: row.startedAt,
    endedAt: row.endedAt,
    // A live hour is stored with its start as the moment it was entered.
    afterwards: row.startedAt !== row.createdAt,
  };
}

/**
 * When something recorded in the hour took place: now, or the given time, which must lie within
 * the hour (not before its start; `at` in the future is refused by the contact's own rule).
 */
export function momentInSession(ctx: ServiceContext, session: SessionWithLocation, at: string | undefined): string {
  if (at === undefined) return ctx.now().toISOString();
  const moment = new Date(at);
  if (moment.getTime() < Date.parse(session.startedAt)) throw new KimError('CONTACT_OUTSIDE_SESSION');
  if (moment.getTime() > ctx.now().getTime()) throw new KimError('DATE_IN_FUTURE');
  return moment.toISOString();
}

/** "Familienname, Vornamen" of the primary spelling for each of these people. */
export function displayNames(ctx: ServiceContext, personIds: readonly string[]): Map<string, string> {
  const unique = [...new Set(personIds)];
  const names = namesOf(db(ctx), unique);
  return new Map(unique.map((id) => [id, displayName(primaryName(names.filter((n) => n.personId === id)))]));
}
