/** The anonymised statistic for the strategic overhead: settings, periods, preview and export. */
import type { StatisticsExportFormat, StatisticsSettingsPatch } from '../../contract/areas/statistics';
import { today, type ServiceContext } from '../context';
import { buildStatistics } from './document';
import { exportStatistics } from './export';
import { periodChoices } from './period';
import { statisticsSettings, updateStatisticsSettings } from './settings';

export function createStatisticsServices(ctx: ServiceContext) {
  return {
    statistics: {
      settings: () => statisticsSettings(ctx),
      updateSettings: (patch: StatisticsSettingsPatch) => updateStatisticsSettings(ctx, patch),
      periods: () => periodChoices(today(ctx.now())),
      preview: (input: { period: string }) => buildStatistics(ctx, input.period),
      export: (input: { period: string; format: StatisticsExportFormat }) => exportStatistics(ctx, input),
    },
  };
}
