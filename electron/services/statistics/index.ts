/** The anonymised statistic for the strategic overhead: settings, quarters, preview and export; the unit's key and roster for the district statistic with hidden counts. */
import type { StatisticsExportFormat, StatisticsSettingsPatch } from '../../contract/areas/statistics';
import { publishedPeriods } from '../../../db/queries/publications';
import { db, today, type ServiceContext } from '../context';
import { districtOf, previewStatistics } from './document';
import { exportStatistics } from './export';
import { quarterChoices } from './period';
import { applicableRoster, checkRoster, currentRoster, importRoster } from './rosterImport';
import { statisticsSettings, updateStatisticsSettings } from './settings';
import { exportUnitKey, unitKeyInfo } from './unitKey';

export function createStatisticsServices(ctx: ServiceContext) {
  return {
    statistics: {
      settings: () => statisticsSettings(ctx),
      updateSettings: (patch: StatisticsSettingsPatch) => updateStatisticsSettings(ctx, patch),
      periods: () => quarterChoices(today(ctx.now()), publishedPeriods(db(ctx))),
      preview: (input: { period: string }) =>
        previewStatistics(ctx, input.period, (quarter) => {
          const stored = applicableRoster(ctx, quarter);
          return stored ? districtOf(stored.roster) : null;
        }),
      export: (input: { period: string; format: StatisticsExportFormat }) => exportStatistics(ctx, input),
      unitKey: () => unitKeyInfo(ctx),
      exportUnitKey: () => exportUnitKey(ctx),
      roster: () => currentRoster(ctx),
      checkRoster: (input: { text: string }) => checkRoster(ctx, input),
      importRoster: (input: { text: string; replaceList?: boolean }) => importRoster(ctx, input),
    },
  };
}
