/**
 * A table of counts: rows × columns with row totals (when there are several columns), column
 * totals and the grand total, headers with scope. The cells' look is the caller's (a plain or
 * hidden count in the preview, a lower bound in the district view).
 */
import type { ReactNode } from 'react';
import { statisticsTexts as t } from '../../i18n/statistics';

interface Line {
  key: string;
  label: string;
}

export interface CountGridProps<C> {
  /** Id of the heading that names the table. */
  labelledBy: string;
  rowTitle: string;
  columnTitle: string | null;
  rows: readonly Line[];
  columns: readonly Line[];
  cells: readonly (readonly C[])[];
  rowTotals: readonly C[] | null;
  columnTotals: readonly C[];
  total: C;
  renderCell: (cell: C) => ReactNode;
}

/** Tables with this many columns may be wider than a narrow window: they scroll sideways, reachable by keyboard. */
const WIDE = 3;

export function CountGrid<C>(props: CountGridProps<C>) {
  if (props.columns.length < WIDE) return <Grid {...props} />;
  return (
    <div className="stats-table-scroll" role="region" aria-labelledby={props.labelledBy} tabIndex={0}>
      <Grid {...props} />
    </div>
  );
}

function Grid<C>({ labelledBy, rowTitle, columnTitle, rows, columns, cells, rowTotals, columnTotals, total, renderCell }: CountGridProps<C>) {
  const grouped = rowTotals !== null && columnTitle !== null;
  return (
    <table className={columns.length < WIDE ? 'stats-table' : 'stats-table stats-table-wide'} aria-labelledby={labelledBy}>
      <thead>
        {grouped ? (
          <tr>
            <th scope="col" rowSpan={2} className="stats-row-title">
              {rowTitle}
            </th>
            <th scope="colgroup" colSpan={columns.length} className="stats-column-title">
              {columnTitle}
            </th>
            <th scope="col" rowSpan={2} className="stats-number">
              {t.total}
            </th>
          </tr>
        ) : null}
        <tr>
          {grouped ? null : (
            <th scope="col" className="stats-row-title">
              {rowTitle}
            </th>
          )}
          {columns.map((column) => (
            <th scope="col" key={column.key} className="stats-number">
              {column.label}
            </th>
          ))}
          {rowTotals !== null && !grouped ? (
            <th scope="col" className="stats-number">
              {t.total}
            </th>
          ) : null}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            {columns.map((column, j) => (
              <td key={column.key} className="stats-number">
                {renderCell(cells[i]![j]!)}
              </td>
            ))}
            {rowTotals !== null ? <td className="stats-number stats-total">{renderCell(rowTotals[i]!)}</td> : null}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t.total}</th>
          {columns.map((column, j) => (
            <td key={column.key} className="stats-number stats-total">
              {renderCell(columnTotals[j]!)}
            </td>
          ))}
          {rowTotals !== null ? <td className="stats-number stats-total">{renderCell(total)}</td> : null}
        </tr>
      </tfoot>
    </table>
  );
}
