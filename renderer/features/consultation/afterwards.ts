/**
 * A Sprechstunde recorded afterwards from paper notes (issue 12): its day and hours in local time,
 * and whether a typed time lies within it. The main process checks the start again (and the end
 * against the last contact when the hour is closed); the screen says it first, in German.
 */
import type { SessionView } from '../../../electron/contract/areas/consultation';
import { germanDay, parseGermanTime } from '../../i18n/dates';
import * as clock from '../../state/clock';
import { consultation } from '../../i18n/consultation';

const t = consultation.afterwards;

/** 'YYYY-MM-DDTHH:MM' in local time, as the contract's date-time fields take it. */
export const localMoment = (iso: string) => clock.nowLocalInput(new Date(iso));

/** The hour's day, 'YYYY-MM-DD' local. */
export const sessionDay = (session: SessionView) => localMoment(session.startedAt).slice(0, 10);

/** 'HH:MM' local of a date-time. */
export const timeOf = (iso: string) => localMoment(iso).slice(11, 16);

/** The day and a typed time → 'YYYY-MM-DDTHH:MM'; '' while the time is not a time. */
export function momentOn(day: string, typed: string): string {
  const time = parseGermanTime(typed);
  return typeof time === 'string' ? `${day}T${time}` : '';
}

/**
 * What is wrong with a typed time of something recorded in the hour (null: nothing). `plannedEnd`
 * is the end given when the hour was started ('YYYY-MM-DDTHH:MM'), if the screen still knows it.
 */
export function timeProblem(session: SessionView, plannedEnd: string | null, typed: string): string | null {
  const moment = momentOn(sessionDay(session), typed);
  if (moment === '') return t.timeInvalid;
  const start = localMoment(session.startedAt);
  const end = plannedEnd ?? localMoment(clock.now().toISOString());
  if (moment < start || moment > end) return t.outside(timeOf(session.startedAt), plannedEnd ? plannedEnd.slice(11, 16) : null);
  return null;
}

/** The status line's words for an hour recorded afterwards. */
export function afterwardsStatus(session: SessionView, plannedEnd: string | null): string {
  return t.status(germanDay(sessionDay(session)), timeOf(session.startedAt), plannedEnd ? plannedEnd.slice(11, 16) : null);
}

/** The next contact's time after one at `time` lasting `minutes`, not past the planned end. */
export function nextTime(time: string, minutes: number, plannedEnd: string | null): string {
  const [h, m] = time.split(':').map(Number) as [number, number];
  const total = Math.min(h * 60 + m + minutes, 23 * 60 + 59);
  const next = `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
  const end = plannedEnd?.slice(11, 16);
  return end !== undefined && next > end ? end : next;
}
