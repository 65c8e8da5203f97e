/** The German labels of this area's choices (from contract/labels.ts), and the referral status rules that go with them. */
import type { NetworkLabels, Option, ReferralStatus } from '../../contract/areas/network';
import {
  CONTACT_PLACE_LABELS,
  CONTACT_TYPE_LABELS,
  DOCUMENT_FORM_LABELS,
  FOLLOW_UP_SOURCE_LABELS,
  PARTNER_LEGAL_AREA_LABELS,
  REFERRAL_STATUS_LABELS,
  RELEASE_DATA_KIND_LABELS,
  RELEASE_STATE_LABELS,
  STRUCTURAL_GAP_LABELS,
} from '../../contract/labels';

export {
  CONTACT_PLACE_LABELS,
  CONTACT_TYPE_LABELS,
  DOCUMENT_FORM_LABELS as RELEASE_FORM_LABELS,
  FOLLOW_UP_SOURCE_LABELS,
  PARTNER_LEGAL_AREA_LABELS as LEGAL_AREA_LABELS,
  REFERRAL_STATUS_LABELS,
  RELEASE_DATA_KIND_LABELS,
  RELEASE_STATE_LABELS,
  STRUCTURAL_GAP_LABELS,
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

const options = <V extends string>(labels: Readonly<Record<V, string>>): Option<V>[] =>
  (Object.entries(labels) as [V, string][]).map(([value, label]) => ({ value, label }));

export const statusOptions = (statuses: readonly ReferralStatus[]): Option<ReferralStatus>[] =>
  statuses.map((value) => ({ value, label: REFERRAL_STATUS_LABELS[value] }));

export function networkLabels(): NetworkLabels {
  return {
    legalAreas: options(PARTNER_LEGAL_AREA_LABELS),
    referralStatuses: options(REFERRAL_STATUS_LABELS),
    referralTransitions: structuredClone(REFERRAL_TRANSITIONS),
    structuralGaps: options(STRUCTURAL_GAP_LABELS),
    releaseForms: options(DOCUMENT_FORM_LABELS),
    contactPlaces: options(CONTACT_PLACE_LABELS),
    contactTypes: options(CONTACT_TYPE_LABELS),
    followUpSources: options(FOLLOW_UP_SOURCE_LABELS),
  };
}
