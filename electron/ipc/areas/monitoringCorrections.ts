import type { monitoringCorrectionMethods } from '../../contract/areas/monitoringCorrections';
import type { Services } from '../../services';
import type { HandlersFor } from './handlerTypes';

export function monitoringCorrectionHandlers({ contacts, followUps }: Services): HandlersFor<typeof monitoringCorrectionMethods> {
  return {
    'contacts.update': (input) => contacts.update(input),
    'followUps.postpone': (input) => followUps.postpone(input),
  };
}
