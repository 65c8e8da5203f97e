import { describe, expect, it } from 'vitest';
import type { CountTableDoc } from '../../../electron/contract/statisticsDocument';
import { dayAfter, shortChecksum } from '../../../renderer/features/statistics/quarterDays';
import { sharesOf } from '../../../renderer/features/statistics/shares';

const goals = (cells: (number | null)[][], columnTotals: (number | null)[]): CountTableDoc => ({
  kind: 'counts',
  id: 'zyklus-ziele-ergebnis',
  section: 'zyklus',
  title: 'Ziele mit Ergebnis im Zeitraum nach Lebensbereich und Ergebnis',
  unitOfCount: 'Ziele',
  timing: 'zeitraum',
  rowTitle: 'Lebensbereich',
  columnTitle: 'Stand',
  rows: cells.map((_, i) => ({ key: `r${i}`, label: `Bereich ${i}` })),
  columns: ['offen', 'erreicht', 'teilweise_erreicht', 'nicht_erreicht', 'verworfen'].map((key) => ({ key, label: key })),
  cells,
  rowTotals: cells.map(() => null),
  columnTotals,
  total: null,
});

describe('shares from published counts', () => {
  it('rest only on their own columns: open and discarded goals, and the (perturbed) row totals, play no part', () => {
    const shares = sharesOf(goals([[null, 12, 6, 2, null]], [40, 12, 6, 2, 9]))!;
    expect(shares.rows.map((r) => r.value)).toEqual([60, 60]);
  });

  it('are hidden when any count they rest on is hidden, not when another is', () => {
    const shares = sharesOf(
      goals(
        [
          [5, null, 6, 7, 5],
          [5, 8, 6, null, 5],
          [null, 8, 8, 0, null],
        ],
        [null, 30, null, 11, 10],
      ),
    )!;
    expect(shares.rows.map((r) => [r.label, r.value])).toEqual([
      ['Alle', 'hidden'],
      ['Bereich 0', 'hidden'],
      ['Bereich 1', 'hidden'],
      ['Bereich 2', 50],
    ]);
  });

  it('are "none" where there is nothing to divide, and rounded to one decimal', () => {
    expect(sharesOf(goals([[3, 0, 0, 0, 0]], [3, 1, 1, 1, 0]))!.rows.map((r) => r.value)).toEqual([33.3, 'none']);
  });

  it('are not made for other tables, nor when the columns are not the expected ones', () => {
    expect(sharesOf({ ...goals([[1, 2, 3, 4, 5]], [1, 2, 3, 4, 5]), id: 'kontakte-art-ort' })).toBeNull();
    const renamed = goals([[1, 2, 3, 4, 5]], [1, 2, 3, 4, 5]);
    renamed.columns = renamed.columns.map((c) => (c.key === 'nicht_erreicht' ? { ...c, key: 'gescheitert' } : c));
    expect(sharesOf(renamed)).toBeNull();
  });
});

describe('quarter days', () => {
  it('the day after a quarter, across a year end and in a leap year, without a time zone', () => {
    expect(dayAfter('2026-12-31')).toBe('2027-01-01');
    expect(dayAfter('2026-09-30')).toBe('2026-10-01');
    expect(dayAfter('2028-02-28')).toBe('2028-02-29');
  });

  it('a short checksum to compare by eye', () => {
    expect(shortChecksum('0123456789abcdef'.repeat(4))).toBe('01234567 89abcdef …');
  });
});
