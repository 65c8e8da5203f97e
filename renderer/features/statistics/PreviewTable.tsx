/**
 * One table of the preview, exactly as it leaves the device: its heading (marked "vorläufig" while
 * the quarter runs), its charts (where one is set for it), the counts with "•" for hidden cells or
 * the medians, and a note on "•". Under some count tables, shares computed from the published
 * counts (not part of the file; see shares.ts).
 */
import { type ReactNode, useId } from 'react';
import type { CountTableDoc, MeasureTableDoc, StatisticsTableDoc } from '../../../electron/contract/statisticsDocument';
import { countText, measureText } from '../../../electron/contract/numberText';
import { statisticsTexts as t } from '../../i18n/statistics';
import { BarChart, type ChartBar } from './BarChart';
import { chartPoints, chartSpecsFor } from './chartSpecs';
import { CountGrid } from './CountGrid';
import { type ShareValue, sharesOf } from './shares';

export function HiddenMark() {
  return (
    <span className="stats-hidden">
      <span aria-hidden="true">{t.hiddenSign}</span>
      <span className="sr-only">{t.hiddenSr}</span>
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
          text: cell === null ? `${t.hiddenSign} ${t.chartSuppressedBar}` : countText(cell),
        }));
        // Nothing published above zero: a chart would show no more than the table.
        if (!bars.some((bar) => bar.value !== null && bar.value > 0)) return null;
        const notes = bars.some((bar) => bar.value === null) ? [t.chartSuppressedNote] : [];
        return <BarChart key={spec.by} title={spec.title} bars={bars} notes={notes} />;
      })}
    </>
  );
}

function shareText(value: ShareValue) {
  if (value === 'hidden') return <HiddenMark />;
  if (value === 'none') return t.noShare;
  return measureText(value, '%');
}

/** A table of one value per row (a share, a median), labelled by a heading. */
function ValueTable({
  labelledBy,
  rowTitle,
  valueTitle,
  rows,
}: {
  labelledBy: string;
  rowTitle: string;
  valueTitle: string;
  rows: { key: string; label: string; value: ReactNode }[];
}) {
  return (
    <table className="stats-table" aria-labelledby={labelledBy}>
      <thead>
        <tr>
          <th scope="col" className="stats-row-title">
            {rowTitle}
          </th>
          <th scope="col" className="stats-number">
            {valueTitle}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            <td className="stats-number">{row.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Shares computed from the published counts of this table, with the note that they are not in the file. */
function Shares({ table }: { table: CountTableDoc }) {
  const headingId = useId();
  const shares = sharesOf(table);
  if (!shares) return null;
  return (
    <div className="stats-shares">
      <h4 id={headingId}>{shares.title}</h4>
      <ValueTable
        labelledBy={headingId}
        rowTitle={table.rowTitle}
        valueTitle={t.shareColumn}
        rows={shares.rows.map((row) => ({ ...row, value: shareText(row.value) }))}
      />
      <p className="stats-note">{t.sharesNote}</p>
    </div>
  );
}

function TableHeading({ id, title, provisional }: { id: string; title: string; provisional: boolean }) {
  return (
    <div className="stats-table-heading">
      <h3 id={id}>{title}</h3>
      {provisional ? <span className="stats-badge">{t.provisionalBadge}</span> : null}
    </div>
  );
}

function CountTableView({ table, threshold, provisional }: { table: CountTableDoc; threshold: number; provisional: boolean }) {
  const headingId = useId();
  return (
    <div className="stats-table-block">
      <TableHeading id={headingId} title={table.title} provisional={provisional} />
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
      <Shares table={table} />
    </div>
  );
}

function MeasureTableView({ table, threshold, provisional }: { table: MeasureTableDoc; threshold: number; provisional: boolean }) {
  const headingId = useId();
  return (
    <div className="stats-table-block">
      <TableHeading id={headingId} title={table.title} provisional={provisional} />
      <ValueTable
        labelledBy={headingId}
        rowTitle={table.rowTitle}
        valueTitle={t.value}
        rows={table.rows.map((row) => ({ ...row, value: row.value === null ? <HiddenMark /> : measureText(row.value, row.unitOfMeasure) }))}
      />
      {table.rows.some((row) => row.value === null) ? <p className="stats-note">{t.measureNote(threshold)}</p> : null}
    </div>
  );
}

export function PreviewTable({ table, threshold, provisional }: { table: StatisticsTableDoc; threshold: number; provisional: boolean }) {
  return table.kind === 'counts' ? (
    <CountTableView table={table} threshold={threshold} provisional={provisional} />
  ) : (
    <MeasureTableView table={table} threshold={threshold} provisional={provisional} />
  );
}
