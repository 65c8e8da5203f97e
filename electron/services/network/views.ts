/** From stored rows to what the screens get: plain objects with the German labels resolved. */
import type { ParsedInputOf } from '../../contract/define';
import {
  RELEASE_DATA_KINDS,
  type FollowUpView,
  type PartnerView,
  type ReleaseDataKind,
  type ReleaseState,
  type ReleaseView,
  type networkMethods,
} from '../../contract/areas/network';
import type { PartnerRow } from '../../../db/queries/partners';
import type { ReleaseWithPartner } from '../../../db/queries/releases';
import type { FollowUpRow } from '../../../db/queries/followUps';
import { signedPrintoutOf } from '../documents/printouts';
import { FOLLOW_UP_SOURCE_LABELS, LEGAL_AREA_LABELS, RELEASE_DATA_KIND_LABELS, RELEASE_FORM_LABELS, RELEASE_STATE_LABELS } from './labels';

/** The parsed input of one of this area's methods. */
export type In<K extends keyof typeof networkMethods> = ParsedInputOf<(typeof networkMethods)[K]>;

/** Optional free text: absent stays absent (undefined), blank becomes null. */
export function cleanText(value: string | null | undefined): string | null | undefined {
  if (value === undefined) return undefined;
  return value === null || value === '' ? null : value;
}

export const textOrNull = (value: string | null | undefined): string | null => cleanText(value) ?? null;

export function partnerView(row: PartnerRow): PartnerView {
  return {
    id: row.id,
    organisation: row.organisation,
    legalArea: row.legalArea,
    legalAreaLabel: LEGAL_AREA_LABELS[row.legalArea],
    municipality: row.municipality,
    contactName: row.contactName,
    phone: row.phone,
    email: row.email,
    active: row.active,
  };
}

/** A release's state on a day: revoked on or before it, expired before it, or valid. */
export function releaseState(row: { revokedAt: string | null; validUntil: string | null }, day: string): ReleaseState {
  if (row.revokedAt !== null && row.revokedAt <= day) return 'widerrufen';
  if (row.validUntil !== null && row.validUntil < day) return 'abgelaufen';
  return 'gueltig';
}

/** The kinds of a release in the order of RELEASE_DATA_KINDS (the form's and the sheet's order), each once; unknown values dropped. */
export function sortedDataKinds(kinds: readonly string[]): ReleaseDataKind[] {
  return RELEASE_DATA_KINDS.filter((kind) => kinds.includes(kind));
}

export function releaseView(row: ReleaseWithPartner, day: string): ReleaseView {
  const state = releaseState(row, day);
  return {
    id: row.id,
    personId: row.personId,
    partnerId: row.partnerId,
    partnerName: row.partnerName,
    givenAt: row.givenAt,
    validUntil: row.validUntil,
    scope: row.scope,
    dataKinds: sortedDataKinds(row.dataKinds),
    dataKindLabels: sortedDataKinds(row.dataKinds).map((kind) => RELEASE_DATA_KIND_LABELS[kind]),
    form: row.form,
    formLabel: RELEASE_FORM_LABELS[row.form],
    revokedAt: row.revokedAt,
    state,
    stateLabel: RELEASE_STATE_LABELS[state],
    recordedBy: row.recordedBy,
    printout: signedPrintoutOf({ id: row.printoutId, code: row.printoutCode, language: row.printoutLanguage, printedAt: row.printoutPrintedAt }),
  };
}

export function followUpView(row: FollowUpRow): FollowUpView {
  return {
    id: row.id,
    caseId: row.caseId,
    dueDate: row.dueDate,
    title: row.title,
    source: row.source,
    sourceLabel: FOLLOW_UP_SOURCE_LABELS[row.source],
    sourceId: row.sourceId,
    doneAt: row.doneAt,
  };
}

/** Groups rows by a key, keeping their order. */
export function groupBy<T>(rows: readonly T[], key: (row: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    if (k === null) continue;
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}
