/**
 * The raw indicator tables, before anonymisation: true counts (with their cell keys for the
 * perturbation), minutes of contacts, and medians with the number of cases they rest on and
 * those cases' key sum. No shares: a share next to its suppressed counts gives them away.
 * They never leave the main process; anonymise.ts turns them into the published tables.
 */
import type { CountTiming, StatisticsSection } from '../../contract/statisticsDocument';
import { addKeys, type RecordKeyer } from './cellKey';

export interface Line {
  key: string;
  label: string;
}

interface TableHead {
  id: string;
  section: StatisticsSection;
  title: string;
  rowTitle: string;
}

export interface RawCountTable extends TableHead {
  kind: 'counts';
  timing: CountTiming;
  unitOfCount: string;
  columnTitle: string | null;
  rows: Line[];
  columns: Line[];
  counts: number[][];
  /** Sum of the counted records' keys per cell (cell-key method). */
  keys: number[][];
}

/** Hours of contacts: published exactly where the table of contacts they belong to publishes its count. */
export interface RawHoursTable extends TableHead {
  kind: 'hours';
  timing: CountTiming;
  columnTitle: string | null;
  rows: Line[];
  columns: Line[];
  minutes: number[][];
  /** The id of the count table with the same rows and columns. */
  countsOf: string;
}

export interface RawMeasure extends Line {
  unitOfMeasure: string;
  value: number | null;
  /** How many cases (or persons) the value rests on. */
  basis: number;
  /** Sum of the keys of the records it rests on (cell-key method), so the median moves like a cell of those records. */
  keys: number;
}

export interface RawMeasureTable extends TableHead {
  kind: 'measures';
  rows: RawMeasure[];
}

export type RawTable = RawCountTable | RawHoursTable | RawMeasureTable;

type Head = TableHead & {
  columnTitle: string | null;
  rows: readonly Line[];
  columns: readonly Line[];
  /**
   * Default 'zeitraum': what happened in the quarter, each record in exactly one quarter (so
   * quarters add up). 'stichtag': the state on its last day.
   */
  timing?: CountTiming;
};

/** Counts records into rows × columns; with `minutes`, also adds up their minutes. */
export class Tally {
  private readonly rowIndex: Map<string, number>;
  private readonly columnIndex: Map<string, number>;
  private readonly counts: number[][];
  private readonly keys: number[][];
  private readonly minutes: number[][];

  constructor(
    private readonly head: Head,
    private readonly keyOf: RecordKeyer,
  ) {
    this.rowIndex = new Map(head.rows.map((r, i) => [r.key, i]));
    this.columnIndex = new Map(head.columns.map((c, j) => [c.key, j]));
    const grid = () => head.rows.map(() => head.columns.map(() => 0));
    this.counts = grid();
    this.keys = grid();
    this.minutes = grid();
  }

  /** One record in one cell; `record` is "<kind>:<id>". */
  add(row: string, column: string, record: string, minutes = 0): void {
    const i = this.rowIndex.get(row);
    const j = this.columnIndex.get(column);
    if (i === undefined || j === undefined) throw new Error(`${this.head.id}: no cell ${row} × ${column}`);
    this.counts[i]![j]! += 1;
    this.keys[i]![j] = addKeys(this.keys[i]![j]!, this.keyOf(record));
    this.minutes[i]![j]! += minutes;
  }

  counted(unitOfCount: string): RawCountTable {
    return { kind: 'counts', ...this.headFields(), unitOfCount, counts: this.counts, keys: this.keys };
  }

  /** The minutes as a table of hours, suppressed like `countsOf`. */
  hours(id: string, title: string, countsOf: string): RawHoursTable {
    return { kind: 'hours', ...this.headFields(), id, title, minutes: this.minutes, countsOf };
  }

  private headFields() {
    const { id, section, title, rowTitle, columnTitle, rows, columns, timing = 'zeitraum' } = this.head;
    return { id, section, title, rowTitle, columnTitle, timing, rows: [...rows], columns: [...columns] };
  }
}

/** The one column of a table that only counts. */
export const COUNT_COLUMN: Line = { key: 'anzahl', label: 'Anzahl' };

/** Median of numbers (null for none). */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
