import type { caseMethods } from '../../contract/areas/cases';
import type { Services } from '../../services';
import type { HandlersFor } from './handlerTypes';

export function caseHandlers(_services: Services): HandlersFor<typeof caseMethods> {
  return {};
}
