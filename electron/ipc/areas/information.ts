import type { informationMethods } from '../../contract/areas/information';
import type { Services } from '../../services';
import type { HandlersFor } from './handlerTypes';

export function informationHandlers({ information }: Services): HandlersFor<typeof informationMethods> {
  return {
    'information.pdf': (input) => information.pdf(input),
    'information.json': (input) => information.json(input),
  };
}
