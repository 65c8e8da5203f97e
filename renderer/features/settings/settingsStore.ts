/** The open store's settings (the person's name, auto-lock minutes). Dropped on lock. */
import { create } from 'zustand';
import type { Input, MethodResult, Settings } from '../../../electron/contract';
import { call } from '../../api';
import { lockEpoch, registerResetOnLock } from '../../state/session';

interface SettingsState {
  settings: Settings | null;
  loadError: string | null;
}

const initial: SettingsState = { settings: null, loadError: null };

export const useSettings = create<SettingsState>()(() => initial);

registerResetOnLock(() => useSettings.setState(initial, true));

export async function loadSettings(): Promise<void> {
  const epoch = lockEpoch();
  const result = await call('settings.get', {});
  if (epoch !== lockEpoch()) return; // locked meanwhile: keep nothing
  useSettings.setState(result.ok ? { settings: result.value, loadError: null } : { loadError: result.error.message });
}

export async function saveSettings(patch: Input<'settings.update'>): Promise<MethodResult<'settings.update'>> {
  const epoch = lockEpoch();
  const result = await call('settings.update', patch);
  if (result.ok && epoch === lockEpoch()) useSettings.setState({ settings: result.value, loadError: null });
  return result;
}
