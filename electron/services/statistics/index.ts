/** The anonymised statistic for the strategic overhead: settings, quarters, preview and export. */
import type { StatisticsExportFormat, StatisticsSettingsPatch } from '../../contract/areas/statistics';
import { publishedPeriods } from '../../../db/queries/publications';
import { db, today, type ServiceContext } from '../context';
import { previewStatistics } from './document';
import { exportStatistics } from './export';
import { quarterChoices } from './period';
import { statisticsSettings, updateStatisticsSettings } from './settings';

export function createStatisticsServices(ctx: ServiceContext) {
  return {
    statistics: {
      settings: () => statisticsSettings(ctx),
      updateSettings: (patch: StatisticsSettingsPatch) => updateStatisticsSettings(ctx, patch),
      periods: () => quarterChoices(today(ctx.now()), publishedPeriods(db(ctx))),
      preview: (input: { period: string }) => previewStatistics(ctx, input.period),
      export: (input: { period: string; format: StatisticsExportFormat }) => exportStatistics(ctx, input),
    },
  };
}
