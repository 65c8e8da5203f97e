/**
 * The renderer's one clock. Everything on screen that depends on "now" or "today" (default dates
 * in forms, "überfällig", countdowns) reads it here, so tests can set the moment once instead of
 * depending on the day they happen to run. The main process has its own (ServiceContext.now).
 */

type Source = () => Date;

const realTime: Source = () => new Date();
let source: Source = realTime;

const two = (n: number) => String(n).padStart(2, '0');

/** This moment. */
export function now(): Date {
  return source();
}

/** Today on this device, 'YYYY-MM-DD' in local time (what a case manager means by "today"). */
export function today(at: Date = now()): string {
  return `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}`;
}

/** This moment as a datetime-local field wants it: 'YYYY-MM-DDTHH:MM' in local time. */
export function nowLocalInput(at: Date = now()): string {
  return `${today(at)}T${two(at.getHours())}:${two(at.getMinutes())}`;
}

/**
 * Tests only: a fixed moment, a function to read (e.g. one that follows faked timers), or null
 * for the real time again.
 */
export function setClock(next: Date | Source | null): void {
  if (next === null) source = realTime;
  else if (next instanceof Date) {
    const fixed = next.getTime();
    source = () => new Date(fixed);
  } else source = next;
}
