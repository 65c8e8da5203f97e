import type { networkMethods } from '../../contract/areas/network';
import type { Services } from '../../services';
import type { HandlersFor } from './handlerTypes';

export function networkHandlers(_services: Services): HandlersFor<typeof networkMethods> {
  return {};
}
