/**
 * The case cycle: assessments and re-assessments done, re-assessments overdue at the end of the
 * period (the cadence of electron/services/reassessment.ts), agreements signed, goals by life
 * area and status with the share reached, the median days from the first consultation to the
 * first assessment and to the first signed agreement, and case conferences held.
 */
import { allLifeAreas } from '../../../../db/queries/configuration';
import { agreementsSignedBy, assessmentsBy, conferencesBetween, goalsOfPeriod } from '../../../../db/queries/statistics';
import type { CountTiming } from '../../../contract/statisticsDocument';
import { GOAL_STATUSES } from '../../../contract/vocabulary';
import { reassessmentDueDate } from '../../reassessment';
import { COUNT_COLUMN, median, percent, Tally, type Line, type RawMeasure, type RawTable } from '../tally';
import type { caseStates } from './cases';
import { daysBetween, inPeriod, type IndicatorInput } from './input';
import { lifeAreaLines } from './lifeAreas';

type CaseStates = ReturnType<typeof caseStates>;

const ASSESSMENT_LINES: Line[] = [
  { key: 'erst', label: 'Assessment (erstes)' },
  { key: 're', label: 'Re-Assessment' },
];
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
const GOAL_STATUS_LABELS: Record<(typeof GOAL_STATUSES)[number], string> = {
  offen: 'Offen',
  in_arbeit: 'In Arbeit',
  erreicht: 'Erreicht',
  teilweise_erreicht: 'Teilweise erreicht',
  nicht_erreicht: 'Nicht erreicht',
  verworfen: 'Verworfen',
};
const GOAL_STATUS_COLUMNS: Line[] = GOAL_STATUSES.map((key) => ({ key, label: GOAL_STATUS_LABELS[key] }));
/** Goals with an outcome that counts for the share reached (discarded goals do not). */
const SETTLED = new Set(['erreicht', 'teilweise_erreicht', 'nicht_erreicht']);

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
  const daysInPeriod = (firsts: Map<string, string>) =>
    [...firsts]
      .filter(([caseId, day]) => opened.has(caseId) && inPeriod(input, day))
      .map(([caseId, day]) => Math.max(0, daysBetween(opened.get(caseId)!, day)));
  const toAssessment = daysInPeriod(firstAssessment);
  const toAgreement = daysInPeriod(firstSigned);
  const durations: RawMeasure[] = [
    {
      key: 'tage-bis-assessment',
      label: 'Tage von der Erstberatung bis zum ersten Assessment (Median)',
      unitOfMeasure: 'Tage',
      value: median(toAssessment),
      basis: toAssessment.length,
    },
    {
      key: 'tage-bis-zielvereinbarung',
      label: 'Tage von der Erstberatung bis zur ersten unterschriebenen Zielvereinbarung (Median)',
      unitOfMeasure: 'Tage',
      value: median(toAgreement),
      basis: toAgreement.length,
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

/** Goals being worked on in the period, by life area and today's status, and the share reached. */
function goalTables(input: IndicatorInput): RawTable[] {
  const goals = goalsOfPeriod(input.db, input.fromInstant, input.endInstant);
  const areas = lifeAreaLines(allLifeAreas(input.db), new Set(goals.map((g) => g.lifeAreaId)));
  const tally = new Tally(
    {
      id: 'zyklus-ziele',
      section: 'zyklus',
      title: 'Ziele nach Lebensbereich und Stand',
      rowTitle: 'Lebensbereich',
      columnTitle: 'Stand',
      rows: areas.lines,
      columns: GOAL_STATUS_COLUMNS,
    },
    input.keyOf,
  );
  const settled = new Map<string, { reached: number; all: number; cases: Set<string> }>();
  const total = { reached: 0, all: 0, cases: new Set<string>() };
  for (const g of goals) {
    const area = areas.keyOf(g.lifeAreaId);
    tally.add(area, g.status, `ziel:${g.id}`);
    if (!SETTLED.has(g.status)) continue;
    const entry = settled.get(area) ?? { reached: 0, all: 0, cases: new Set<string>() };
    for (const e of [entry, total]) {
      e.all += 1;
      if (g.status === 'erreicht') e.reached += 1;
      e.cases.add(g.caseId);
    }
    settled.set(area, entry);
  }
  const share = (key: string, label: string, e: { reached: number; all: number; cases: Set<string> } | undefined): RawMeasure => ({
    key,
    label,
    unitOfMeasure: '%',
    value: e ? percent(e.reached, e.all) : null,
    basis: e?.cases.size ?? 0,
  });
  return [
    tally.counted('Ziele'),
    {
      kind: 'measures',
      id: 'zyklus-ziele-anteil-erreicht',
      section: 'zyklus',
      title: 'Anteil der erreichten Ziele an den Zielen mit Ergebnis',
      rowTitle: 'Lebensbereich',
      rows: [share('alle', 'Alle Lebensbereiche', total), ...areas.lines.map((line) => share(line.key, line.label, settled.get(line.key)))],
    },
  ];
}
