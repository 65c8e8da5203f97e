/**
 * Re-assessment: the cadence (the setting, or the case's own), which cases are due or overdue,
 * the last assessment as the starting point of the next, and what changed between the two.
 */
import { KimError } from '../../contract/errors';
import { REASSESSMENT_MONTHS } from '../../contract/limits';
import { personName } from '../../contract/labels';
import type {
  AssessmentComparison,
  AssessmentEntryView,
  ComparedField,
  DueReassessment,
  LifeAreaChange,
  ReassessmentStatus,
  ReassessmentTemplate,
  SituationDirection,
} from '../../contract/areas/assessment';
import { assessmentById, caseCadence, dueReassessmentRows, entriesOf, lastAssessment, setCaseCadence } from '../../../db/queries/assessments';
import { readSetting } from '../../../db/queries/settings';
import { db, requireOpenCase, today, transaction, type ServiceContext } from '../context';
import { reassessmentDueDate } from '../reassessment';
import { addDays, daysBetween } from '../today/dates';
import { summaryOf } from './assessments';
import { entryView } from './scale';

/** The settings' key of the default cadence (SettingsService writes it). */
const CADENCE_SETTING = 'reassessmentMonths';

function defaultMonths(ctx: ServiceContext): number {
  const value = readSetting(db(ctx), CADENCE_SETTING);
  return typeof value === 'number' ? value : REASSESSMENT_MONTHS.default;
}

export function reassessmentStatus(ctx: ServiceContext, caseId: string): ReassessmentStatus {
  const cadence = caseCadence(db(ctx), caseId);
  if (!cadence) throw new KimError('CASE_NOT_FOUND');
  const months = cadence.months ?? defaultMonths(ctx);
  const last = lastAssessment(db(ctx), caseId);
  const dueDate = last ? reassessmentDueDate(last.date, months) : null;
  return {
    caseId,
    caseMonths: cadence.months,
    months,
    lastAssessmentDate: last?.date ?? null,
    dueDate,
    overdue: dueDate !== null && dueDate < today(ctx.now()),
  };
}

/** A case's own cadence in months; null returns the case to the setting's cadence. */
export function setCadence(ctx: ServiceContext, caseId: string, months: number | null): ReassessmentStatus {
  return transaction(ctx, () => {
    requireOpenCase(ctx, caseId);
    setCaseCadence(db(ctx), caseId, months);
    ctx.store.audit('case.reassessment_cadence_changed', 'case', caseId);
    return reassessmentStatus(ctx, caseId);
  });
}

/**
 * Open cases whose re-assessment is overdue or due within `withinDays` days (negative: due that
 * many days ago or earlier), the most urgent first. The due date and the filter are the query's
 * (dueReassessmentRows): only the cases due are read, with their person's name.
 */
export function dueReassessments(ctx: ServiceContext, withinDays: number): DueReassessment[] {
  const todayDate = today(ctx.now());
  return dueReassessmentRows(db(ctx), addDays(todayDate, withinDays), defaultMonths(ctx))
    .map(({ clientFamilyName, clientGivenNames, ...row }) => ({
      caseId: row.caseId,
      caseNumber: row.caseNumber,
      clientName: clientFamilyName === null ? '' : personName({ familyName: clientFamilyName, givenNames: clientGivenNames ?? '' }),
      caseManager: row.caseManager,
      lastAssessmentDate: row.lastAssessmentDate,
      months: row.months,
      dueDate: row.dueDate,
      overdue: row.dueDate < todayDate,
      daysUntilDue: daysBetween(todayDate, row.dueDate),
    }))
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.caseNumber.localeCompare(b.caseNumber));
}

/** The last assessment's entries (life areas still in use), to start the re-assessment from. */
export function reassessmentTemplate(ctx: ServiceContext, caseId: string): ReassessmentTemplate {
  if (!caseCadence(db(ctx), caseId)) throw new KimError('CASE_NOT_FOUND');
  const last = lastAssessment(db(ctx), caseId);
  if (!last) throw new KimError('NO_PREVIOUS_ASSESSMENT');
  return {
    previousAssessmentId: last.id,
    previousDate: last.date,
    entries: entriesOf(db(ctx), last.id)
      .filter((entry) => entry.lifeAreaActive)
      .map(entryView),
  };
}

const COMPARED: ComparedField[] = ['situation', 'resources', 'needs', 'urgency', 'responsibleService'];

function changeOf(previous: AssessmentEntryView | null, current: AssessmentEntryView | null): Omit<LifeAreaChange, 'lifeAreaId' | 'lifeAreaName'> {
  if (!previous || !current) {
    return {
      previous,
      current,
      changed: true,
      changedFields: [...COMPARED],
      situationDirection: null,
      changeLabel: current ? 'neu bewertet' : 'nicht mehr bewertet',
    };
  }
  const changedFields = COMPARED.filter((field) => previous[field] !== current[field]);
  const situationDirection: SituationDirection = current.situation > previous.situation ? 'better' : current.situation < previous.situation ? 'worse' : 'same';
  const changeLabel = { better: 'besser', worse: 'schlechter', same: changedFields.length > 0 ? 'verändert' : 'unverändert' }[situationDirection];
  return { previous, current, changed: changedFields.length > 0, changedFields, situationDirection, changeLabel };
}

/** Per life area, this assessment against the one it followed. */
export function compareWithPrevious(ctx: ServiceContext, assessmentId: string): AssessmentComparison {
  const current = assessmentById(db(ctx), assessmentId);
  if (!current) throw new KimError('ASSESSMENT_NOT_FOUND');
  const previous = current.previousId ? assessmentById(db(ctx), current.previousId) : null;
  if (!previous) throw new KimError('NO_PREVIOUS_ASSESSMENT');

  const before = entriesOf(db(ctx), previous.id);
  const after = entriesOf(db(ctx), current.id);
  const areas = new Map<string, { name: string; sortOrder: number }>();
  for (const entry of [...before, ...after]) areas.set(entry.lifeAreaId, { name: entry.lifeAreaName, sortOrder: entry.sortOrder });
  const ordered = [...areas.entries()].sort(([, a], [, b]) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, 'de'));
  const find = (list: typeof before, id: string) => {
    const found = list.find((e) => e.lifeAreaId === id);
    return found ? entryView(found) : null;
  };
  return {
    previous: summaryOf(previous, before.length),
    current: summaryOf(current, after.length),
    areas: ordered.map(([lifeAreaId, { name }]) => ({
      lifeAreaId,
      lifeAreaName: name,
      ...changeOf(find(before, lifeAreaId), find(after, lifeAreaId)),
    })),
  };
}
