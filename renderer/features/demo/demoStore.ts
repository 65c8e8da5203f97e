/** Whether the open store holds demo data, and how many cases: for the badge and the offer. */
import { create } from 'zustand';
import type { DemoStatus } from '../../../electron/contract/areas/demo';
import { call } from '../../api';
import { lockEpoch, registerResetOnLock } from '../../state/session';

interface DemoState {
  status: DemoStatus | null;
  /** The badge asked Einstellungen to open the section on removing demo data. */
  openStartOver: boolean;
}

export const useDemo = create<DemoState>()(() => ({ status: null, openStartOver: false }));

export async function loadDemoStatus(): Promise<void> {
  const epoch = lockEpoch();
  const result = await call('demo.status', {});
  if (result.ok && epoch === lockEpoch()) useDemo.setState({ status: result.value });
}

registerResetOnLock(() => useDemo.setState({ status: null, openStartOver: false }, true));
