/**
 * Referrals made in the quarter by the partner's legal area and their status at its end;
 * structural gaps (referrals that first failed in the quarter, by reason and life area: the
 * overhead's evidence of "Lücken im System"); and cases closed in the quarter by reason. All
 * three are flows: each referral or closed case counts in exactly one quarter.
 */
import { allLifeAreas } from '../../../../db/queries/configuration';
import { referralsBetween, referralsFirstFailedBetween } from '../../../../db/queries/statistics';
import { CLOSURE_REASONS, PARTNER_LEGAL_AREAS, STRUCTURAL_GAPS, type REFERRAL_STATUSES } from '../../../contract/vocabulary';
import { CLOSURE_REASON_LABELS, PARTNER_LEGAL_AREA_LABELS, REFERRAL_STATUS_LABELS, STRUCTURAL_GAP_LABELS } from '../../../contract/labels';
import { COUNT_COLUMN, Tally, type Line, type RawTable } from '../tally';
import type { caseStates } from './cases';
import type { IndicatorInput } from './input';
import { lifeAreaLines } from './lifeAreas';

type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

const OUTCOME_LINES: Line[] = [
  { key: 'laufend', label: 'Noch offen' },
  ...(['angenommen', 'abgeschlossen', 'abgelehnt', 'abgebrochen'] as const).map((key) => ({ key, label: REFERRAL_STATUS_LABELS[key] })),
];
const outcomeOf = (status: ReferralStatus): string =>
  status === 'vorgeschlagen' || status === 'vermittelt' || status === 'termin_vereinbart' ? 'laufend' : status;

const LEGAL_AREA_LINES: Line[] = PARTNER_LEGAL_AREAS.map((key) => ({ key, label: PARTNER_LEGAL_AREA_LABELS[key] }));
const NO_GAP: Line = { key: 'ohne-angabe', label: 'Ohne Angabe' };
const GAP_LINES: Line[] = [...STRUCTURAL_GAPS.map((key) => ({ key, label: STRUCTURAL_GAP_LABELS[key] })), NO_GAP];

export function referralTables(input: IndicatorInput): RawTable[] {
  // Only the quarter's referrals and those that first failed in it, each with what it needs from
  // its status history: not every status change of every referral for every quarter.
  const made = referralsBetween(input.db, input.period.from, input.asOf, input.endInstant);
  const failed = referralsFirstFailedBetween(input.db, input.asOf, input.fromInstant, input.endInstant);

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
  for (const r of made) byArea.add(r.legalArea, outcomeOf(r.status as ReferralStatus), `vermittlung:${r.id}`);
  for (const r of failed) gaps.add(areas.keyOf(r.lifeAreaId), r.structuralGap ?? NO_GAP.key, `vermittlung:${r.id}`);
  return [byArea.counted('Vermittlungen'), gaps.counted('Vermittlungen')];
}

const CLOSURE_LINES: Line[] = CLOSURE_REASONS.map((key) => ({ key, label: CLOSURE_REASON_LABELS[key] }));

/**
 * Cases closed in the quarter by the reason of their last closure in it: the same cases as the
 * closed-case tables (faelle-abgeschlossen-*), so all of them share one total and are protected
 * together (anonymise.ts). Counted by closure event, a case closed twice would make the totals
 * differ by one, and a total hidden in one table could be read off the other.
 */
export function closureTables(input: IndicatorInput, { closures }: Pick<ReturnType<typeof caseStates>, 'closures'>): RawTable[] {
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
  for (const event of closures) {
    if (event.kind !== 'abgeschlossen' || event.at < input.fromInstant) continue;
    reasonOf.set(event.caseId, event.reason !== null && known.has(event.reason) ? event.reason : 'sonstiges');
  }
  for (const [caseId, reason] of reasonOf) tally.add(reason, COUNT_COLUMN.key, `fall:${caseId}`);
  return [tally.counted('Fälle')];
}
