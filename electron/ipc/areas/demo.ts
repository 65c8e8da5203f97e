import type { demoMethods } from '../../contract/areas/demo';
import type { Services } from '../../services';
import type { HandlersFor } from './handlerTypes';

export function demoHandlers({ demo }: Services): HandlersFor<typeof demoMethods> {
  return {
    'demo.status': () => demo.status(),
    'demo.load': (input) => demo.load(input),
    'demo.remove': () => demo.remove(),
    'demo.emptyStore': (input) => demo.emptyStore(input),
  };
}
