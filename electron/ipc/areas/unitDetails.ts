import type { unitDetailsMethods } from '../../contract/areas/unitDetails';
import type { Services } from '../../services';
import type { HandlersFor } from './handlerTypes';

export function unitDetailsHandlers({ unitDetails }: Services): HandlersFor<typeof unitDetailsMethods> {
  return {
    'unitDetails.get': () => unitDetails.get(),
    'unitDetails.update': (input) => unitDetails.update(input),
  };
}
