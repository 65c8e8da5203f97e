/** Times of the consultation hour as German readers expect them. */
import { germanDate } from '../cases/format';

const two = (n: number) => String(n).padStart(2, '0');

/** An ISO date-time → its local time "14:05". */
export function clock(iso: string): string {
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? iso : `${two(at.getHours())}:${two(at.getMinutes())}`;
}

/** An ISO date-time → its local date "21.11.2026". */
export function localDate(iso: string): string {
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? iso : `${two(at.getDate())}.${two(at.getMonth() + 1)}.${at.getFullYear()}`;
}

export { germanDate };
