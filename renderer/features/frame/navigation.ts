/**
 * Where in the app the person is: a page of the main navigation and, under "Fälle", the case
 * list, a new intake or one case with its section. Reset to "Heute" on lock.
 */
import { create } from 'zustand';
import { registerResetOnLock } from '../../state/session';

export const PAGES = ['today', 'cases', 'consultation', 'statistics', 'settings', 'protokoll'] as const;
export type PageId = (typeof PAGES)[number];

/** The sections of a case, in the order of the Baustein-2 cycle. */
export const CASE_SECTIONS = ['overview', 'assessment', 'goals', 'referrals', 'contacts', 'conferences', 'closure'] as const;
export type CaseSection = (typeof CASE_SECTIONS)[number];

export type Route =
  | { page: Exclude<PageId, 'cases'> }
  | { page: 'cases'; view: 'list' }
  | { page: 'cases'; view: 'intake'; personId: string | null }
  | { page: 'cases'; view: 'person'; personId: string }
  | { page: 'cases'; view: 'case'; caseId: string; section: CaseSection };

interface NavigationState {
  route: Route;
}

const home: Route = { page: 'today' };

export const useNavigation = create<NavigationState>()(() => ({ route: home }));

/** Opens a page of the main navigation at its start. */
export function navigate(page: PageId): void {
  useNavigation.setState({ route: page === 'cases' ? { page, view: 'list' } : { page } });
}

export function openRoute(route: Route): void {
  useNavigation.setState({ route });
}

export function openCase(caseId: string, section: CaseSection = 'overview'): void {
  openRoute({ page: 'cases', view: 'case', caseId, section });
}

registerResetOnLock(() => useNavigation.setState({ route: home }, true));
