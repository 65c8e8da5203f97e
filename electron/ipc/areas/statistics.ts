import type { statisticsMethods } from '../../contract/areas/statistics';
import type { Services } from '../../services';
import type { HandlersFor } from './handlerTypes';

export function statisticsHandlers({ statistics }: Services): HandlersFor<typeof statisticsMethods> {
  return {
    'statistics.settings': () => statistics.settings(),
    'statistics.updateSettings': (input) => statistics.updateSettings(input),
    'statistics.periods': () => statistics.periods(),
    'statistics.preview': (input) => statistics.preview(input),
    'statistics.export': (input) => statistics.export(input),
  };
}
