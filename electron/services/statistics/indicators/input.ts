/** What every indicator reads: the open database, the period and its day bounds, the record keys. */
import type { KimDb } from '../../../../db/open';
import type { RecordKeyer } from '../cellKey';
import type { Period } from '../period';

export interface IndicatorInput {
  db: KimDb;
  period: Period;
  /** The day the state is taken on (period end, or today while the period runs). */
  asOf: string;
  /** Local midnight at the start of the period, and after `asOf`, as ISO instants (UTC), for moments. */
  fromInstant: string;
  endInstant: string;
  keyOf: RecordKeyer;
  /** Re-assessment cadence of the settings, for cases without their own. */
  reassessmentMonths: number;
  /** The unit's municipality (Einstellungen), a row of the municipality table besides those of the locations. */
  unitMunicipality: string | null;
}

/** Local midnight of a day as an ISO instant: how moments stored in UTC are compared with local days. */
export function startOfDayInstant(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d).toISOString();
}

export function dayAfter(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to.slice(0, 10)}T00:00:00Z`) - Date.parse(`${from.slice(0, 10)}T00:00:00Z`)) / 86_400_000);
}

export const inPeriod = (input: IndicatorInput, day: string): boolean => day >= input.period.from && day <= input.asOf;
export const momentInPeriod = (input: IndicatorInput, at: string): boolean => at >= input.fromInstant && at < input.endInstant;
