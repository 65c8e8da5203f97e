/**
 * The reporting periods of the statistic: a calendar year ('2026'), half-year ('2026-H1') or
 * quarter ('2026-Q3'). Periods never overlap, so the district can add units up. Only periods that
 * have begun can be reported; a running period is reported as of today.
 */
import { KimError } from '../../contract/errors';
import type { PeriodKind } from '../../contract/statisticsDocument';

export interface Period {
  label: string;
  kind: PeriodKind;
  /** First and last day, YYYY-MM-DD. */
  from: string;
  to: string;
}

export interface PeriodChoice extends Period {
  /** German, e.g. "1. Halbjahr 2026". */
  title: string;
  /** Today lies inside the period: its numbers are those of today, not of its last day. */
  running: boolean;
}

export const PERIOD_PATTERN = /^(\d{4})(?:-(H[12]|Q[1-4]))?$/;
const FIRST_YEAR = 2000;

const pad = (n: number) => String(n).padStart(2, '0');
const lastDayOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

function span(year: number, firstMonth: number, months: number): { from: string; to: string } {
  const lastMonth = firstMonth + months - 1;
  return { from: `${year}-${pad(firstMonth)}-01`, to: `${year}-${pad(lastMonth)}-${pad(lastDayOfMonth(year, lastMonth))}` };
}

/** Reads '2026', '2026-H1' or '2026-Q3'; refuses other text (PERIOD_INVALID) and periods not yet begun (PERIOD_NOT_STARTED). */
export function parsePeriod(label: string, today: string): Period {
  const match = PERIOD_PATTERN.exec(label);
  if (!match) throw new KimError('PERIOD_INVALID');
  const year = Number(match[1]);
  if (year < FIRST_YEAR) throw new KimError('PERIOD_INVALID');
  const part = match[2];
  let period: Period;
  if (part === undefined) period = { label, kind: 'jahr', ...span(year, 1, 12) };
  else if (part.startsWith('H')) period = { label, kind: 'halbjahr', ...span(year, part === 'H1' ? 1 : 7, 6) };
  else period = { label, kind: 'quartal', ...span(year, (Number(part.slice(1)) - 1) * 3 + 1, 3) };
  if (period.from > today) throw new KimError('PERIOD_NOT_STARTED');
  return period;
}

/** The day the numbers are taken on: the period's last day, or today while it runs. */
export const asOfDay = (period: Period, today: string): string => (period.to < today ? period.to : today);

export function periodTitle(period: Period): string {
  const year = period.label.slice(0, 4);
  if (period.kind === 'jahr') return `Jahr ${year}`;
  if (period.kind === 'halbjahr') return `${period.label.endsWith('H1') ? 1 : 2}. Halbjahr ${year}`;
  return `${period.label.slice(-1)}. Quartal ${year}`;
}

/** The periods that can be chosen: of this and the two previous years, those that have begun, the newest first, each year before its parts. */
export function periodChoices(today: string): PeriodChoice[] {
  const thisYear = Number(today.slice(0, 4));
  const choices: PeriodChoice[] = [];
  for (let year = thisYear; year >= Math.max(FIRST_YEAR, thisYear - 2); year--) {
    for (const part of ['', '-H2', '-H1', '-Q4', '-Q3', '-Q2', '-Q1']) {
      const period = tryParse(`${year}${part}`, today);
      if (period) choices.push({ ...period, title: periodTitle(period), running: period.to >= today });
    }
  }
  return choices;
}

function tryParse(label: string, today: string): Period | null {
  try {
    return parsePeriod(label, today);
  } catch {
    return null;
  }
}
