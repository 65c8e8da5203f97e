/**
 * The consultation hour itself: start it at a location, log contacts and register people in it
 * (through the contact and person services, with their rules), end it with a summary.
 */
import { KimError } from '../../contract/errors';
import type { SessionSummary, SessionView } from '../../contract/areas/consultation';
import type { ContactView } from '../../contract/areas/network';
import type { PersonDetail } from '../../contract/areas/cases';
import {
  clearQueue,
  endSession,
  insertSession,
  linkSessionContact,
  linkSessionPerson,
  locationForSession,
  openCaseOfPerson,
  queueLength,
  runningSession,
  setQueueEntryPerson,
} from '../../../db/queries/consultation';
import { actor, db, newId, transaction, type ServiceContext } from '../context';
import { contactService } from '../network/contacts';
import { personService } from '../cases/persons';
import { leaveQueue } from './queue';
import { requireQueueEntry, requireRunningSession, requireSession, sessionView, type In } from './shared';
import { sessionSummary } from './summary';

export function sessionService(ctx: ServiceContext) {
  const contacts = contactService(ctx);
  const persons = personService(ctx);

  return {
    /** At most one consultation hour runs at a time; it starts now. */
    start(input: In<'sessions.start'>): SessionView {
      const location = locationForSession(db(ctx), input.locationId);
      if (!location) throw new KimError('LOCATION_NOT_FOUND');
      if (!location.active) throw new KimError('LOCATION_INACTIVE');
      const id = newId();
      const now = ctx.now().toISOString();
      transaction(ctx, () => {
        if (runningSession(db(ctx))) throw new KimError('SESSION_ALREADY_RUNNING');
        insertSession(db(ctx), { id, locationId: input.locationId, startedAt: now, endedAt: null, recordedBy: actor(ctx), createdAt: now });
        ctx.store.audit('consultation_session.started', 'consultation_session', id);
      });
      return sessionView(requireSession(ctx, id));
    },

    current(): SessionView | null {
      const running = runningSession(db(ctx));
      return running ? sessionView(running) : null;
    },

    /** Ends the hour now; how many were still waiting is kept, the queue itself is emptied. */
    end(input: In<'sessions.end'>): SessionSummary {
      requireRunningSession(ctx, input.sessionId);
      return transaction(ctx, () => {
        endSession(db(ctx), input.sessionId, ctx.now().toISOString(), queueLength(db(ctx), input.sessionId));
        const summary = sessionSummary(ctx, requireSession(ctx, input.sessionId));
        clearQueue(db(ctx), input.sessionId);
        ctx.store.audit('consultation_session.ended', 'consultation_session', input.sessionId);
        return summary;
      });
    },

    summary(input: In<'sessions.summary'>): SessionSummary {
      return sessionSummary(ctx, requireSession(ctx, input.sessionId));
    },

    /**
     * A contact now, at the session's location, place "Sprechstunde". Without a caseId it goes to
     * the person's open case if there is one; null means no case.
     */
    logContact(input: In<'sessions.logContact'>): ContactView {
      const session = requireRunningSession(ctx, input.sessionId);
      const entry = input.queueEntryId === undefined ? null : requireQueueEntry(ctx, input.queueEntryId, session.id);
      const caseId = input.caseId === undefined ? (openCaseOfPerson(db(ctx), input.personId)?.id ?? null) : input.caseId;
      return transaction(ctx, () => {
        const contact = contacts.create({
          personId: input.personId,
          caseId,
          at: ctx.now().toISOString(),
          durationMinutes: input.durationMinutes,
          place: 'sprechstunde',
          locationId: session.locationId,
          type: input.type ?? 'beratung',
          topics: [...new Set(input.topics)],
          interpreterUsed: input.interpreterUsed,
          interpreterLanguage: input.interpreterLanguage,
          note: input.note,
          followUps: input.followUp ? [input.followUp] : [],
        });
        linkSessionContact(db(ctx), session.id, contact.id);
        ctx.store.audit('consultation_session.contact_logged', 'contact', contact.id);
        if (entry) leaveQueue(ctx, entry.id);
        return contact;
      });
    },

    /** A minimal record, marked incomplete; a queue entry gets the person (they are still being seen). */
    registerPerson(input: In<'sessions.registerPerson'>): PersonDetail {
      const session = requireRunningSession(ctx, input.sessionId);
      const entry = input.queueEntryId === undefined ? null : requireQueueEntry(ctx, input.queueEntryId, session.id);
      return transaction(ctx, () => {
        const person = persons.create({
          names: [{ familyName: input.familyName, givenNames: input.givenNames, primary: true }],
          ...(input.birthDate !== undefined ? { birthDate: input.birthDate } : {}),
          ...(input.gender !== undefined ? { gender: input.gender } : {}),
          ...(input.languages !== undefined ? { languages: input.languages } : {}),
          ...(input.interpreterNeeded !== undefined ? { interpreterNeeded: input.interpreterNeeded } : {}),
          incomplete: true,
        });
        linkSessionPerson(db(ctx), session.id, person.id);
        ctx.store.audit('consultation_session.person_registered', 'person', person.id);
        if (entry) {
          setQueueEntryPerson(db(ctx), entry.id, person.id);
          ctx.store.audit('queue_entry.person_set', 'queue_entry', entry.id);
        }
        return person;
      });
    },
  };
}
