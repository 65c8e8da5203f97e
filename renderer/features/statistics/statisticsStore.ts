/**
 * The Statistik page's data: the settings, the quarters that can be reported (with their states),
 * the chosen quarter and its preview. Aggregates only, but computed from case data in the unlocked
 * store: dropped on lock.
 */
import { create } from 'zustand';
import type { StatisticsPeriod, StatisticsPreview, StatisticsSettings } from '../../../electron/contract/areas/statistics';
import { QUARTER_PATTERN } from '../../../electron/contract/statisticsDocument';
import { call } from '../../api';
import { lockEpoch, registerResetOnLock } from '../../state/session';

interface StatisticsState {
  settings: StatisticsSettings | null;
  /** Quarters only, newest first. */
  periods: StatisticsPeriod[] | null;
  loading: boolean;
  loadError: string | null;
  /** The label of the quarter shown (or being loaded). */
  period: string;
  preview: StatisticsPreview | null;
  previewBusy: boolean;
  previewError: string | null;
}

const initial: StatisticsState = {
  settings: null,
  periods: null,
  loading: false,
  loadError: null,
  period: '',
  preview: null,
  previewBusy: false,
  previewError: null,
};

export const useStatistics = create<StatisticsState>()(() => initial);

/** Quarters only (a year or half-year is never offered: the district view builds them), newest first. */
export function quartersNewestFirst(periods: readonly StatisticsPeriod[]): StatisticsPeriod[] {
  return periods.filter((p) => QUARTER_PATTERN.test(p.label)).sort((a, b) => (a.label < b.label ? 1 : a.label > b.label ? -1 : 0));
}

/** The quarter to start with: the newest that has ended (ready or published), else the newest. */
export function defaultPeriod(quarters: readonly StatisticsPeriod[]): string {
  return (quarters.find((p) => p.state !== 'laufend') ?? quarters[0])?.label ?? '';
}

/** Settings and periods, then the preview of the chosen (or default) period. */
export async function loadStatistics(): Promise<void> {
  const epoch = lockEpoch();
  useStatistics.setState({ loading: true, loadError: null });
  const [settings, periods] = await Promise.all([call('statistics.settings', {}), call('statistics.periods', {})]);
  if (epoch !== lockEpoch()) return;
  if (!settings.ok || !periods.ok) {
    const error = !settings.ok ? settings.error : !periods.ok ? periods.error : null;
    useStatistics.setState({ loading: false, loadError: error?.message ?? null });
    return;
  }
  const quarters = quartersNewestFirst(periods.value);
  const chosen = useStatistics.getState().period;
  const period = quarters.some((p) => p.label === chosen) ? chosen : defaultPeriod(quarters);
  useStatistics.setState({ settings: settings.value, periods: quarters, loading: false, period });
  if (period) await loadPreview(period);
}

let request = 0;

/** The preview of one period; only the answer to the latest request is kept. */
export async function loadPreview(period: string): Promise<void> {
  const epoch = lockEpoch();
  const mine = ++request;
  useStatistics.setState({ period, previewBusy: true, previewError: null });
  const result = await call('statistics.preview', { period });
  if (epoch !== lockEpoch() || mine !== request) return;
  useStatistics.setState(
    result.ok ? { preview: result.value, previewBusy: false, previewError: null } : { preview: null, previewBusy: false, previewError: result.error.message },
  );
}

/** After the settings were saved: they change the unit, k and what is missing, so the preview is made again. */
export async function settingsSaved(settings: StatisticsSettings): Promise<void> {
  useStatistics.setState({ settings });
  const { period } = useStatistics.getState();
  if (period) await loadPreview(period);
}

/**
 * After an export: the first export of a quarter published it, so its state, its day and its
 * checksum changed; the quarters and the preview are read again.
 */
export async function exported(period: string): Promise<void> {
  const epoch = lockEpoch();
  const periods = await call('statistics.periods', {});
  if (epoch !== lockEpoch()) return;
  if (periods.ok) useStatistics.setState({ periods: quartersNewestFirst(periods.value) });
  if (useStatistics.getState().period === period) await loadPreview(period);
}

registerResetOnLock(() => {
  request += 1;
  useStatistics.setState(initial, true);
});
