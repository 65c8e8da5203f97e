/** What is due today, as the main process lists it; dropped on lock. */
import { create } from 'zustand';
import type { TodayOverview } from '../../../electron/contract/areas/today';
import { call } from '../../api';
import { lockEpoch, registerResetOnLock } from '../../state/session';

interface TodayState {
  overview: TodayOverview | null;
  loading: boolean;
  error: string | null;
}

const initial: TodayState = { overview: null, loading: false, error: null };

export const useToday = create<TodayState>()(() => initial);

export async function loadToday(): Promise<void> {
  const epoch = lockEpoch();
  useToday.setState({ loading: true, error: null });
  const result = await call('today.items', {});
  if (epoch !== lockEpoch()) return;
  useToday.setState(result.ok ? { overview: result.value, loading: false, error: null } : { loading: false, error: result.error.message });
}

registerResetOnLock(() => useToday.setState(initial, true));
