import type { handoverMethods } from '../../contract/areas/handover';
import type { Services } from '../../services';
import type { HandlersFor } from './handlerTypes';

export function handoverHandlers({ handover }: Services): HandlersFor<typeof handoverMethods> {
  return {
    'handover.preview': (input) => handover.preview(input),
    'handover.export': (input) => handover.exportChosen(input),
    'handover.list': () => handover.list(),
    'handover.confirm': (input) => handover.confirm(input),
    'handover.erase': (input) => handover.erase(input),
    'handover.inspect': (input) => handover.inspectChosen(input),
    'handover.import': (input) => handover.importChosen(input),
  };
}
