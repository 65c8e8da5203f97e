/**
 * One merged district table: counts with honest lower bounds ("≥ 37") and unknowns ("•"), its
 * charts, the comparison with the previous period and each unit's own total; or, for medians
 * that cannot be added up, one row per unit and one column per quarter.
 */
import { useId } from 'react';
import {
  districtCellText,
  periodTitle,
  type DistrictCell,
  type DistrictComparedCell,
  type DistrictCountTable,
  type DistrictMeasureTable,
  type DistrictReport,
  type DistrictTable,
  type DistrictUnit,
} from '../../../electron/contract/areas/district';
import { supervisionBand } from '../../../electron/contract/districtAggregation';
import { changeText, measureText } from '../../../electron/contract/numberText';
import { districtTexts as t } from '../../i18n/district';
import { aggregationTexts as a } from '../../i18n/districtRoster';
import { germanDay } from '../../i18n/dates';
import { BarChart, type ChartBar, type ChartValue } from '../statistics/BarChart';
import { chartPoints, chartSpecsFor } from '../statistics/chartSpecs';
import { CountGrid } from '../statistics/CountGrid';

/** A merged number as it reads, with a spoken form for "≥" and "•". */
export function DistrictNumber({ cell }: { cell: DistrictCell }) {
  const text = districtCellText(cell);
  if (cell.value === null) {
    return (
      <span className="district-unknown">
        <span aria-hidden="true">{text}</span>
        <span className="sr-only">{t.unknownSr}</span>
      </span>
    );
  }
  if (!cell.lowerBound) return <>{text}</>;
  return (
    <span className="district-bound">
      <span aria-hidden="true">{text}</span>
      <span className="sr-only">{t.lowerBoundSr(cell.value.toLocaleString('de-DE'))}</span>
    </span>
  );
}

const inexact = (cell: DistrictCell) => cell.value === null || cell.lowerBound;

function chartValue(cell: DistrictCell): ChartValue {
  const text = districtCellText(cell);
  return { value: cell.value, open: cell.lowerBound && cell.value !== null, text: cell.value === null ? `${text} ${t.chartUnknown}` : text };
}

function Charts({ table, report }: { table: DistrictCountTable; report: DistrictReport }) {
  const series = report.previous ? { current: report.period.title, previous: report.previous.period.title } : null;
  return (
    <>
      {chartSpecsFor(table.id).map((spec) => {
        const points = chartPoints(table, spec.by);
        const bars: ChartBar[] = points.map(({ key, label, cell }) => ({
          key,
          label,
          ...chartValue(cell),
          previous: cell.previous ? chartValue(cell.previous) : series ? { value: null, open: false, text: t.none, absent: true } : null,
        }));
        // Nothing known above zero in this period: a chart would show no more than the table.
        if (!points.some(({ cell }) => cell.value !== null && cell.value > 0)) return null;
        const cells = points.flatMap(({ cell }) => [cell, ...(series && cell.previous ? [cell.previous] : [])]);
        const notes = [
          ...(cells.some((c) => c.value !== null && c.lowerBound) ? [t.chartOpenNote] : []),
          ...(cells.some((c) => c.value === null) ? [t.chartUnknownNote] : []),
        ];
        return <BarChart key={spec.by} title={spec.title} bars={bars} series={series} notes={notes} />;
      })}
    </>
  );
}

/**
 * This period next to the previous one, line by line (the rows of a one-column table, else the
 * row totals) and in total. For a one-column table it is the table itself, named by its heading.
 */
function Comparison({ table, report, labelledBy }: { table: DistrictCountTable; report: DistrictReport; labelledBy?: string }) {
  if (!report.previous) return null;
  const lines = chartPoints(table, 'rows');
  const row = (label: string, cell: DistrictComparedCell) => (
    <>
      <th scope="row">{label}</th>
      <td className="stats-number">
        <DistrictNumber cell={cell} />
      </td>
      <td className="stats-number">{cell.previous ? <DistrictNumber cell={cell.previous} /> : t.none}</td>
      <td className="stats-number">{cell.change === null ? t.none : changeText(cell.change)}</td>
    </>
  );
  return (
    <table className={labelledBy ? 'stats-table' : 'stats-table district-comparison'} aria-labelledby={labelledBy}>
      {labelledBy ? null : <caption>{t.comparisonCaption(report.previous.period.title)}</caption>}
      <thead>
        <tr>
          <th scope="col" className="stats-row-title">
            {table.rowTitle}
          </th>
          <th scope="col" className="stats-number">
            {report.period.title}
          </th>
          <th scope="col" className="stats-number">
            {report.previous.period.title}
          </th>
          <th scope="col" className="stats-number">
            {t.change}
          </th>
        </tr>
      </thead>
      <tbody>
        {lines.map(({ key, label, cell }) => (
          <tr key={key}>{row(label, cell)}</tr>
        ))}
      </tbody>
      <tfoot>
        <tr className="stats-total">{row(t.total, table.total)}</tr>
      </tfoot>
    </table>
  );
}

function UnitTotals({ table, units, masked }: { table: DistrictCountTable; units: readonly DistrictUnit[]; masked: boolean }) {
  // A report from masked exports has unit totals only for supervision (in bands), for most tables none.
  if (table.unitTotals.length === 0) return null;
  // A band's lower end reads "≥ 30"; below the first band, "unter 10" (the band follows the unit's k).
  const totalText = (u: DistrictCountTable['unitTotals'][number]) =>
    masked && u.total === null
      ? a.unitTotalBelow(supervisionBand(unitOf(u.unitId)?.threshold ?? 5))
      : districtCellText({ value: u.total, lowerBound: u.lowerBound });
  const unitOf = (id: string) => units.find((u) => u.id === id);
  // Without the table: because the unit delivered no export of the quarters it needs, or because its exports lack it.
  const absent = (id: string) => ((unitOf(id)?.missingQuarters.length ?? 0) > 0 ? t.unitTotalNoExport : t.unitTotalMissing);
  return (
    <p className="district-unit-totals">
      {masked ? a.unitTotalsBands : t.unitTotals}:{' '}
      {table.unitTotals.map((u) => `${unitOf(u.unitId)?.name ?? u.unitId}: ${!u.hasTable ? absent(u.unitId) : totalText(u)}`).join('; ')}
    </p>
  );
}

/** How the table's numbers were taken: on the period's last day, or summed over its quarters. */
function timingNote(table: DistrictCountTable, report: DistrictReport): string | null {
  if (table.timing === 'stichtag') return t.timingStichtag(germanDay(report.period.to));
  return report.period.quarters.length > 1 ? t.timingSum(report.period.title) : null;
}

function CountTableView({ table, report }: { table: DistrictCountTable; report: DistrictReport }) {
  const headingId = useId();
  const all = [...table.cells.flat(), ...(table.rowTotals ?? []), ...table.columnTotals, table.total];
  // A one-column table and its comparison are one table: this period, the previous one, the change.
  const merged = report.previous !== null && table.rowTotals === null;
  return (
    <div className="stats-table-block">
      <h3 id={headingId}>{table.title}</h3>
      {timingNote(table, report) ? <p className="stats-note">{timingNote(table, report)}</p> : null}
      <Charts table={table} report={report} />
      {merged ? (
        <Comparison table={table} report={report} labelledBy={headingId} />
      ) : (
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
          renderCell={(cell) => <DistrictNumber cell={cell} />}
        />
      )}
      {all.some(inexact) ? <p className="stats-note">{report.aggregation && !all.some((c) => c.lowerBound) ? a.tableNote : t.tableNote}</p> : null}
      <UnitTotals table={table} units={report.units} masked={report.aggregation !== null} />
      {merged ? null : <Comparison table={table} report={report} />}
    </div>
  );
}

function MeasureTableView({ table, report }: { table: DistrictMeasureTable; report: DistrictReport }) {
  const headingId = useId();
  const { quarters } = report.period;
  return (
    <div className="stats-table-block">
      <h3 id={headingId}>{table.title}</h3>
      <table className="stats-table" aria-labelledby={headingId}>
        <thead>
          <tr>
            <th scope="col" className="stats-row-title">
              {t.measureUnitColumn(table.rowTitle)}
            </th>
            {quarters.map((quarter) => (
              <th scope="col" key={quarter} className="stats-number">
                {periodTitle(quarter)}
              </th>
            ))}
          </tr>
        </thead>
        {table.rows.map((row) => (
          <tbody key={row.key}>
            <tr>
              <th scope="colgroup" colSpan={quarters.length + 1} className="district-measure-label">
                {row.label}
              </th>
            </tr>
            {report.units.map((unit) => (
              <tr key={unit.id}>
                <th scope="row" className="district-measure-unit">
                  {unit.name}
                </th>
                {quarters.map((quarter) => {
                  const entry = row.values.find((v) => v.unitId === unit.id && v.quarter === quarter);
                  return (
                    <td key={quarter} className="stats-number">
                      {!entry ? (
                        t.none
                      ) : entry.value === null ? (
                        <DistrictNumber cell={{ value: null, lowerBound: false }} />
                      ) : (
                        measureText(entry.value, row.unitOfMeasure)
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
      <p className="stats-note">{t.measureNote}</p>
    </div>
  );
}

export function DistrictTableView({ table, report }: { table: DistrictTable; report: DistrictReport }) {
  return table.kind === 'counts' ? <CountTableView table={table} report={report} /> : <MeasureTableView table={table} report={report} />;
}
