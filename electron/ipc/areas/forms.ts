import type { formMethods } from '../../contract/areas/forms';
import type { Services } from '../../services';
import type { HandlersFor } from './handlerTypes';

export function formHandlers({ drafts, versions }: Services): HandlersFor<typeof formMethods> {
  return {
    'drafts.save': (input) => drafts.save(input),
    'drafts.load': (input) => drafts.load(input),
    'drafts.discard': (input) => drafts.discard(input),
    'drafts.resume': () => drafts.resume(),
    'versions.list': (input) => versions.list(input),
  };
}
