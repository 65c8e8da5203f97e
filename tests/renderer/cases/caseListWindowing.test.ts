import { describe, expect, it } from 'vitest';
import { EMPTY_WINDOW, rowWindow, rowsPerPage, scrollTopToShow } from '../../../renderer/features/cases/windowing';

const base = { rowHeight: 40, viewportHeight: 400, count: 1000, overscan: 0 };

describe('rowWindow', () => {
  it('gives the rows in view at the top, in the middle and at the end', () => {
    expect(rowWindow({ ...base, scrollTop: 0 })).toEqual({ first: 0, last: 9 });
    expect(rowWindow({ ...base, scrollTop: 4000 })).toEqual({ first: 100, last: 109 });
    // a row cut in half at either edge is in view
    expect(rowWindow({ ...base, scrollTop: 4020 })).toEqual({ first: 100, last: 110 });
    expect(rowWindow({ ...base, scrollTop: 39_600 })).toEqual({ first: 990, last: 999 });
  });

  it('adds the overscan on both sides, within the list', () => {
    expect(rowWindow({ ...base, scrollTop: 4000, overscan: 5 })).toEqual({ first: 95, last: 114 });
    expect(rowWindow({ ...base, scrollTop: 0, overscan: 5 })).toEqual({ first: 0, last: 14 });
    expect(rowWindow({ ...base, scrollTop: 39_600, overscan: 5 })).toEqual({ first: 985, last: 999 });
  });

  it('stays inside the list when scrolled past either end (elastic scrolling, a list that got shorter)', () => {
    expect(rowWindow({ ...base, scrollTop: -120 })).toEqual({ first: 0, last: 9 });
    expect(rowWindow({ ...base, scrollTop: 1_000_000 })).toEqual({ first: 990, last: 999 });
    expect(rowWindow({ ...base, count: 3, scrollTop: 4000 })).toEqual({ first: 0, last: 2 });
  });

  it('handles short lists, empty lists and no measurable size', () => {
    expect(rowWindow({ ...base, count: 4, scrollTop: 0 })).toEqual({ first: 0, last: 3 });
    expect(rowWindow({ ...base, count: 0, scrollTop: 0 })).toEqual(EMPTY_WINDOW);
    expect(rowWindow({ ...base, rowHeight: 0, scrollTop: 0 })).toEqual(EMPTY_WINDOW);
    expect(rowWindow({ ...base, viewportHeight: 0, scrollTop: 400 })).toEqual({ first: 10, last: 10 });
  });
});

describe('scrollTopToShow', () => {
  const at = (scrollTop: number) => ({ scrollTop, viewportHeight: 400, rowHeight: 40 });
  it('leaves the position when the row is in view, else moves as little as possible', () => {
    expect(scrollTopToShow(5, at(0))).toBe(0);
    expect(scrollTopToShow(9, at(0))).toBe(0);
    expect(scrollTopToShow(10, at(0))).toBe(40); // one row further: the row at the bottom edge
    expect(scrollTopToShow(999, at(0))).toBe(39_600);
    expect(scrollTopToShow(3, at(4000))).toBe(120); // up: the row at the top edge
    expect(scrollTopToShow(0, at(4000))).toBe(0);
    expect(scrollTopToShow(100, at(4020))).toBe(4000); // half hidden at the top
  });
});

describe('rowsPerPage', () => {
  it('counts whole rows in view, at least one', () => {
    expect(rowsPerPage(400, 40)).toBe(10);
    expect(rowsPerPage(430, 40)).toBe(10);
    expect(rowsPerPage(20, 40)).toBe(1);
    expect(rowsPerPage(400, 0)).toBe(1);
  });
});
