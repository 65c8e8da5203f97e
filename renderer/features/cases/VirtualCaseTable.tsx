/**
 * The cases as one table that stays quick with thousands of rows: only the rows in view (and a
 * few either side) are in the DOM, all of one fixed height, with spacer rows standing in for the
 * rest. Screen readers learn the full size from aria-rowcount and each row's place from
 * aria-rowindex. The rows come in windows (caseListPages): a row whose window has not arrived
 * yet shows a quiet placeholder of the same height. Keyboard: the case numbers are one tab stop;
 * Arrow Up/Down move between rows (scrolling along), Page Up/Down by a screenful, Home/End to the
 * first and last case, Enter opens.
 */
import { useMediaQuery } from '../../ui/useMediaQuery';
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { CaseListSort, CaseSummary, SortDirection } from '../../../electron/contract/areas/cases';
import { cases as t, labels } from '../../i18n/cases';
import { germanDate } from './format';
import { RestrictedMark } from '../restriction/RestrictedMark';
import { rowWindow, rowsPerPage, scrollTopToShow } from './windowing';

/** The rows' height in CSS pixels (cases.css gives them this height: two lines); measured once rows exist. */
export const ROW_HEIGHT = 46;
const OVERSCAN = 8;
/** Where nothing can be measured (no layout, as in tests). */
const FALLBACK_VIEWPORT = 600;

interface Column {
  label: string;
  /** What the cells' second line shows. */
  sub?: string;
  sort?: CaseListSort;
  className: string;
}

const COLUMNS: Column[] = [
  { label: t.list.colNumber, sort: 'caseNumber', className: 'col-number' },
  { label: t.list.colName, sub: t.list.colTargetGroups, sort: 'name', className: 'col-name' },
  { label: t.list.colPhase, sort: 'phase', className: 'col-phase' },
  { label: t.list.colLocation, sub: t.list.colManager, className: 'col-place' },
  { label: t.list.colOpened, sort: 'openedAt', className: 'col-opened' },
  { label: t.list.colNextDue, sort: 'nextDue', className: 'col-due' },
];

/**
 * In a narrow window (900 px wide and less) the list keeps number, name, phase and what is due,
 * without sideways scrolling; the day of opening, the place and the case manager are on the case
 * (and the filters still choose by them).
 */
const NARROW_WINDOW = '(max-width: 1100px)';
const WIDE_ONLY = new Set(['col-place', 'col-opened']);
const NARROW_COLUMNS = COLUMNS.filter((column) => !WIDE_ONLY.has(column.className));

export const rowButtonId = (caseId: string) => `case-row-${caseId}`;

const NAVIGATION_KEYS = new Set(['ArrowDown', 'ArrowUp', 'PageDown', 'PageUp', 'Home', 'End']);

export interface VirtualCaseTableProps {
  /** How many cases the list has (the scroll height and aria-rowcount). */
  count: number;
  /** The row at an index, or undefined while it has not arrived. */
  rowAt: (index: number) => CaseSummary | undefined;
  /** Where a case is among the rows that have arrived, or -1. */
  indexOf: (caseId: string | null) => number;
  /** Changes with the filters and the sort: the table starts at the top. */
  listKey: string;
  /** The rows in view (and a margin either side), to be asked for. */
  onRangeChange: (first: number, last: number) => void;
  /** Where the row worked on last was (coming back from a case): scrolled into view first. */
  startIndex?: number | null;
  sort: CaseListSort;
  direction: SortDirection;
  onSort: (sort: CaseListSort) => void;
  /** The row holding the tab stop; the first row when it is not in the list. */
  activeCaseId: string | null;
  onActiveChange: (caseId: string, index: number) => void;
  onOpen: (caseId: string, index: number) => void;
  describedBy?: string;
}

interface Measures {
  viewport: number;
  header: number;
  row: number;
}

function ColumnHeader({
  column,
  sort,
  direction,
  onSort,
}: {
  column: Column;
  sort: CaseListSort;
  direction: SortDirection;
  onSort: (sort: CaseListSort) => void;
}) {
  const active = column.sort !== undefined && column.sort === sort;
  const ariaSort = active ? (direction === 'asc' ? 'ascending' : 'descending') : undefined;
  return (
    <th scope="col" className={column.className} aria-sort={ariaSort}>
      {column.sort ? (
        <button type="button" className="sort-button" onClick={() => onSort(column.sort!)}>
          {column.label}
          <span className={active ? 'sort-mark sort-mark-active' : 'sort-mark'} aria-hidden="true">
            {active ? (direction === 'asc' ? '▲' : '▼') : '↕'}
          </span>
        </button>
      ) : (
        <span className="th-label">{column.label}</span>
      )}
      {column.sub ? <span className="th-sub">{column.sub}</span> : null}
    </th>
  );
}

/** A cell of two lines, the second one smaller; each cut off with "…" when too long. */
function TwoLines({ main, sub, subLabel }: { main: string; sub: string; subLabel: string }) {
  return (
    <>
      <span className="cell-line" title={main}>
        {main}
      </span>
      <span className="cell-line cell-sub" title={sub}>
        <span className="sr-only">{subLabel}: </span>
        {sub}
      </span>
    </>
  );
}

function NextDue({ item }: { item: CaseSummary }) {
  if (!item.open || !item.nextDueDate) return <>–</>;
  return (
    <>
      <span className="cell-line">{germanDate(item.nextDueDate)}</span>
      {item.overdue ? (
        <span className="cell-line">
          <span className="due-badge due-badge-overdue">{t.list.overdue}</span>
        </span>
      ) : item.due ? (
        <span className="cell-line">
          <span className="due-badge">{t.list.dueToday}</span>
        </span>
      ) : null}
    </>
  );
}

function CaseRow({
  item,
  index,
  tabStop,
  onOpen,
  onFocus,
  wide,
}: {
  item: CaseSummary;
  index: number;
  tabStop: boolean;
  onOpen: (id: string, index: number) => void;
  onFocus: (id: string, index: number) => void;
  /** With the place, the case manager and the day of opening (not in a narrow window). */
  wide: boolean;
}) {
  return (
    <tr className={item.overdue ? 'case-row case-row-overdue' : 'case-row'} aria-rowindex={index + 2}>
      <th scope="row">
        <button
          type="button"
          id={rowButtonId(item.id)}
          className="button button-link case-row-open"
          tabIndex={tabStop ? 0 : -1}
          onClick={() => onOpen(item.id, index)}
          onFocus={() => onFocus(item.id, index)}
        >
          {item.caseNumber}
        </button>
      </th>
      <td>
        <TwoLines main={item.personName} sub={item.targetGroupNames.join(', ') || '–'} subLabel={t.list.colTargetGroups} />
      </td>
      <td>
        <span className="cell-line" title={labels.phases[item.phase]}>
          {labels.phases[item.phase]}
        </span>
        <RestrictedMark restricted={item.restricted} />
      </td>
      {wide ? (
        <>
          <td>
            <TwoLines main={item.location?.name ?? '–'} sub={item.caseManager} subLabel={t.list.colManager} />
          </td>
          <td>{germanDate(item.openedAt)}</td>
        </>
      ) : null}
      <td>
        <NextDue item={item} />
      </td>
    </tr>
  );
}

/** A row whose window has not arrived yet: same height, quietly saying so. */
function PlaceholderRow({ index, columns }: { index: number; columns: number }) {
  return (
    <tr className="case-row case-row-loading" aria-rowindex={index + 2}>
      <td colSpan={columns}>
        <span className="cell-line">{t.list.rowLoading}</span>
      </td>
    </tr>
  );
}

export function VirtualCaseTable({
  count,
  rowAt,
  indexOf,
  listKey,
  onRangeChange,
  startIndex = null,
  sort,
  direction,
  onSort,
  activeCaseId,
  onActiveChange,
  onOpen,
  describedBy,
}: VirtualCaseTableProps) {
  const viewport = useRef<HTMLDivElement>(null);
  const head = useRef<HTMLTableSectionElement>(null);
  const narrow = useMediaQuery(NARROW_WINDOW);
  const topSpacer = useRef<HTMLTableRowElement>(null);
  const bottomSpacer = useRef<HTMLTableRowElement>(null);
  /** The row a keyboard move went to: focused once it is there (its window may still be on its way). */
  const pendingFocus = useRef<number | null>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [measures, setMeasures] = useState<Measures>({ viewport: FALLBACK_VIEWPORT, header: 0, row: ROW_HEIGHT });

  const found = indexOf(activeCaseId);
  const activeIndex = Math.max(found, 0);
  const bodyHeight = Math.max(measures.row, measures.viewport - measures.header);
  const { first, last } = rowWindow({ scrollTop, viewportHeight: bodyHeight, rowHeight: measures.row, count, overscan: OVERSCAN });

  const scrollTo = useCallback((top: number) => {
    if (viewport.current) viewport.current.scrollTop = top;
    setScrollTop(top);
  }, []);

  // Sizes from the layout, where there is one; kept when nothing changed (no render loop).
  const measure = useCallback(() => {
    const box = viewport.current;
    const firstRow = box?.querySelector<HTMLElement>('tr.case-row');
    const next: Measures = {
      viewport: box?.clientHeight || FALLBACK_VIEWPORT,
      header: head.current?.offsetHeight ?? 0,
      row: firstRow?.getBoundingClientRect().height || ROW_HEIGHT,
    };
    setMeasures((current) =>
      Math.abs(current.viewport - next.viewport) < 0.5 && Math.abs(current.header - next.header) < 0.5 && Math.abs(current.row - next.row) < 0.5
        ? current
        : next,
    );
  }, []);

  useLayoutEffect(() => {
    measure();
    const box = viewport.current;
    if (!box || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    return () => observer.disconnect();
  }, [measure, count > 0]);

  // The spacers stand in for the rows outside the window (heights through the CSSOM: no style attributes).
  useLayoutEffect(() => {
    if (topSpacer.current) topSpacer.current.style.height = `${first * measures.row}px`;
    if (bottomSpacer.current) bottomSpacer.current.style.height = `${Math.max(0, count - 1 - last) * measures.row}px`;
  }, [first, last, count, measures.row]);

  // A new list (other filters or sort): show the row worked on last if it is among the first
  // rows, else the top. Coming back from a case (the first list shown): where that row was.
  const firstList = useRef(true);
  useLayoutEffect(() => {
    const index = firstList.current && startIndex !== null && startIndex < count ? startIndex : indexOf(activeCaseId);
    firstList.current = false;
    if (index < 0) scrollTo(0);
    else scrollTo(scrollTopToShow(index, { scrollTop: viewport.current?.scrollTop ?? 0, viewportHeight: bodyHeight, rowHeight: measures.row }));
    // Only when the list itself changes; the active row moving scrolls in moveTo.
  }, [listKey]);

  // The rows in view (with the margin) are asked for; again when rows arrive (a changed list drops
  // the others). From the viewport's own position: a new list has just been scrolled to its top.
  useEffect(() => {
    const top = viewport.current?.scrollTop ?? scrollTop;
    const range = rowWindow({ scrollTop: top, viewportHeight: bodyHeight, rowHeight: measures.row, count, overscan: OVERSCAN });
    onRangeChange(range.first, range.last);
  }, [first, last, rowAt, onRangeChange]);

  // After a keyboard move the row exists once its window is there: focus it. The rows' area is
  // already where it should be; the focus scrolls the page too, should the row be below its fold.
  useLayoutEffect(() => {
    const index = pendingFocus.current;
    if (index === null) return;
    const target = rowAt(index);
    if (!target) return;
    pendingFocus.current = null;
    if (target.id !== activeCaseId) onActiveChange(target.id, index);
    document.getElementById(rowButtonId(target.id))?.focus();
  });

  const moveTo = (index: number) => {
    if (count === 0) return;
    const targetIndex = Math.min(count - 1, Math.max(0, index));
    const top = scrollTopToShow(targetIndex, { scrollTop, viewportHeight: bodyHeight, rowHeight: measures.row });
    if (top !== scrollTop) scrollTo(top);
    const target = rowAt(targetIndex);
    if (target && target.id === activeCaseId && top === scrollTop) {
      document.getElementById(rowButtonId(target.id))?.focus();
      return;
    }
    pendingFocus.current = targetIndex;
    if (target) onActiveChange(target.id, targetIndex);
    else setScrollTop(top); // render now: the placeholder is in view and its window is asked for
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey || !NAVIGATION_KEYS.has(event.key)) return;
    if (!(event.target instanceof HTMLElement) || !event.target.classList.contains('case-row-open')) return;
    event.preventDefault();
    const page = rowsPerPage(bodyHeight, measures.row);
    const steps: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: page, PageUp: -page };
    if (event.key === 'Home') moveTo(0);
    else if (event.key === 'End') moveTo(count - 1);
    else moveTo(activeIndex + (steps[event.key] ?? 0));
  };

  if (count === 0) return null;
  const columns = narrow ? NARROW_COLUMNS : COLUMNS;
  const shown = Array.from({ length: Math.max(0, last - first + 1) }, (_, offset) => first + offset);
  // The table's one tab stop: the active row, or the first one in view when it has scrolled away.
  const inView = rowWindow({ scrollTop, viewportHeight: bodyHeight, rowHeight: measures.row, count, overscan: 0 });
  const tabStop = activeIndex >= inView.first && activeIndex <= inView.last ? activeIndex : inView.first;
  return (
    <div className="case-list-viewport" ref={viewport} onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}>
      <table className="data-table case-table" aria-rowcount={count + 1} aria-describedby={describedBy}>
        <caption className="sr-only">{t.list.tableCaption}</caption>
        <colgroup>
          {columns.map((column) => (
            <col key={column.className} className={column.className} />
          ))}
        </colgroup>
        <thead ref={head}>
          <tr aria-rowindex={1}>
            {columns.map((column) => (
              <ColumnHeader key={column.className} column={column} sort={sort} direction={direction} onSort={onSort} />
            ))}
          </tr>
        </thead>
        <tbody onKeyDown={onKeyDown}>
          <tr className="case-spacer" aria-hidden="true" ref={topSpacer}>
            <td colSpan={columns.length} />
          </tr>
          {shown.map((index) => {
            const item = rowAt(index);
            return item ? (
              <CaseRow
                key={item.id}
                item={item}
                index={index}
                tabStop={index === tabStop}
                onOpen={onOpen}
                onFocus={onActiveChange}
                wide={columns === COLUMNS}
              />
            ) : (
              <PlaceholderRow key={`row-${index}`} index={index} columns={columns.length} />
            );
          })}
          <tr className="case-spacer" aria-hidden="true" ref={bottomSpacer}>
            <td colSpan={columns.length} />
          </tr>
        </tbody>
      </table>
    </div>
  );
}
