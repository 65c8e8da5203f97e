import type { consultationMethods } from '../../contract/areas/consultation';
import type { Services } from '../../services';
import type { HandlersFor } from './handlerTypes';

export function consultationHandlers({ matching, consultation }: Services): HandlersFor<typeof consultationMethods> {
  const { sessions, shortAdvice, queue } = consultation;
  return {
    'sessions.start': (input) => sessions.start(input),
    'sessions.current': () => sessions.current(),
    'sessions.end': (input) => sessions.end(input),
    'sessions.summary': (input) => sessions.summary(input),
    'sessions.logContact': (input) => sessions.logContact(input),
    'sessions.registerPerson': (input) => sessions.registerPerson(input),
    'shortAdvice.record': (input) => shortAdvice.record(input),
    'shortAdvice.listForSession': (input) => shortAdvice.listForSession(input),
    'queue.list': (input) => queue.list(input),
    'queue.add': (input) => queue.add(input),
    'queue.remove': (input) => queue.remove(input),
    'persons.find': (input) => matching.find(input),
    'persons.likelyDuplicates': (input) => matching.likelyDuplicates(input),
  };
}
