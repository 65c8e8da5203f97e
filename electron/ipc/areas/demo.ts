import type { demoMethods } from '../../contract/areas/demo';
import type { Services } from '../../services';
import { demoService } from '../../services/seed';
import type { HandlersFor } from './handlerTypes';

/**
 * The demo data takes "today" from the real clock here: the services do not expose theirs.
 * The command line passes its injected clock (tests fix it there).
 */
export function demoHandlers(services: Services, now: () => Date = () => new Date()): HandlersFor<typeof demoMethods> {
  const demo = demoService({ store: services.store, now });
  return {
    'demo.status': () => demo.status(),
    'demo.load': (input) => demo.load(input),
  };
}
