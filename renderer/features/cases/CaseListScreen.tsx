/**
 * "Fälle": the cases, filtered, sorted and counted by the main process, shown in a table that
 * keeps only the rows in view in the DOM and asks for them in windows (caseListPages). Filters and sort survive opening a case. The
 * heading, the search and the buttons share one line and the filters fold away, so the table
 * gets the height (at least 10 rows at 1280×800, 6 at 900×600).
 */
import { useEffect, useId, useRef, useState } from 'react';
import { call } from '../../api';
import { cases as t } from '../../i18n/cases';
import { Button } from '../../ui/Button';
import { ScreenHeading } from '../../ui/Heading';
import { StatusMessage } from '../../ui/Messages';
import { openCase, openRoute } from '../frame/navigation';
import { CaseListFilterBar, CaseListSearch, FilterToggle } from './CaseListFilterBar';
import { listInput, setActiveCase, sortBy, useCaseList } from './caseListStore';
import { LoadFailure } from './parts';
import { useLoad } from '../../state/useLoad';
import { useCaseWindows } from './caseListPages';
import { VirtualCaseTable } from './VirtualCaseTable';

/** Typing pauses this long before the list follows the search. */
export const SEARCH_PAUSE_MS = 250;

/** The search as it was typed a moment ago; an emptied search at once. */
function useSettled(value: string): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), SEARCH_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [value]);
  return value.trim() === '' ? '' : settled;
}

export function CaseListScreen() {
  const { filters, sort, direction, activeCaseId, activeIndex } = useCaseList();
  const query = useSettled(filters.text);
  const input = listInput(filters, query, sort, direction);
  const hintId = useId();
  const filtersId = useId();
  const searchRef = useRef<HTMLInputElement>(null);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const list = useCaseWindows(input);
  const choices = useLoad(() => call('cases.listFilters', {}), []);
  const total = list.total;

  const open = (caseId: string, index: number) => {
    setActiveCase(caseId, index);
    openCase(caseId);
  };

  return (
    <div className="page page-wide cases-list">
      <div className="case-list-head">
        <ScreenHeading focusOnMount>{t.list.title}</ScreenHeading>
        <CaseListSearch filters={filters} inputRef={searchRef} />
        <div className="page-actions">
          <FilterToggle filters={filters} open={filtersOpen} onToggle={() => setFiltersOpen((o) => !o)} panelId={filtersId} />
          <Button variant="primary" onClick={() => openRoute({ page: 'cases', view: 'intake', personId: null })}>
            {t.list.newIntake}
          </Button>
        </div>
      </div>
      {filtersOpen ? <CaseListFilterBar filters={filters} choices={choices.data} id={filtersId} searchRef={searchRef} /> : null}
      <LoadFailure message={choices.error} />
      <LoadFailure message={list.error} />
      <StatusMessage>{total !== null ? t.list.found(total, t.list.sortNames[sort], direction === 'asc') : list.error ? null : t.loading}</StatusMessage>
      {total !== null && total > 0 ? (
        <>
          <p className="sr-only" id={hintId}>
            {t.list.openHint} {t.list.moreKeys}
          </p>
          <VirtualCaseTable
            count={total}
            rowAt={list.rowAt}
            indexOf={list.indexOf}
            listKey={list.listKey}
            onRangeChange={list.showRange}
            startIndex={activeIndex}
            sort={sort}
            direction={direction}
            onSort={sortBy}
            activeCaseId={activeCaseId}
            onActiveChange={setActiveCase}
            onOpen={open}
            describedBy={hintId}
          />
        </>
      ) : null}
    </div>
  );
}
