/** Field schemas every area's methods share: one definition of a date, an id, a text. */
import { z } from 'zod';

/** True for 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' naming a day, month or year that exists. */
function realDate(value: string): boolean {
  const [y, m = 1, d = 1] = value.split('-').map(Number) as [number, number?, number?];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A calendar date, YYYY-MM-DD. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine(realDate);
/** A date of birth: often only the year or the month is known. */
export const partialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
  .refine(realDate);
/** A date and time, with or without offset (without: the device's local time). */
export const isoDateTime = z.iso.datetime({ offset: true, local: true });
export const recordId = z.string().min(1).max(64);
