/** German words for this area's choices, and small formatting helpers for texts a user reads. */
import type { AccessRoute, ClosureReason, ConsentForm, Phase } from '../../contract/areas/cases';
import type { CONTACT_PLACES, CONTACT_TYPES, REFERRAL_STATUSES } from '../../../db/schema';

export const PHASE_LABELS: Record<Phase, string> = {
  erstberatung: 'Erstberatung',
  assessment: 'Assessment',
  zielvereinbarung: 'Zielvereinbarung',
  leistungssteuerung: 'Leistungssteuerung',
  monitoring: 'Begleitendes Monitoring',
  abgeschlossen: 'Abgeschlossen',
};

/** The next step of the cycle, by phase: the first item of "what is due next". */
export const NEXT_STEP: Record<Exclude<Phase, 'abgeschlossen'>, string> = {
  erstberatung: 'Erstberatung abschließen und über die Aufnahme entscheiden',
  assessment: 'Assessment durchführen',
  zielvereinbarung: 'Zielvereinbarung erstellen und unterschreiben lassen',
  leistungssteuerung: 'Passende Hilfen vermitteln (Verweisberatung)',
  monitoring: 'Kontakt halten, Ziele und Vermittlungen begleiten',
};

export const CLOSURE_REASON_LABELS: Record<ClosureReason, string> = {
  ziele_erreicht: 'Ziele erreicht',
  regeldienst: 'An einen Regeldienst übergeben',
  wegzug: 'Weggezogen',
  kontaktabbruch: 'Kontakt abgebrochen',
  mitwirkung_beendet: 'Mitwirkung beendet',
  ausreise: 'Ausgereist',
  sonstiges: 'Sonstiger Grund',
};

export const ACCESS_ROUTE_LABELS: Record<AccessRoute, string> = {
  sprechstunde: 'Sprechstunde',
  abh: 'Ausländerbehörde',
  jobcenter: 'Jobcenter',
  sozialamt: 'Sozialamt',
  unterkunft: 'Unterkunft',
  andere_stelle: 'andere Stelle',
  aufsuchend: 'aufsuchend',
};

export const CONSENT_FORM_LABELS: Record<ConsentForm, string> = {
  schriftlich: 'schriftlich',
  muendlich: 'mündlich',
  elektronisch: 'elektronisch',
};

export const CONTACT_TYPE_LABELS: Record<(typeof CONTACT_TYPES)[number], string> = {
  beratung: 'Beratung',
  begleitung: 'Begleitung',
  telefonat: 'Telefonat',
  hausbesuch: 'Hausbesuch',
  fallkonferenz: 'Fallkonferenz',
  sonstiges: 'Kontakt',
};

export const CONTACT_PLACE_LABELS: Record<(typeof CONTACT_PLACES)[number], string> = {
  sprechstunde: 'Sprechstunde',
  wohnung: 'Wohnung',
  buero: 'Büro',
  telefon: 'Telefon',
  video: 'Video',
};

export const REFERRAL_STATUS_WORDS: Record<(typeof REFERRAL_STATUSES)[number], string> = {
  vorgeschlagen: 'vorgeschlagen',
  vermittelt: 'vermittelt',
  termin_vereinbart: 'Termin vereinbart',
  angenommen: 'angenommen',
  abgeschlossen: 'abgeschlossen',
  abgelehnt: 'abgelehnt',
  abgebrochen: 'abgebrochen',
};

/** "Family name, given names", as lists and letters show a person. */
export function displayName(name: { familyName: string; givenNames: string } | undefined | null): string {
  if (!name) return 'Ohne Namen';
  return name.givenNames ? `${name.familyName}, ${name.givenNames}` : name.familyName;
}

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
