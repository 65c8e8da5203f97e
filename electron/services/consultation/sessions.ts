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
  lastRecordedInSession,
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
import { momentInSession, requireQueueEntry, requireRunningSession, requireSession, sessionView, type In } from './shared';
import { sessionSummary } from './summary';

export function sessionService(ctx: ServiceContext) {
  const contacts = contactService(ctx);
  const persons = personService(ctx);

  return {
    /**
     * At most one consultation hour runs at a time; it starts now, or, recorded afterwards from
     * paper notes, at `startedAt` in the past. It then runs until it is ended with its end time.
     */
    start(input: In<'sessions.start'>): SessionView {
      const location = locationForSession(db(ctx), input.locationId);
      if (!location) throw new KimError('LOCATION_NOT_FOUND');
      if (!location.active) throw new KimError('LOCATION_INACTIVE');
      const id = newId();
      const now = ctx.now().toISOString();
      const startedAt = input.startedAt === undefined ? now : new Date(input.startedAt).toISOString();
      if (input.startedAt !== undefined && Date.parse(startedAt) >= Date.parse(now)) throw new KimError('SESSION_START_NOT_PAST');
      transaction(ctx, () => {
        if (runningSession(db(ctx))) throw new KimError('SESSION_ALREADY_RUNNING');
        insertSession(db(ctx), { id, locationId: input.locationId, startedAt, endedAt: null, recordedBy: actor(ctx), createdAt: now });
        ctx.store.audit(
          input.startedAt === undefined ? 'consultation_session.started' : 'consultation_session.recorded_afterwards',
          'consultation_session',
          id,
        );
      });
      return sessionView(requireSession(ctx, id));
    },

    current(): SessionView | null {
      const running = runningSession(db(ctx));
      return running ? sessionView(running) : null;
    },

    /**
     * Ends the hour now or at `endedAt` (an hour recorded afterwards, or one left running): after
     * its start and its last contact, not in the future. How many were still waiting is kept, the
     * queue itself is emptied.
     */
    end(input: In<'sessions.end'>): SessionSummary {
      const session = requireRunningSession(ctx, input.sessionId);
      const endedAt = input.endedAt === undefined ? ctx.now().toISOString() : new Date(input.endedAt).toISOString();
      if (input.endedAt !== undefined) {
        if (Date.parse(endedAt) > ctx.now().getTime()) throw new KimError('DATE_IN_FUTURE');
        if (Date.parse(endedAt) <= Date.parse(session.startedAt)) throw new KimError('SESSION_END_BEFORE_START');
      }
      return transaction(ctx, () => {
        const last = lastRecordedInSession(db(ctx), input.sessionId);
        if (last !== null && Date.parse(last) > Date.parse(endedAt)) throw new KimError('SESSION_END_BEFORE_CONTACT');
        endSession(db(ctx), input.sessionId, endedAt, queueLength(db(ctx), input.sessionId));
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
     * A contact now (or at `at`, within the hour: an hour recorded afterwards), at the session's
     * location, place "Sprechstunde". Without a caseId it goes to the person's open case if there
     * is one; null means no case.
     */
    logContact(input: In<'sessions.logContact'>): ContactView {
      const session = requireRunningSession(ctx, input.sessionId);
      const at = momentInSession(ctx, session, input.at);
      const entry = input.queueEntryId === undefined ? null : requireQueueEntry(ctx, input.queueEntryId, session.id);
      const caseId = input.caseId === undefined ? (openCaseOfPerson(db(ctx), input.personId)?.id ?? null) : input.caseId;
      return transaction(ctx, () => {
        const contact = contacts.create({
          personId: input.personId,
          caseId,
          at,
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
          ...(input.interpreterNeeded && input.interpreterLanguage ? { interpreterLanguage: input.interpreterLanguage } : {}),
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
