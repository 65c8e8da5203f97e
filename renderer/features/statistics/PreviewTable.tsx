/**
 * One table of the preview, exactly as it leaves the device: its heading, its charts (where one is
 * set for it), the counts with "•" for hidden cells, or the medians and shares, and a note on "•".
 */
import { useId } from 'react';
import type { CountTableDoc, MeasureTableDoc, StatisticsTableDoc } from '../../../electron/contract/statisticsDocument';
import { countText, measureText } from '../../../electron/contract/numberText';
import { statisticsTexts as t } from '../../i18n/statistics';
import { BarChart, type ChartBar } from './BarChart';
import { chartPoints, chartSpecsFor } from './chartSpecs';
import { CountGrid } from './CountGrid';

export function HiddenMark() {
  return (
    <span className="stats-hidden">
      <span aria-hidden="true">{t.suppressedSign}</span>
      <span className="sr-only">{t.suppressedSr}</span>
    </span>
  );
}

function count(value: number | null) {
  return value === null ? <HiddenMark /> : countText(value);
}

function hasHidden(table: CountTableDoc): boolean {
  return (
    table.total === null || table.columnTotals.includes(null) || (table.rowTotals?.includes(null) ?? false) || table.cells.some((row) => row.includes(null))
  );
}

function Charts({ table }: { table: CountTableDoc }) {
  const specs = chartSpecsFor(table.id);
  return (
    <>
      {specs.map((spec) => {
        const bars: ChartBar[] = chartPoints(table, spec.by).map(({ key, label, cell }) => ({
          key,
          label,
          value: cell,
          open: false,
          text: cell === null ? `${t.suppressedSign} ${t.chartSuppressedBar}` : countText(cell),
        }));
        // Nothing published above zero: a chart would show no more than the table.
        if (!bars.some((bar) => bar.value !== null && bar.value > 0)) return null;
        const notes = bars.some((bar) => bar.value === null) ? [t.chartSuppressedNote] : [];
        return <BarChart key={spec.by} title={spec.title} bars={bars} notes={notes} />;
      })}
    </>
  );
}

function CountTableView({ table, threshold }: { table: CountTableDoc; threshold: number }) {
  const headingId = useId();
  return (
    <div className="stats-table-block">
      <h3 id={headingId}>{table.title}</h3>
      <Charts table={table} />
      <CountGrid
        labelledBy={headingId}
        rowTitle={table.rowTitle}
        columnTitle={table.columnTitle}
        rows={table.rows}
        columns={table.columns}
        cells={table.cells}
        rowTotals={table.rowTotals}
        columnTotals={table.columnTotals}
        total={table.total}
        renderCell={count}
      />
      {hasHidden(table) ? <p className="stats-note">{table.unitOfCount === 'Stunden' ? t.suppressedHoursNote : t.suppressedNote(threshold)}</p> : null}
    </div>
  );
}

function MeasureTableView({ table, threshold }: { table: MeasureTableDoc; threshold: number }) {
  const headingId = useId();
  return (
    <div className="stats-table-block">
      <h3 id={headingId}>{table.title}</h3>
      <table className="stats-table" aria-labelledby={headingId}>
        <thead>
          <tr>
            <th scope="col" className="stats-row-title">
              {table.rowTitle}
            </th>
            <th scope="col" className="stats-number">
              {t.value}
            </th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              <td className="stats-number">{row.value === null ? <HiddenMark /> : measureText(row.value, row.unitOfMeasure)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {table.rows.some((row) => row.value === null) ? <p className="stats-note">{t.measureNote(threshold)}</p> : null}
    </div>
  );
}

export function PreviewTable({ table, threshold }: { table: StatisticsTableDoc; threshold: number }) {
  return table.kind === 'counts' ? <CountTableView table={table} threshold={threshold} /> : <MeasureTableView table={table} threshold={threshold} />;
}
