/**
 * This area's texts that are not labels of a value (those live in contract/labels.ts, read
 * from there everywhere; re-exported here for the area's services), and small formatting
 * helpers for texts a user reads.
 */
import type { Phase } from '../../contract/areas/cases';

export {
  ACCESS_ROUTE_LABELS,
  CLOSURE_REASON_LABELS,
  CONTACT_PLACE_LABELS,
  CONTACT_TYPE_LABELS,
  DOCUMENT_FORM_LABELS as CONSENT_FORM_LABELS,
  PHASE_LABELS,
  personName as displayName,
  REFERRAL_STATUS_LABELS,
} from '../../contract/labels';

/** The next step of the cycle, by phase: the first item of "what is due next". */
export const NEXT_STEP: Record<Exclude<Phase, 'abgeschlossen'>, string> = {
  erstberatung: 'Erstberatung abschließen und über die Aufnahme entscheiden',
  assessment: 'Assessment durchführen',
  zielvereinbarung: 'Zielvereinbarung erstellen und unterschreiben lassen',
  leistungssteuerung: 'Passende Hilfen vermitteln (Verweisberatung)',
  monitoring: 'Kontakt halten, Ziele und Vermittlungen begleiten',
};

/** 2026-03-05 → 05.03.2026 */
export function germanDate(date: string): string {
  const [y, m, d] = date.slice(0, 10).split('-');
  return d && m ? `${d}.${m}.${y}` : date;
}

/** The calendar date `days` after `date` (YYYY-MM-DD). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
