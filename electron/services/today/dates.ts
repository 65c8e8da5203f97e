/** Calendar arithmetic on YYYY-MM-DD dates, and the German way of writing them. */
import { today } from '../context';

export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to`; negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The local calendar day of a date (kept as it is) or a date-time (converted to the device's day). */
export function dayOf(value: string): string {
  return value.length <= 10 ? value : today(new Date(value));
}

/** 21.11.2026 */
export function germanDate(date: string): string {
  const [y, m, d] = date.split('-');
  return `${d}.${m}.${y}`;
}
