import type { consultationMethods } from '../../contract/areas/consultation';
import type { Services } from '../../services';
import type { HandlersFor } from './handlerTypes';

export function consultationHandlers({ matching }: Services): HandlersFor<typeof consultationMethods> {
  return {
    'persons.find': (input) => matching.find(input),
    'persons.likelyDuplicates': (input) => matching.likelyDuplicates(input),
  };
}
