/**
 * What the main process knows about the open store beyond its state: the result of the full
 * check that runs in the background after unlock, and whether the data key should be renewed.
 * Dropped on lock; refreshed when the check reports and after a key rotation.
 */
import { create } from 'zustand';
import type { StoreHealth } from '../../electron/contract';
import { call } from '../api';
import { lockEpoch, registerEventHandler, registerResetOnLock } from './session';

export const useStoreHealth = create<{ health: StoreHealth | null }>()(() => ({ health: null }));

registerResetOnLock(() => useStoreHealth.setState({ health: null }, true));

export async function refreshStoreHealth(): Promise<void> {
  const epoch = lockEpoch();
  const result = await call('store.health', {});
  if (epoch !== lockEpoch()) return; // locked meanwhile: keep nothing
  // Unknown (an error) shows nothing: these notices must never block the work.
  useStoreHealth.setState({ health: result.ok ? result.value : null });
}

/** Refreshes whenever the background check reports; returns the unregister function. */
export function listenForStoreHealth(): () => void {
  return registerEventHandler((event) => {
    if (event.name === 'integrityChecked') void refreshStoreHealth();
  });
}
