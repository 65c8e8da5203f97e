import type { consentMethods } from '../../contract/areas/consent';
import type { restrictionMethods } from '../../contract/areas/restriction';
import type { Services } from '../../services';
import type { HandlersFor } from './handlerTypes';

export function restrictionHandlers({ restrictions, consents }: Services): HandlersFor<typeof restrictionMethods & typeof consentMethods> {
  return {
    'restrictions.ofCase': (input) => restrictions.ofCase(input),
    'restrictions.restrict': (input) => restrictions.restrict(input),
    'restrictions.lift': (input) => restrictions.lift(input),
    'consents.withdraw': (input) => consents.withdraw(input),
  };
}
