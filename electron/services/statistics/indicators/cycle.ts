/**
 * The case cycle: assessments and re-assessments done, re-assessments overdue at the quarter's
 * end (the cadence of electron/services/reassessment.ts), agreements signed, goals agreed and
 * goals settled in the quarter by life area, the median days from the first consultation to the
 * first assessment and to the first signed agreement, and case conferences held.
 *
 * Every count is a flow (each record in exactly one quarter, so quarters add up) except the
 * re-assessment state, taken on the quarter's last day. Goals are counted as flows because their
 * status has no history: "today's status of the goals worked on" changes after the quarter.
 */
import { allLifeAreas } from '../../../../db/queries/configuration';
import { agreementsSignedBy, assessmentsBy, conferencesBetween, goalsCreatedBetween, goalsSettledBetween } from '../../../../db/queries/statistics';
import type { CountTiming } from '../../../contract/statisticsDocument';
import { ASSESSMENT_KIND_LABELS, GOAL_STATUS_LABELS } from '../../../contract/labels';
import { ASSESSMENT_KINDS, type GOAL_STATUSES } from '../../../contract/vocabulary';
import { reassessmentDueDate } from '../../reassessment';
import { addKeys } from '../cellKey';
import { COUNT_COLUMN, median, Tally, type Line, type RawMeasure, type RawTable } from '../tally';
import type { caseStates } from './cases';
import { daysBetween, inPeriod, type IndicatorInput } from './input';
import { lifeAreaLines } from './lifeAreas';

type CaseStates = ReturnType<typeof caseStates>;

const ASSESSMENT_LINES: Line[] = ASSESSMENT_KINDS.map((key) => ({ key, label: ASSESSMENT_KIND_LABELS[key] }));
const REASSESSMENT_LINES: Line[] = [
  { key: 'nicht-ueberfaellig', label: 'Re-Assessment nicht überfällig' },
  { key: 'ueberfaellig', label: 'Re-Assessment überfällig' },
];
const AGREEMENT_LINES: Line[] = [
  { key: 'erste', label: 'Erste Zielvereinbarung' },
  { key: 'fortschreibung', label: 'Fortgeschriebene Zielvereinbarung' },
];
const CONFERENCE_LINES: Line[] = [
  { key: 'mit-klientin', label: 'Mit Klient:in' },
  { key: 'ohne-klientin', label: 'Ohne Klient:in' },
];
/** The statuses that settle a goal: its outcome. */
const OUTCOMES = ['erreicht', 'teilweise_erreicht', 'nicht_erreicht', 'verworfen'] as const satisfies readonly (typeof GOAL_STATUSES)[number][];
const OUTCOME_COLUMNS: Line[] = OUTCOMES.map((key) => ({ key, label: GOAL_STATUS_LABELS[key] }));

function oneColumn(input: IndicatorInput, id: string, title: string, rowTitle: string, rows: Line[], timing: CountTiming = 'zeitraum') {
  return new Tally({ id, section: 'zyklus', title, rowTitle, columnTitle: null, rows, columns: [COUNT_COLUMN], timing }, input.keyOf);
}

export function cycleTables(input: IndicatorInput, states: CaseStates): RawTable[] {
  const assessments = assessmentsBy(input.db, input.asOf);
  const done = oneColumn(input, 'zyklus-assessments', 'Durchgeführte Assessments und Re-Assessments', 'Art', ASSESSMENT_LINES);
  const firstAssessment = new Map<string, string>();
  const lastAssessment = new Map<string, string>();
  for (const a of assessments) {
    if (inPeriod(input, a.date)) done.add(a.kind, COUNT_COLUMN.key, `assessment:${a.id}`);
    if (!firstAssessment.has(a.caseId)) firstAssessment.set(a.caseId, a.date);
    lastAssessment.set(a.caseId, a.date);
  }

  const due = oneColumn(
    input,
    'zyklus-reassessment-stand',
    'Laufende Fälle mit Assessment am Ende des Zeitraums nach Stand des Re-Assessments',
    'Stand',
    REASSESSMENT_LINES,
    'stichtag',
  );
  for (const c of states.all) {
    const last = lastAssessment.get(c.id);
    if (!states.sets.laufend.has(c.id) || last === undefined) continue;
    const overdue = reassessmentDueDate(last, c.reassessmentMonths ?? input.reassessmentMonths) < input.asOf;
    due.add(overdue ? 'ueberfaellig' : 'nicht-ueberfaellig', COUNT_COLUMN.key, `fall:${c.id}`);
  }

  const signed = oneColumn(input, 'zyklus-zielvereinbarungen', 'Unterschriebene Zielvereinbarungen', 'Art', AGREEMENT_LINES);
  const firstSigned = new Map<string, string>();
  for (const a of agreementsSignedBy(input.db, input.asOf)) {
    if (inPeriod(input, a.signedAt)) signed.add(a.version > 1 ? 'fortschreibung' : 'erste', COUNT_COLUMN.key, `zielvereinbarung:${a.id}`);
    const earlier = firstSigned.get(a.caseId);
    if (earlier === undefined || a.signedAt < earlier) firstSigned.set(a.caseId, a.signedAt);
  }

  const conferences = oneColumn(input, 'zyklus-fallkonferenzen', 'Durchgeführte Fallkonferenzen', 'Teilnahme', CONFERENCE_LINES);
  for (const c of conferencesBetween(input.db, input.period.from, input.asOf)) {
    conferences.add(c.clientPresent ? 'mit-klientin' : 'ohne-klientin', COUNT_COLUMN.key, `fallkonferenz:${c.id}`);
  }

  const opened = new Map(states.all.map((c) => [c.id, c.openedAt]));
  /** Days from opening to the first event per case whose first event lies in the quarter, and those cases' key sum. */
  const daysInPeriod = (firsts: Map<string, string>) => {
    const cases = [...firsts].filter(([caseId, day]) => opened.has(caseId) && inPeriod(input, day));
    return {
      days: cases.map(([caseId, day]) => Math.max(0, daysBetween(opened.get(caseId)!, day))),
      keys: cases.map(([caseId]) => input.keyOf(`fall:${caseId}`)).reduce(addKeys, 0),
    };
  };
  const toAssessment = daysInPeriod(firstAssessment);
  const toAgreement = daysInPeriod(firstSigned);
  const durations: RawMeasure[] = [
    {
      key: 'tage-bis-assessment',
      label: 'Tage von der Erstberatung bis zum ersten Assessment (Median)',
      unitOfMeasure: 'Tage',
      value: median(toAssessment.days),
      basis: toAssessment.days.length,
      keys: toAssessment.keys,
    },
    {
      key: 'tage-bis-zielvereinbarung',
      label: 'Tage von der Erstberatung bis zur ersten unterschriebenen Zielvereinbarung (Median)',
      unitOfMeasure: 'Tage',
      value: median(toAgreement.days),
      basis: toAgreement.days.length,
      keys: toAgreement.keys,
    },
  ];

  return [
    done.counted('Assessments'),
    due.counted('Fälle'),
    signed.counted('Zielvereinbarungen'),
    ...goalTables(input),
    { kind: 'measures', id: 'zyklus-dauer', section: 'zyklus', title: 'Dauer bis Assessment und Zielvereinbarung', rowTitle: 'Kennzahl', rows: durations },
    conferences.counted('Fallkonferenzen'),
  ];
}

/**
 * Goals agreed in the quarter by life area, and goals settled in it by life area and outcome: a
 * settled goal counts in the quarter of its last change (the nearest moment of its outcome the
 * store keeps). Open goals are not counted as a state: without a status history the state at a
 * past quarter's end is unknown.
 */
function goalTables(input: IndicatorInput): RawTable[] {
  const created = goalsCreatedBetween(input.db, input.fromInstant, input.endInstant);
  const settled = goalsSettledBetween(input.db, OUTCOMES, input.fromInstant, input.endInstant);
  const areas = lifeAreaLines(allLifeAreas(input.db), new Set([...created, ...settled].map((g) => g.lifeAreaId)));
  const agreed = new Tally(
    {
      id: 'zyklus-ziele-neu',
      section: 'zyklus',
      title: 'Neu vereinbarte Ziele im Zeitraum nach Lebensbereich',
      rowTitle: 'Lebensbereich',
      columnTitle: null,
      rows: areas.lines,
      columns: [COUNT_COLUMN],
    },
    input.keyOf,
  );
  for (const g of created) agreed.add(areas.keyOf(g.lifeAreaId), COUNT_COLUMN.key, `ziel:${g.id}`);
  const outcomes = new Tally(
    {
      id: 'zyklus-ziele-ergebnis',
      section: 'zyklus',
      title: 'Ziele mit Ergebnis im Zeitraum nach Lebensbereich und Ergebnis',
      rowTitle: 'Lebensbereich',
      columnTitle: 'Ergebnis',
      rows: areas.lines,
      columns: OUTCOME_COLUMNS,
    },
    input.keyOf,
  );
  for (const g of settled) outcomes.add(areas.keyOf(g.lifeAreaId), g.status, `ziel:${g.id}`);
  return [agreed.counted('Ziele'), outcomes.counted('Ziele')];
}
