import type { documentMethods } from '../../contract/areas/documents';
import type { Services } from '../../services';
import type { HandlersFor } from './handlerTypes';

export function documentHandlers({ documents }: Services): HandlersFor<typeof documentMethods> {
  return {
    'documents.caseFile': (input) => documents.caseFile(input),
    'documents.consultationSummary': (input) => documents.consultationSummary(input),
    'documents.today': (input) => documents.today(input),
    'documents.referralSheet': (input) => documents.referralSheet(input),
  };
}
