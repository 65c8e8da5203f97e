/**
 * Referrals made in the quarter by the partner's legal area and their status at its end;
 * structural gaps (referrals that first failed in the quarter, by reason and life area: the
 * overhead's evidence of "Lücken im System"); and cases closed in the quarter by reason. All
 * three are flows: each referral or closed case counts in exactly one quarter.
 */
import { allLifeAreas } from '../../../../db/queries/configuration';
import { closureEventsBefore, referralsBy, referralStatusChanges } from '../../../../db/queries/statistics';
import { CLOSURE_REASONS, PARTNER_LEGAL_AREAS, STRUCTURAL_GAPS, type REFERRAL_STATUSES } from '../../../contract/vocabulary';
import { CLOSURE_REASON_LABELS, PARTNER_LEGAL_AREA_LABELS, REFERRAL_STATUS_LABELS, STRUCTURAL_GAP_LABELS } from '../../../contract/labels';
import { COUNT_COLUMN, Tally, type Line, type RawTable } from '../tally';
import { inPeriod, momentInPeriod, type IndicatorInput } from './input';
import { lifeAreaLines } from './lifeAreas';

type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

const OUTCOME_LINES: Line[] = [
  { key: 'laufend', label: 'Noch offen' },
  ...(['angenommen', 'abgeschlossen', 'abgelehnt', 'abgebrochen'] as const).map((key) => ({ key, label: REFERRAL_STATUS_LABELS[key] })),
];
const outcomeOf = (status: ReferralStatus): string =>
  status === 'vorgeschlagen' || status === 'vermittelt' || status === 'termin_vereinbart' ? 'laufend' : status;
const FAILED = new Set<ReferralStatus>(['abgelehnt', 'abgebrochen']);

const LEGAL_AREA_LINES: Line[] = PARTNER_LEGAL_AREAS.map((key) => ({ key, label: PARTNER_LEGAL_AREA_LABELS[key] }));
const NO_GAP: Line = { key: 'ohne-angabe', label: 'Ohne Angabe' };
const GAP_LINES: Line[] = [...STRUCTURAL_GAPS.map((key) => ({ key, label: STRUCTURAL_GAP_LABELS[key] })), NO_GAP];

export function referralTables(input: IndicatorInput): RawTable[] {
  const referrals = referralsBy(input.db, input.asOf);
  const statusAtEnd = new Map<string, ReferralStatus>();
  // A referral fails once for the statistic, at its first failing status, so it counts in one
  // quarter only (the failing statuses are final today; this keeps the table a flow if that changes).
  const firstFailure = new Map<string, string>();
  for (const change of referralStatusChanges(input.db)) {
    // The first status counts even when it was entered after the period (a referral recorded late).
    if (change.at < input.endInstant || !statusAtEnd.has(change.referralId)) statusAtEnd.set(change.referralId, change.status);
    if (FAILED.has(change.status) && !firstFailure.has(change.referralId)) firstFailure.set(change.referralId, change.at);
  }
  const failedInPeriod = new Set([...firstFailure].filter(([, at]) => momentInPeriod(input, at)).map(([id]) => id));

  const byArea = new Tally(
    {
      id: 'vermittlungen-rechtskreis',
      section: 'vermittlungen',
      title: 'Vermittlungen im Zeitraum nach Rechtskreis und Stand am Ende des Zeitraums',
      rowTitle: 'Rechtskreis / Art der Stelle',
      columnTitle: 'Stand',
      rows: LEGAL_AREA_LINES,
      columns: OUTCOME_LINES,
    },
    input.keyOf,
  );
  const failed = referrals.filter((r) => failedInPeriod.has(r.id));
  const areas = lifeAreaLines(allLifeAreas(input.db), new Set(failed.map((r) => r.lifeAreaId)));
  const gaps = new Tally(
    {
      id: 'vermittlungen-strukturelle-luecken',
      section: 'vermittlungen',
      title: 'Strukturelle Lücken: im Zeitraum gescheiterte Vermittlungen nach Grund und Lebensbereich',
      rowTitle: 'Lebensbereich',
      columnTitle: 'Grund',
      rows: areas.lines,
      columns: GAP_LINES,
    },
    input.keyOf,
  );
  for (const r of referrals) {
    const record = `vermittlung:${r.id}`;
    if (inPeriod(input, r.date)) byArea.add(r.legalArea, outcomeOf(statusAtEnd.get(r.id) ?? r.status), record);
    if (failedInPeriod.has(r.id)) gaps.add(areas.keyOf(r.lifeAreaId), r.structuralGap ?? NO_GAP.key, record);
  }
  return [byArea.counted('Vermittlungen'), gaps.counted('Vermittlungen')];
}

const CLOSURE_LINES: Line[] = CLOSURE_REASONS.map((key) => ({ key, label: CLOSURE_REASON_LABELS[key] }));

/**
 * Cases closed in the quarter by the reason of their last closure in it: the same cases as the
 * closed-case tables (faelle-abgeschlossen-*), so all of them share one total and are protected
 * together (anonymise.ts). Counted by closure event, a case closed twice would make the totals
 * differ by one, and a total hidden in one table could be read off the other.
 */
export function closureTables(input: IndicatorInput): RawTable[] {
  const tally = new Tally(
    {
      id: 'abschluss-grund',
      section: 'abschluss',
      title: 'Im Zeitraum abgeschlossene Fälle nach Grund',
      rowTitle: 'Grund (letzter Abschluss im Zeitraum)',
      columnTitle: null,
      rows: CLOSURE_LINES,
      columns: [COUNT_COLUMN],
    },
    input.keyOf,
  );
  const known = new Set<string>(CLOSURE_REASONS);
  const reasonOf = new Map<string, string>();
  for (const event of closureEventsBefore(input.db, input.endInstant)) {
    if (event.kind !== 'abgeschlossen' || event.at < input.fromInstant) continue;
    reasonOf.set(event.caseId, event.reason !== null && known.has(event.reason) ? event.reason : 'sonstiges');
  }
  for (const [caseId, reason] of reasonOf) tally.add(reason, COUNT_COLUMN.key, `fall:${caseId}`);
  return [tally.counted('Fälle')];
}
