/**
 * The reporting periods of a unit's statistic: calendar quarters ('2026-Q3'), nothing else.
 * Quarters never overlap and never nest, so no combination of a unit's documents can be
 * subtracted from another to uncover a hidden count; half-years and years are sums of quarters,
 * built by the district view. A quarter can be exported once it has ended; while it runs it can
 * only be previewed.
 */
import { KimError } from '../../contract/errors';
import type { QuarterState, StatisticsPeriod } from '../../contract/areas/statistics';

export interface Period {
  /** '2026-Q3'. */
  label: string;
  /** First and last day, YYYY-MM-DD. */
  from: string;
  to: string;
}

/** What a user may type: a quarter, or a year or half-year that is refused with its reason. */
const LABEL = /^(\d{4})(?:-(H[12]|Q[1-4]))?$/;
const FIRST_YEAR = 2000;
/** Quarters offered: of this and the two previous years. */
const YEARS_OFFERED = 3;

const pad = (n: number) => String(n).padStart(2, '0');
const lastDayOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

function quarter(year: number, q: number): Period {
  const first = (q - 1) * 3 + 1;
  const last = first + 2;
  return { label: `${year}-Q${q}`, from: `${year}-${pad(first)}-01`, to: `${year}-${pad(last)}-${pad(lastDayOfMonth(year, last))}` };
}

/**
 * Reads '2026-Q3'. Refuses a year or half-year (PERIOD_NOT_QUARTER: they would nest with the
 * quarters), other text (PERIOD_INVALID) and quarters not yet begun (PERIOD_NOT_STARTED).
 */
export function parseQuarter(label: string, today: string): Period {
  const match = LABEL.exec(label);
  const year = Number(match?.[1]);
  if (!match || year < FIRST_YEAR) throw new KimError('PERIOD_INVALID');
  const part = match[2];
  if (part === undefined || part.startsWith('H')) throw new KimError('PERIOD_NOT_QUARTER');
  const period = quarter(year, Number(part.slice(1)));
  if (period.from > today) throw new KimError('PERIOD_NOT_STARTED');
  return period;
}

/** The quarter runs until the end of its last day: only then are its numbers final. */
export const isRunning = (period: Period, today: string): boolean => period.to >= today;

/** The day the numbers are taken on: the quarter's last day, or today while it runs. */
export const asOfDay = (period: Period, today: string): string => (isRunning(period, today) ? today : period.to);

/** "3. Quartal 2026". */
export const quarterTitle = (period: Period): string => `${period.label.slice(-1)}. Quartal ${period.label.slice(0, 4)}`;

export function quarterState(period: Period, today: string, publishedOn: string | null): QuarterState {
  if (publishedOn !== null) return 'veroeffentlicht';
  return isRunning(period, today) ? 'laufend' : 'bereit';
}

/**
 * The quarters that can be chosen, newest first: those of this and the two previous years that
 * have begun, and every quarter published earlier (it can always be exported again).
 */
export function quarterChoices(today: string, published: ReadonlyMap<string, string>): StatisticsPeriod[] {
  const thisYear = Number(today.slice(0, 4));
  const periods = new Map<string, Period>();
  for (let year = thisYear; year > thisYear - YEARS_OFFERED && year >= FIRST_YEAR; year--) {
    for (let q = 4; q >= 1; q--) {
      const period = quarter(year, q);
      if (period.from <= today) periods.set(period.label, period);
    }
  }
  for (const label of published.keys()) if (!periods.has(label)) periods.set(label, parseQuarter(label, today));
  return [...periods.values()]
    .sort((a, b) => b.from.localeCompare(a.from))
    .map((period) => {
      const publishedOn = published.get(period.label) ?? null;
      return { ...period, title: quarterTitle(period), state: quarterState(period, today, publishedOn), publishedOn };
    });
}
