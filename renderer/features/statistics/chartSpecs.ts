/**
 * Where a picture says more than a table: which tables get a bar chart, and of what (the rows of
 * a one-column table or the row totals, or the column totals). Used by the preview and by the
 * district view, whose tables keep the same ids.
 */
import { statisticsTexts } from '../../i18n/statistics';

const titles = statisticsTexts.chartTitles;

export interface ChartSpec {
  tableId: string;
  by: 'rows' | 'columns';
  title: string;
}

export const CHART_SPECS: readonly ChartSpec[] = [
  { tableId: 'faelle-neu-zielgruppe', by: 'rows', title: titles.newByTargetGroup },
  { tableId: 'faelle-laufend-zielgruppe', by: 'rows', title: titles.activeByTargetGroup },
  { tableId: 'kontakte-art-ort', by: 'columns', title: titles.contactsByPlace },
  { tableId: 'kontakte-art-ort', by: 'rows', title: titles.contactsByType },
  { tableId: 'zyklus-ziele-ergebnis', by: 'columns', title: titles.goalsByOutcome },
  { tableId: 'zyklus-ziele-neu', by: 'rows', title: titles.newGoalsByLifeArea },
  { tableId: 'vermittlungen-rechtskreis', by: 'rows', title: titles.referralsByArea },
  { tableId: 'vermittlungen-strukturelle-luecken', by: 'columns', title: titles.gapsByReason },
  { tableId: 'vermittlungen-strukturelle-luecken', by: 'rows', title: titles.gapsByLifeArea },
  { tableId: 'abschluss-grund', by: 'rows', title: titles.closuresByReason },
];

export function chartSpecsFor(tableId: string): ChartSpec[] {
  return CHART_SPECS.filter((spec) => spec.tableId === tableId);
}

interface Line {
  key: string;
  label: string;
}

interface GridLike<C> {
  rows: readonly Line[];
  columns: readonly Line[];
  cells: readonly (readonly C[])[];
  rowTotals: readonly C[] | null;
  columnTotals: readonly C[];
}

/** The labelled numbers a chart of this spec shows. */
export function chartPoints<C>(table: GridLike<C>, by: ChartSpec['by']): { key: string; label: string; cell: C }[] {
  if (by === 'columns') return table.columns.map((column, j) => ({ key: column.key, label: column.label, cell: table.columnTotals[j]! }));
  return table.rows.map((row, i) => ({ key: row.key, label: row.label, cell: table.rowTotals ? table.rowTotals[i]! : table.cells[i]![0]! }));
}
