/**
 * Shares are not in the document (format 2): a published share next to its counts could pin a
 * hidden count. Where a share helps the reader, it is computed here from the *published* counts
 * only, so it says nothing the counts do not; where a count it rests on is hidden, the share is
 * hidden too ("•"). Used by the preview; the district view may use it on its merged tables.
 */
import type { CountTableDoc } from '../../../electron/contract/statisticsDocument';
import { statisticsTexts } from '../../i18n/statistics';

export interface ShareSpec {
  tableId: string;
  title: string;
  /** Column keys counted as "yes". */
  part: readonly string[];
  /** Column keys that make the whole (the part among them). */
  whole: readonly string[];
}

export const SHARE_SPECS: readonly ShareSpec[] = [
  {
    tableId: 'kontakte-sprache',
    title: statisticsTexts.shareTitles.interpreter,
    part: ['mit-sprachmittlung'],
    whole: ['mit-sprachmittlung', 'ohne-sprachmittlung'],
  },
  {
    tableId: 'zyklus-ziele-ergebnis',
    title: statisticsTexts.shareTitles.goalsReached,
    part: ['erreicht'],
    whole: ['erreicht', 'teilweise_erreicht', 'nicht_erreicht'],
  },
];

/** A share in percent (one decimal), 'hidden' when a count it rests on is hidden, 'none' when there is nothing to divide. */
export type ShareValue = number | 'hidden' | 'none';

export interface ShareRow {
  key: string;
  label: string;
  value: ShareValue;
}

function share(counts: ReadonlyMap<string, number | null>, spec: ShareSpec): ShareValue {
  const used = spec.whole.map((key) => counts.get(key) ?? null);
  if (used.some((v) => v === null)) return 'hidden';
  const whole = (used as number[]).reduce((sum, v) => sum + v, 0);
  if (whole === 0) return 'none';
  const part = spec.part.reduce((sum, key) => sum + (counts.get(key) ?? 0), 0);
  return Math.round((part / whole) * 1000) / 10;
}

/**
 * The shares of a table, the whole table first ("Alle", from the column totals), then row by row;
 * null when no share is set for the table or its columns are not those the share expects.
 */
export function sharesOf(table: CountTableDoc): { title: string; rows: ShareRow[] } | null {
  const spec = SHARE_SPECS.find((s) => s.tableId === table.id);
  if (!spec) return null;
  const index = new Map(table.columns.map((column, j) => [column.key, j]));
  if (!spec.whole.every((key) => index.has(key))) return null;
  const row = (values: readonly (number | null)[]) => new Map(spec.whole.map((key) => [key, values[index.get(key)!] ?? null]));
  return {
    title: spec.title,
    rows: [
      { key: 'alle', label: statisticsTexts.shareAll, value: share(row(table.columnTotals), spec) },
      ...table.rows.map((line, i) => ({ key: line.key, label: line.label, value: share(row(table.cells[i]!), spec) })),
    ],
  };
}
