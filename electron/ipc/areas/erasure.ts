import type { erasureMethods } from '../../contract/areas/erasure';
import type { Services } from '../../services';
import type { HandlersFor } from './handlerTypes';

export function erasureHandlers({ erasure }: Services): HandlersFor<typeof erasureMethods> {
  return {
    'erasure.erase': (input) => erasure.erase(input),
    'erasure.erasePersonWithoutCase': (input) => erasure.erasePersonWithoutCase(input),
    'erasure.due': (input) => erasure.due(input),
    'erasure.hold': (input) => erasure.hold(input),
    'erasure.settings': () => erasure.settings(),
    'erasure.updateSettings': (input) => erasure.updateSettings(input),
  };
}
