/**
 * Where in the app the person is: a page of the main navigation and, under "Fälle", the case
 * list, a new intake or one case with its section. On lock the screen goes, but the route is
 * remembered (ids only, no case data), and after unlock the app returns to it — or, after a
 * restart, to the form of the newest draft. Leaving a form with unsaved input asks first.
 */
import { create } from 'zustand';
import { call } from '../../api';
import { anyDirty, discardDirtyDrafts, setDraftRouteSource } from '../../state/drafts';
import { lockEpoch, registerResetOnLock } from '../../state/session';

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
  /** Where the person wants to go while a form holds unsaved input: the question is on screen. */
  leaving: Route | null;
}

const home: Route = { page: 'today' };

export const useNavigation = create<NavigationState>()(() => ({ route: home, leaving: null }));

setDraftRouteSource(() => useNavigation.getState().route);

/** Opens a page of the main navigation at its start. */
export function navigate(page: PageId): void {
  openRoute(page === 'cases' ? { page, view: 'list' } : { page });
}

export function openRoute(route: Route): void {
  if (JSON.stringify(route) === JSON.stringify(useNavigation.getState().route)) return;
  if (anyDirty()) useNavigation.setState({ leaving: route });
  else useNavigation.setState({ route, leaving: null });
}

/**
 * The answer to "leave the form?": stay; go and keep the draft (it comes back when the form is
 * opened again); or go and throw the input away.
 */
export function answerLeaving(answer: 'stay' | 'keep' | 'discard'): void {
  const { leaving } = useNavigation.getState();
  if (leaving === null || answer === 'stay') {
    useNavigation.setState({ leaving: null });
    return;
  }
  if (answer === 'discard') discardDirtyDrafts();
  useNavigation.setState({ route: leaving, leaving: null });
}

export function openCase(caseId: string, section: CaseSection = 'overview'): void {
  openRoute({ page: 'cases', view: 'case', caseId, section });
}

let routeAtLock: Route | null = null;

registerResetOnLock(() => {
  const { route } = useNavigation.getState();
  if (route !== home) routeAtLock = route;
  useNavigation.setState({ route: home, leaving: null }, true);
});

/** Forgets the screen to return to (tests start each from a fresh app). */
export function forgetRouteAtLock(): void {
  routeAtLock = null;
}

function isRoute(value: unknown): value is Route {
  return typeof value === 'object' && value !== null && PAGES.includes((value as { page: PageId }).page);
}

/**
 * After unlock: back to the screen the lock interrupted, or (after a restart or a crash) to the
 * form of the newest draft; its section opens the form with the draft.
 */
export async function returnAfterUnlock(): Promise<void> {
  const epoch = lockEpoch();
  let back = routeAtLock;
  routeAtLock = null;
  if (back === null) {
    const draft = await call('drafts.resume', {});
    if (epoch !== lockEpoch() || !draft.ok || draft.value === null) return;
    try {
      const route: unknown = JSON.parse(draft.value.route);
      back = isRoute(route) ? route : null;
    } catch {
      back = null;
    }
  }
  // Someone who already went elsewhere stays there.
  if (back !== null && useNavigation.getState().route === home) useNavigation.setState({ route: back });
}
