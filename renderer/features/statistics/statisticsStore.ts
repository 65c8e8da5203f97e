/**
 * The Statistik page's data: the settings, the periods that can be reported, the chosen period and
 * its preview. Aggregates only, but computed from case data in the unlocked store: dropped on lock.
 */
import { create } from 'zustand';
import type { StatisticsPeriod, StatisticsPreview, StatisticsSettings } from '../../../electron/contract/areas/statistics';
import { call } from '../../api';
import { lockEpoch, registerResetOnLock } from '../../state/session';

interface StatisticsState {
  settings: StatisticsSettings | null;
  periods: StatisticsPeriod[] | null;
  loading: boolean;
  loadError: string | null;
  /** The label of the period shown (or being loaded). */
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

/** The period to start with: the latest one that has ended (the longest if several end together), else the first. */
export function defaultPeriod(periods: readonly StatisticsPeriod[]): string {
  const ended = periods.filter((p) => !p.running);
  if (ended.length === 0) return periods[0]?.label ?? '';
  const lastEnd = ended
    .map((p) => p.to)
    .sort()
    .at(-1);
  return ended.find((p) => p.to === lastEnd)!.label;
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
  const chosen = useStatistics.getState().period;
  const period = periods.value.some((p) => p.label === chosen) ? chosen : defaultPeriod(periods.value);
  useStatistics.setState({ settings: settings.value, periods: periods.value, loading: false, period });
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

registerResetOnLock(() => {
  request += 1;
  useStatistics.setState(initial, true);
});
