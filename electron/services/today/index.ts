/** "Heute": what is due across all open cases, and the horizons it looks ahead and back. */
import type { TodaySettings } from '../../contract/areas/today';
import type { ServiceContext } from '../context';
import { todayItems } from './items';
import { todaySettings, updateTodaySettings } from './settings';

export function createTodayServices(ctx: ServiceContext) {
  return {
    today: {
      items: (input: { date?: string | undefined }) => todayItems(ctx, input.date),
      settings: () => todaySettings(ctx),
      updateSettings: (patch: Partial<TodaySettings>) => updateTodaySettings(ctx, patch),
    },
  };
}
