/**
 * How the papers of daily work write dates, times and small values: TT.MM.JJJJ whatever the
 * system's locale; a moment (date-time) in the device's local time, as the screens show it.
 */
import { germanDay } from '../../contract/dayText';
import { today } from '../context';
import type { AssessmentDetail } from '../../contract/areas/assessment';
import type { Bilingual, Block } from './model';

const two = (n: number) => String(n).padStart(2, '0');

/** German only: these papers have no client language. */
export const de = (text: string): Bilingual => ({ de: text });

/** A day ('YYYY-MM-DD') or a moment (its local day) → 'TT.MM.JJJJ'; null → '–'. */
export function dayText(value: string | null | undefined): string {
  if (!value) return '–';
  if (value.length <= 10) return germanDay(value);
  const at = new Date(value);
  return Number.isNaN(at.getTime()) ? value : germanDay(today(at));
}

/** A moment → its local time 'HH:MM'. */
export function timeText(value: string): string {
  const at = new Date(value);
  return Number.isNaN(at.getTime()) ? value : `${two(at.getHours())}:${two(at.getMinutes())}`;
}

/** A day as it is, a moment as 'TT.MM.JJJJ, HH:MM' (local time). */
export function whenText(value: string): string {
  return value.length <= 10 ? dayText(value) : `${dayText(value)}, ${timeText(value)}`;
}

/** A birth date that may be only a year ('1984') or a month ('1984-05' → '05.1984'). */
export function partialDayText(value: string | null): string {
  if (!value) return 'unbekannt';
  const [y, m, d] = value.split('-');
  if (d) return `${d}.${m}.${y}`;
  return m ? `${m}.${y}` : (y ?? value);
}

export const yesNo = (value: boolean): string => (value ? 'ja' : 'nein');

/** An empty or missing text shows as a dash, so a table cell is never blank by accident. */
export const orDash = (value: string | null | undefined): string => (value?.trim() ? value : '–');

/** A case number or a day in a file name: nothing but digits, letters and hyphens. */
export const fileNamePart = (value: string): string => value.replace(/[^0-9A-Za-z-]/g, '_');

/** An assessment's entries as the papers print them (the case file and the referral sheet): one table, one set of columns. */
export function assessmentTable(entries: AssessmentDetail['entries']): Block {
  return {
    kind: 'table',
    columns: [de('Lebensbereich'), de('Lage'), de('Ressourcen'), de('Bedarf'), de('Dringlichkeit'), de('Zuständig')],
    rows: entries.map((e) => [
      e.lifeAreaName,
      `${e.situation} – ${e.situationLabel}`,
      orDash(e.resources),
      orDash(e.needs),
      e.urgencyLabel,
      e.responsibleServiceLabel,
    ]),
    widths: [2.6, 2, 2.6, 2.6, 2.2, 2.3],
  };
}
