/** Dates as German readers expect them, the partial birth date, and codes turned into German names. */
import { COUNTRIES, LANGUAGES } from '../../i18n/cases';
import { germanDateTime } from '../../i18n/dates';

const two = (n: number) => String(n).padStart(2, '0');

/** '2026-11-21' → '21.11.2026'; a date-time gets its local time: '21.11.2026, 14:05'. */
export function germanDate(value: string | null | undefined): string {
  if (!value) return '–';
  if (value.length <= 10) {
    const [y, m, d] = value.split('-');
    if (!m) return y ?? value;
    if (!d) return `${m}.${y}`;
    return `${d}.${m}.${y}`;
  }
  return germanDateTime(value);
}

/** The contract's partial date ('YYYY', 'YYYY-MM', 'YYYY-MM-DD') as typed in German. */
export function birthDateToText(value: string | null): string {
  return value ? germanDate(value) : '';
}

function exists(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * 'TT.MM.JJJJ', 'MM.JJJJ' or 'JJJJ' → the contract's format; '' → null; anything else → undefined
 * (the form says what is wrong).
 */
export function parseBirthDate(text: string): string | null | undefined {
  const value = text.trim();
  if (value === '') return null;
  let match = /^(\d{4})$/.exec(value);
  if (match) return match[1]!;
  match = /^(\d{1,2})[./](\d{4})$/.exec(value);
  if (match) {
    const m = Number(match[1]);
    return m >= 1 && m <= 12 ? `${match[2]}-${two(m)}` : undefined;
  }
  match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
  if (match) {
    const [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
    return exists(y, m, d) ? `${y}-${two(m)}-${two(d)}` : undefined;
  }
  return undefined;
}

export function countryName(code: string): string {
  return COUNTRIES[code] ?? code;
}

export function languageName(code: string): string {
  return LANGUAGES[code] ?? code;
}

/** 'a, b' for lists of codes or names; '–' when empty. */
export function joined(items: readonly string[]): string {
  return items.length ? items.join(', ') : '–';
}

/** The options of a label record, in its order. */
export function optionsOf<V extends string>(record: Record<V, string>): { value: V; label: string }[] {
  return (Object.keys(record) as V[]).map((value) => ({ value, label: record[value] }));
}
