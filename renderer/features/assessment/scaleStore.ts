/**
 * The assessment scale with its German labels and the active life areas ('assessment.scale'),
 * loaded once per unlock and shared by the assessment and goal sections. Dropped on lock.
 */
import { useEffect } from 'react';
import { create } from 'zustand';
import type { AssessmentScale } from '../../../electron/contract/areas/assessment';
import { call } from '../../api';
import { lockEpoch, registerResetOnLock } from '../../state/session';

interface ScaleState {
  scale: AssessmentScale | null;
  error: string | null;
}

const initial: ScaleState = { scale: null, error: null };

export const useScaleStore = create<ScaleState>()(() => initial);

registerResetOnLock(() => useScaleStore.setState(initial, true));

let pending: Promise<void> | null = null;

export function loadScale(): Promise<void> {
  if (pending) return pending;
  const epoch = lockEpoch();
  pending = call('assessment.scale', {}).then((result) => {
    pending = null;
    if (epoch !== lockEpoch()) return;
    useScaleStore.setState(result.ok ? { scale: result.value, error: null } : { scale: null, error: result.error.message });
  });
  return pending;
}

/** The scale, loading it when nobody has yet. */
export function useScale(): ScaleState {
  const state = useScaleStore();
  useEffect(() => {
    if (!useScaleStore.getState().scale) void loadScale();
  }, []);
  return state;
}
