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

/**
 * What a person types for a day → 'YYYY-MM-DD': 'TT.MM.JJJJ', 'T.M.JJ' (20JJ) or 'TTMMJJJJ';
 * '' → null; anything else, or a day that does not exist, → undefined.
 */
export function parseGermanDay(text: string): string | null | undefined {
  const value = text.trim();
  if (value === '') return null;
  const match = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/.exec(value) ?? /^(\d{2})(\d{2})(\d{4})$/.exec(value);
  if (!match) return undefined;
  const [d, m] = [Number(match[1]), Number(match[2])];
  const y = match[3]!.length === 2 ? 2000 + Number(match[3]) : Number(match[3]);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return `${y}-${two(m)}-${two(d)}`;
}

/** A time of day as typed, 24 hours: '14:05', '14.05', '1405' or '9:05' → '14:05'; '' → null; else undefined. */
export function parseGermanTime(text: string): string | null | undefined {
  const value = text.trim();
  if (value === '') return null;
  const match = /^(\d{1,2})[:.]?(\d{2})$/.exec(value);
  if (!match) return undefined;
  const [h, m] = [Number(match[1]), Number(match[2])];
  return h <= 23 && m <= 59 ? `${two(h)}:${two(m)}` : undefined;
}
