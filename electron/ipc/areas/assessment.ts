import type { assessmentMethods } from '../../contract/areas/assessment';
import type { Services } from '../../services';
import type { HandlersFor } from './handlerTypes';

export function assessmentHandlers(_services: Services): HandlersFor<typeof assessmentMethods> {
  return {};
}
