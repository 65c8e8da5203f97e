/**
 * Calendar arithmetic on plain dates (YYYY-MM-DD) for the demo timeline, and the simulated clock
 * the services read while the demo data is written: every record gets the moment it would have
 * been entered, never one after the real "today".
 */
import { today } from '../context';
import type { SeededRandom } from './random';

const DAY_MS = 86_400_000;

const utc = (date: string): number => Date.parse(`${date}T00:00:00Z`);
const fromUtc = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

export const addDays = (date: string, days: number): string => fromUtc(utc(date) + days * DAY_MS);
export const daysBetween = (from: string, to: string): number => Math.round((utc(to) - utc(from)) / DAY_MS);
export const minDate = (a: string, b: string): string => (a < b ? a : b);
export const maxDate = (a: string, b: string): string => (a > b ? a : b);

/** The same day `years` later (earlier when negative); 29 February becomes 28 February. */
export function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(y + years, m, 0)).getUTCDate();
  return fromUtc(Date.UTC(y + years, m - 1, Math.min(d, lastDay)));
}

/** A day in [from, to] (both included). */
export function dayBetween(rng: SeededRandom, from: string, to: string): string {
  return to <= from ? from : addDays(from, rng.int(0, daysBetween(from, to)));
}

/** Whole years of age on `date` for a birth date that may be only 'YYYY' or 'YYYY-MM'. */
export function ageOn(birthDate: string, date: string): number {
  const [by, bm = 7, bd = 1] = birthDate.split('-').map(Number) as [number, number?, number?];
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/**
 * The clock the demo's services read. Each day starts in the morning; later work on the same day
 * comes a little later. Never after the real moment the seed runs.
 */
export class SimClock {
  private moment: Date;
  private day = '';
  readonly today: string;

  constructor(
    private readonly real: Date,
    private readonly rng: SeededRandom,
  ) {
    this.moment = real;
    this.today = today(real);
  }

  now = (): Date => this.moment;

  /** Moves to `date` (YYYY-MM-DD, local time): a fresh morning, or some minutes later that day. */
  enter(date: string): void {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    const candidate = date === this.day ? new Date(this.moment.getTime() + this.rng.int(5, 40) * 60_000) : new Date(y, m - 1, d, 8, this.rng.int(0, 90));
    // Same day only: the evening never spills over into the next day.
    const endOfDay = new Date(y, m - 1, d, 19, 30);
    this.day = date;
    this.moment = new Date(Math.min(candidate.getTime(), endOfDay.getTime(), this.real.getTime()));
  }
}
