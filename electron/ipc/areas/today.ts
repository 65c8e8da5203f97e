import type { todayMethods } from '../../contract/areas/today';
import type { Services } from '../../services';
import type { HandlersFor } from './handlerTypes';

export function todayHandlers({ today }: Services): HandlersFor<typeof todayMethods> {
  return {
    'today.items': (input) => today.items(input),
    'today.settings': () => today.settings(),
    'today.updateSettings': (input) => today.updateSettings(input),
  };
}
