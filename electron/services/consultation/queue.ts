/** Who is waiting in a consultation hour, in order of arrival; the list ends with the hour. */
import { KimError } from '../../contract/errors';
import type { QueueEntry } from '../../contract/areas/consultation';
import { CONSULTATION_LIMITS } from '../../contract/limits';
import { deleteQueueEntry, insertQueueEntry, personExists, queueLength, queueOfSession } from '../../../db/queries/consultation';
import { db, newId, transaction, type ServiceContext } from '../context';
import { displayNames, requireQueueEntry, requireRunningSession, requireSession, type In } from './shared';

/** The queue entry leaves the list (seen or gone); audited. Call inside the caller's transaction. */
export function leaveQueue(ctx: ServiceContext, entryId: string): void {
  deleteQueueEntry(db(ctx), entryId);
  ctx.store.audit('queue_entry.removed', 'queue_entry', entryId);
}

export function queueService(ctx: ServiceContext) {
  function entries(sessionId: string): QueueEntry[] {
    const rows = queueOfSession(db(ctx), sessionId);
    const names = displayNames(
      ctx,
      rows.flatMap((r) => (r.personId ? [r.personId] : [])),
    );
    return rows.map((r) => ({
      id: r.id,
      label: r.label,
      personId: r.personId,
      personName: r.personId ? (names.get(r.personId) ?? null) : null,
      arrivedAt: r.arrivedAt,
    }));
  }

  return {
    list(input: In<'queue.list'>): QueueEntry[] {
      requireSession(ctx, input.sessionId);
      return entries(input.sessionId);
    },

    /** Someone arrives: they go to the end of the list. */
    add(input: In<'queue.add'>): QueueEntry[] {
      requireRunningSession(ctx, input.sessionId);
      const personId = input.personId ?? null;
      if (personId !== null && !personExists(db(ctx), personId)) throw new KimError('PERSON_NOT_FOUND');
      if (queueLength(db(ctx), input.sessionId) >= CONSULTATION_LIMITS.queueSize) throw new KimError('QUEUE_FULL');
      const id = newId();
      transaction(ctx, () => {
        insertQueueEntry(db(ctx), { id, sessionId: input.sessionId, label: input.label, personId, arrivedAt: ctx.now().toISOString() });
        ctx.store.audit('queue_entry.added', 'queue_entry', id);
      });
      return entries(input.sessionId);
    },

    /** The person was seen or has left. */
    remove(input: In<'queue.remove'>): QueueEntry[] {
      const entry = requireQueueEntry(ctx, input.entryId);
      requireRunningSession(ctx, entry.sessionId);
      transaction(ctx, () => leaveQueue(ctx, entry.id));
      return entries(entry.sessionId);
    },
  };
}
