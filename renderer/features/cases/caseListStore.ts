/**
 * What the case list is showing: its filters, its sort and the row last worked on. Kept while a
 * case is open, so "Fälle" comes back as it was left; dropped on lock (a typed name is case data).
 */
import { create } from 'zustand';
import type { Input } from '../../../electron/contract';
import type { CaseListDue, CaseListSort, CaseStatus, Phase, SortDirection } from '../../../electron/contract/areas/cases';
import { registerResetOnLock } from '../../state/session';

export interface CaseListFilterValues {
  phase: Phase | '';
  status: CaseStatus | '';
  targetGroupId: string;
  locationId: string;
  caseManager: string;
  due: CaseListDue | '';
  /** As typed; the list follows it after a short pause. */
  text: string;
}

interface CaseListState {
  filters: CaseListFilterValues;
  sort: CaseListSort;
  direction: SortDirection;
  /** The row that has (or last had) the keyboard focus, to come back to. */
  activeCaseId: string | null;
  /** Its place in the list, so coming back scrolls there (its block of rows is asked for then). */
  activeIndex: number | null;
}

export const NO_FILTERS: CaseListFilterValues = { phase: '', status: '', targetGroupId: '', locationId: '', caseManager: '', due: '', text: '' };
/** What the list shows first and after "Filter zurücksetzen": the open cases (the daily work), not the closed ones too. */
export const DEFAULT_FILTERS: CaseListFilterValues = { ...NO_FILTERS, status: 'offen' };
/** The newest cases first, as before there was a choice. */
const initialState: CaseListState = { filters: DEFAULT_FILTERS, sort: 'openedAt', direction: 'desc', activeCaseId: null, activeIndex: null };

/** The way each column sorts first: dates of opening newest first, everything else from the start. */
const FIRST_DIRECTION: Record<CaseListSort, SortDirection> = { caseNumber: 'asc', name: 'asc', phase: 'asc', openedAt: 'desc', nextDue: 'asc' };

export const useCaseList = create<CaseListState>()(() => initialState);

registerResetOnLock(() => useCaseList.setState(initialState, true));

export function setFilter<K extends keyof CaseListFilterValues>(key: K, value: CaseListFilterValues[K]): void {
  useCaseList.setState((state) => ({ filters: { ...state.filters, [key]: value } }));
}

export function resetFilters(): void {
  useCaseList.setState({ filters: DEFAULT_FILTERS });
}

/** A column header chosen: the same column again turns the direction round. */
export function sortBy(sort: CaseListSort): void {
  useCaseList.setState((state) =>
    state.sort === sort ? { direction: state.direction === 'asc' ? 'desc' : 'asc' } : { sort, direction: FIRST_DIRECTION[sort] },
  );
}

export function setActiveCase(caseId: string | null, index: number | null = null): void {
  const state = useCaseList.getState();
  if (state.activeCaseId !== caseId || (index !== null && state.activeIndex !== index)) {
    useCaseList.setState({ activeCaseId: caseId, activeIndex: index ?? (state.activeCaseId === caseId ? state.activeIndex : null) });
  }
}

/** Whether the filters differ from what the list starts with (then "Filter zurücksetzen" is offered). */
export function hasFilters(filters: CaseListFilterValues): boolean {
  return (Object.keys(filters) as (keyof CaseListFilterValues)[]).some((key) => filters[key].trim() !== DEFAULT_FILTERS[key]);
}

/** How many of the folded filters are set (the search stays in view and is not counted). */
export function activeFilterCount(filters: CaseListFilterValues): number {
  return (Object.keys(filters) as (keyof CaseListFilterValues)[]).filter((key) => key !== 'text' && filters[key] !== '').length;
}

/** The input of cases.list without its window: only the filters that are set, the text as searched (`query`). */
export function listInput(
  filters: CaseListFilterValues,
  query: string,
  sort: CaseListSort,
  direction: SortDirection,
): Omit<Input<'cases.list'>, 'offset' | 'limit'> {
  const input: Omit<Input<'cases.list'>, 'offset' | 'limit'> = { sort, direction };
  if (filters.phase) input.phase = filters.phase;
  if (filters.status) input.status = filters.status;
  if (filters.targetGroupId) input.targetGroupId = filters.targetGroupId;
  if (filters.locationId) input.locationId = filters.locationId;
  if (filters.caseManager) input.caseManager = filters.caseManager;
  if (filters.due) input.due = filters.due;
  const text = query.trim();
  if (text) input.text = text.slice(0, 100);
  return input;
}
