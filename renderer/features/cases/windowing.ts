/**
 * Windowing for long lists with rows of one fixed height: which rows are in view (plus a few
 * either side, so scrolling shows no gaps), and where to scroll so a row is in view. Pure
 * arithmetic, in CSS pixels; the table keeps only these rows in the DOM.
 */

export interface WindowInput {
  /** How far the rows' area is scrolled. */
  scrollTop: number;
  /** The visible height of the rows' area (without a sticky header). */
  viewportHeight: number;
  rowHeight: number;
  count: number;
  /** Rows kept on either side of those in view. */
  overscan: number;
}

/** First and last row to render, both included; `last` < `first` when there is nothing. */
export interface RowWindow {
  first: number;
  last: number;
}

export const EMPTY_WINDOW: RowWindow = { first: 0, last: -1 };

export function rowWindow({ scrollTop, viewportHeight, rowHeight, count, overscan }: WindowInput): RowWindow {
  if (count <= 0 || rowHeight <= 0) return EMPTY_WINDOW;
  const maxTop = Math.max(0, count * rowHeight - Math.max(0, viewportHeight));
  const top = Math.min(Math.max(0, scrollTop), maxTop);
  const firstInView = Math.min(count - 1, Math.floor(top / rowHeight));
  const lastInView = Math.min(count - 1, Math.max(firstInView, Math.ceil((top + Math.max(0, viewportHeight)) / rowHeight) - 1));
  const extra = Math.max(0, Math.floor(overscan));
  return { first: Math.max(0, firstInView - extra), last: Math.min(count - 1, lastInView + extra) };
}

/** The scroll position that brings row `index` fully into view, moving as little as possible. */
export function scrollTopToShow(
  index: number,
  { scrollTop, viewportHeight, rowHeight }: Pick<WindowInput, 'scrollTop' | 'viewportHeight' | 'rowHeight'>,
): number {
  const rowTop = index * rowHeight;
  const rowBottom = rowTop + rowHeight;
  if (rowTop < scrollTop) return rowTop;
  if (rowBottom > scrollTop + viewportHeight) return Math.max(0, rowBottom - viewportHeight);
  return scrollTop;
}

/** How many whole rows fit in view (at least one): the step of Page Up and Page Down. */
export function rowsPerPage(viewportHeight: number, rowHeight: number): number {
  return rowHeight > 0 ? Math.max(1, Math.floor(viewportHeight / rowHeight)) : 1;
}
