import type { printoutMethods } from '../../contract/areas/printouts';
import type { Services } from '../../services';
import type { HandlersFor } from './handlerTypes';

export function printoutHandlers({ printouts }: Services): HandlersFor<typeof printoutMethods> {
  return {
    'printouts.list': (input) => printouts.list(input),
  };
}
