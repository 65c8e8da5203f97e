import type { statisticsRosterMethods } from '../../contract/areas/statisticsRoster';
import type { Services } from '../../services';
import type { HandlersFor } from './handlerTypes';

export function statisticsRosterHandlers({ statistics }: Services): HandlersFor<typeof statisticsRosterMethods> {
  return {
    'statistics.unitKey': () => statistics.unitKey(),
    'statistics.exportUnitKey': () => statistics.exportUnitKey(),
    'statistics.roster': () => statistics.roster(),
    'statistics.checkRoster': (input) => statistics.checkRoster(input),
    'statistics.importRoster': (input) => statistics.importRoster(input),
  };
}
