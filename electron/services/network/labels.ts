/** The German labels of this area's choices, and the referral status rules that go with them. */
import type {
  ContactPlace,
  ContactType,
  FollowUpSource,
  NetworkLabels,
  Option,
  PartnerLegalArea,
  ReferralStatus,
  ReleaseForm,
  ReleaseState,
  StructuralGap,
} from '../../contract/areas/network';

export const LEGAL_AREA_LABELS: Record<PartnerLegalArea, string> = {
  sgb2: 'SGB II – Jobcenter',
  sgb3: 'SGB III – Agentur für Arbeit',
  sgb8: 'SGB VIII – Jugendamt',
  sgb12: 'SGB XII – Sozialamt',
  asylblg: 'AsylbLG – Sozialamt',
  aufenthg: 'Ausländerbehörde (ABH)',
  staag: 'Einbürgerungsbehörde (EBH)',
  gesundheit: 'Gesundheit',
  bildung: 'Schule und Bildung',
  wohnen: 'Wohnen',
  sprache: 'Sprachkurse',
  beratung: 'Beratung (z. B. MBE, JMD, Schulden, Sucht)',
  sonstiges: 'Sonstiges',
};

export const REFERRAL_STATUS_LABELS: Record<ReferralStatus, string> = {
  vorgeschlagen: 'Vorgeschlagen',
  vermittelt: 'Vermittelt',
  termin_vereinbart: 'Termin vereinbart',
  angenommen: 'Angenommen',
  abgeschlossen: 'Abgeschlossen',
  abgelehnt: 'Abgelehnt',
  abgebrochen: 'Abgebrochen',
};

/**
 * Where a referral may go from each status. It moves forward; abgelehnt/abgebrochen end it
 * whenever it fails, abgeschlossen only after the partner took the client on. The three final
 * statuses lead nowhere.
 */
export const REFERRAL_TRANSITIONS: Record<ReferralStatus, ReferralStatus[]> = {
  vorgeschlagen: ['vermittelt', 'termin_vereinbart', 'abgelehnt', 'abgebrochen'],
  vermittelt: ['termin_vereinbart', 'angenommen', 'abgelehnt', 'abgebrochen'],
  termin_vereinbart: ['angenommen', 'abgelehnt', 'abgebrochen'],
  angenommen: ['abgeschlossen', 'abgebrochen'],
  abgeschlossen: [],
  abgelehnt: [],
  abgebrochen: [],
};

/** The statuses that may carry a structural gap (the reason a referral failed). */
export const FAILED_STATUSES: readonly ReferralStatus[] = ['abgelehnt', 'abgebrochen'];

export const STRUCTURAL_GAP_LABELS: Record<StructuralGap, string> = {
  kein_platz: 'Kein Platz',
  warteliste: 'Warteliste',
  keine_sprachmittlung: 'Keine Sprachmittlung',
  nicht_zustaendig: 'Nicht zuständig',
  sonstiges: 'Sonstiges',
};

export const RELEASE_FORM_LABELS: Record<ReleaseForm, string> = {
  schriftlich: 'Schriftlich',
  muendlich: 'Mündlich',
  elektronisch: 'Elektronisch',
};

export const RELEASE_STATE_LABELS: Record<ReleaseState, string> = {
  gueltig: 'Gültig',
  widerrufen: 'Widerrufen',
  abgelaufen: 'Abgelaufen',
};

export const CONTACT_PLACE_LABELS: Record<ContactPlace, string> = {
  sprechstunde: 'Sprechstunde',
  wohnung: 'Bei der Person zu Hause',
  buero: 'Büro',
  telefon: 'Telefon',
  video: 'Video',
};

export const CONTACT_TYPE_LABELS: Record<ContactType, string> = {
  beratung: 'Beratung',
  begleitung: 'Begleitung',
  telefonat: 'Telefonat',
  hausbesuch: 'Hausbesuch',
  fallkonferenz: 'Fallkonferenz',
  sonstiges: 'Sonstiges',
};

export const FOLLOW_UP_SOURCE_LABELS: Record<FollowUpSource, string> = {
  kontakt: 'Aus einem Kontakt',
  fallkonferenz: 'Aus einer Fallkonferenz',
  manuell: 'Von Hand angelegt',
};

const options = <V extends string>(labels: Record<V, string>): Option<V>[] =>
  (Object.entries(labels) as [V, string][]).map(([value, label]) => ({ value, label }));

export const statusOptions = (statuses: readonly ReferralStatus[]): Option<ReferralStatus>[] =>
  statuses.map((value) => ({ value, label: REFERRAL_STATUS_LABELS[value] }));

export function networkLabels(): NetworkLabels {
  return {
    legalAreas: options(LEGAL_AREA_LABELS),
    referralStatuses: options(REFERRAL_STATUS_LABELS),
    referralTransitions: structuredClone(REFERRAL_TRANSITIONS),
    structuralGaps: options(STRUCTURAL_GAP_LABELS),
    releaseForms: options(RELEASE_FORM_LABELS),
    contactPlaces: options(CONTACT_PLACE_LABELS),
    contactTypes: options(CONTACT_TYPE_LABELS),
    followUpSources: options(FOLLOW_UP_SOURCE_LABELS),
  };
}
