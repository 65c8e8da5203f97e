import type { clientDocumentMethods } from '../../contract/areas/clientDocuments';
import type { Services } from '../../services';
import type { HandlersFor } from './handlerTypes';

export function clientDocumentHandlers({ clientDocuments }: Services): HandlersFor<typeof clientDocumentMethods> {
  return {
    'clientDocuments.consent': (input) => clientDocuments.consent(input),
    'clientDocuments.release': (input) => clientDocuments.release(input),
    'clientDocuments.appointment': (input) => clientDocuments.appointment(input),
  };
}
