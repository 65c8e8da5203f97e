import type { searchMethods } from '../../contract/areas/search';
import type { Services } from '../../services';
import type { HandlersFor } from './handlerTypes';

export function searchHandlers({ search }: Services): HandlersFor<typeof searchMethods> {
  return {
    'search.global': (input) => search.global(input),
  };
}
