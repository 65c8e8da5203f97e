/**
 * Dates as German readers expect them. A plain date ('YYYY-MM-DD') is shown as it is written; a
 * date-time is a moment and is shown in the device's local time, so a follow-up done late in the
 * evening keeps its day whatever the time zone.
 */

const two = (n: number) => String(n).padStart(2, '0');

/** '2026-11-21' → '21.11.2026'; a date-time → its local day; anything else as it is; empty → ''. */
export function germanDay(iso: string | null | undefined): string {
  if (!iso) return '';
  const plain = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (plain) return `${plain[3]}.${plain[2]}.${plain[1]}`;
  if (!/^\d{4}-\d{2}-\d{2}T/.test(iso)) return iso;
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? iso : `${two(at.getDate())}.${two(at.getMonth() + 1)}.${at.getFullYear()}`;
}

/** A date-time → its local time '14:05'. */
export function germanTime(iso: string): string {
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? iso : `${two(at.getHours())}:${two(at.getMinutes())}`;
}

/** A date-time → '21.11.2026, 14:05' in local time. */
export function germanDateTime(iso: string): string {
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? iso : `${germanDay(iso)}, ${germanTime(iso)}`;
}
