import type { caseCorrectionMethods } from '../../contract/areas/caseCorrections';
import type { Services } from '../../services';
import type { HandlersFor } from './handlerTypes';

export function caseCorrectionHandlers({ caseConferences, cases, locations, caseManagers }: Services): HandlersFor<typeof caseCorrectionMethods> {
  return {
    'caseConferences.update': (input) => caseConferences.update(input),
    'cases.setTargetGroups': (input) => cases.setTargetGroups(input),
    'cases.assignCaseManager': (input) => cases.assignCaseManager(input),
    'locations.reactivate': (input) => locations.reactivate(input),
    'caseManagers.list': () => caseManagers.list(),
    'caseManagers.add': (input) => caseManagers.add(input),
    'caseManagers.deactivate': (input) => caseManagers.deactivate(input),
    'caseManagers.reactivate': (input) => caseManagers.reactivate(input),
  };
}
