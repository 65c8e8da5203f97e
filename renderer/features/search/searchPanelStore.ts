/** Whether the search panel is open; the header button and Ctrl+K open it. Closed on lock. */
import { create } from 'zustand';
import { registerResetOnLock } from '../../state/session';

interface SearchPanelState {
  open: boolean;
}

export const useSearchPanel = create<SearchPanelState>()(() => ({ open: false }));

export const openSearch = (): void => useSearchPanel.setState({ open: true });
export const closeSearch = (): void => useSearchPanel.setState({ open: false });

registerResetOnLock(() => useSearchPanel.setState({ open: false }, true));
