/** Which page of the app frame is open. Reset to "Heute" on lock. */
import { create } from 'zustand';
import { registerResetOnLock } from '../../state/session';

export const PAGES = ['today', 'cases', 'consultation', 'statistics', 'settings'] as const;
export type PageId = (typeof PAGES)[number];

interface NavigationState {
  page: PageId;
}

export const useNavigation = create<NavigationState>()(() => ({ page: 'today' }));

export function navigate(page: PageId): void {
  useNavigation.setState({ page });
}

registerResetOnLock(() => useNavigation.setState({ page: 'today' }, true));
