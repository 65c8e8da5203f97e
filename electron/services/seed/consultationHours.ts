/**
 * Consultation hours in the shared accommodations with Kurzberatungen: advice without a case,
 * counted with topic, language and interpreter only — as a case manager records them, through
 * the same services. The people seen with a case are logged by the case walks.
 */
import type { SeedBase } from './caseRun';
import { valid } from './demoServices';
import { openShelters } from './configuration';
import type { SeededRandom } from './random';

/** The languages short advice is given in; null is German. Weighted towards the larger groups. */
const LANGUAGES: readonly (readonly [string | null, number])[] = [
  [null, 4],
  ['ar', 4],
  ['fa', 3],
  ['uk', 3],
  ['ru', 1],
  ['tr', 2],
  ['ti', 1],
  ['so', 1],
  ['ro', 1],
  ['bg', 1],
];

export function walkConsultationHour(base: SeedBase, rng: SeededRandom, date: string): void {
  const shelters = openShelters(base.setup, date);
  if (shelters.length === 0) return;
  const { sessions, shortAdvice } = base.svc.consultation;
  base.clock.enter(date);
  const session = sessions.start(valid('sessions.start', { locationId: rng.pick(shelters).id }));
  for (let i = rng.int(2, 7); i > 0; i--) {
    base.clock.enter(date);
    const language = rng.weighted(LANGUAGES);
    shortAdvice.record(
      valid('shortAdvice.record', {
        sessionId: session.id,
        lifeAreaId: rng.pick(base.setup.lifeAreaIds),
        language,
        interpreterUsed: language !== null && rng.chance(0.6),
      }),
    );
  }
  base.clock.enter(date);
  sessions.end(valid('sessions.end', { sessionId: session.id }));
}
