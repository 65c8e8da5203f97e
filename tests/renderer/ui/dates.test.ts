/**
 * Dates on screen in any time zone: a date-time is shown as its local day and time, a plain date
 * as written. Each case runs in zones on both sides of UTC (set here, not read from the machine).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { germanDate } from '../../../renderer/features/cases/format';
import { germanDateTime, germanDay } from '../../../renderer/i18n/dates';
import { now, nowLocalInput, setClock, today } from '../../../renderer/state/clock';
import { localMoment, TEST_NOW } from '../testClock';

const ZONES = ['Pacific/Auckland', 'America/Los_Angeles', 'Europe/Berlin', 'UTC'];
// vi.stubEnv sets process.env.TZ (Node takes the new zone at once) without the renderer's types knowing Node.
afterEach(() => {
  vi.unstubAllEnvs();
});

describe.each(ZONES)('dates in %s', (zone) => {
  it('shows a moment late or early in the day on its local day', () => {
    vi.stubEnv('TZ', zone);
    const lateEvening = localMoment('2026-11-30T23:30');
    const pastMidnight = localMoment('2026-12-01T00:30');
    expect(germanDay(lateEvening)).toBe('30.11.2026');
    expect(germanDay(pastMidnight)).toBe('01.12.2026');
    // The follow-ups' "erledigt am" is shown with germanDay too.
    expect(germanDay(pastMidnight)).toBe('01.12.2026');
    expect(germanDateTime(lateEvening)).toBe('30.11.2026, 23:30');
    expect(germanDate(pastMidnight)).toBe('01.12.2026, 00:30');
  });

  it('shows a plain date as written, whatever the zone', () => {
    vi.stubEnv('TZ', zone);
    expect(germanDay('2026-03-01')).toBe('01.03.2026');
    expect(germanDate('2026-03-01')).toBe('01.03.2026');
    expect(germanDate('2026-03')).toBe('03.2026');
    expect(germanDay('kein Datum')).toBe('kein Datum');
  });

  it("takes today and now from the renderer's clock, in local time", () => {
    vi.stubEnv('TZ', zone);
    setClock(new Date(localMoment('2026-12-31T23:59')));
    expect(today()).toBe('2026-12-31');
    expect(nowLocalInput()).toBe('2026-12-31T23:59');
    setClock(new Date(localMoment('2027-01-01T00:01')));
    expect(today()).toBe('2027-01-01');
  });
});

describe('the renderer clock', () => {
  it('starts every test at the fixed test moment and follows a given source', () => {
    expect(now().getTime()).toBe(TEST_NOW.getTime());
    let ms = Date.UTC(2030, 0, 1);
    setClock(() => new Date(ms));
    ms += 5_000;
    expect(now().getTime()).toBe(Date.UTC(2030, 0, 1) + 5_000);
  });
});
