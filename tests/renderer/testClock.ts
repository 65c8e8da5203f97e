/**
 * The moment every renderer test runs at (set in setup.ts through the renderer's one clock), and
 * fixtures relative to it. Moments are written as local wall-clock times, so a test reads
 * '03.11.2026, 13:05' on screen in any time zone the suite runs in.
 */

/** Saturday, 21 November 2026, 14:05 local time. */
export const TEST_NOW = new Date(2026, 10, 21, 14, 5);
export const TEST_TODAY = '2026-11-21';

/** A local wall-clock time ('2026-11-03T13:05') as the ISO instant the main process would send. */
export function localMoment(wallClock: string): string {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(wallClock)) throw new Error(`not a local wall-clock time: ${wallClock}`);
  // Without an offset, ECMAScript reads a date-time as local time.
  return new Date(wallClock).toISOString();
}
