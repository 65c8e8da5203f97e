/**
 * The case list ("Fälle"): the cases filtered and sorted by the database, in windows (the screen
 * asks for the rows in view, so an answer does not grow with the store), with what the table
 * shows (name, target groups, location, the next date and whether something is due), and the
 * choices its filters offer. Reading only: nothing is changed, so nothing is audited.
 */
import type { CaseListFilters, CaseListInput, CaseListPage, CaseListPageInput, CaseSummary } from '../../contract/areas/cases';
import { REASSESSMENT_MONTHS } from '../../contract/limits';
import {
  allLocations,
  allTargetGroups,
  caseManagerNames,
  countCases,
  listCasePage,
  listCaseRows,
  UNIT_SEPARATOR,
  type CaseListQuery,
  type CaseListRow,
} from '../../../db/queries/caseList';
import { readSetting } from '../../../db/queries/settings';
import { db, today, type ServiceContext } from '../context';
import { isTargetGroupValidAt } from './configuration';
import { displayName, PHASE_LABELS } from './labels';

/** The settings' re-assessment cadence, read as the assessment area reads it. */
function defaultReassessmentMonths(ctx: ServiceContext): number {
  const value = readSetting(db(ctx), 'reassessmentMonths');
  return typeof value === 'number' ? value : REASSESSMENT_MONTHS.default;
}

function summaryOf(row: CaseListRow): CaseSummary {
  const [familyName, givenNames] = row.name === null ? [] : row.name.split(UNIT_SEPARATOR);
  return {
    id: row.id,
    caseNumber: row.caseNumber,
    personId: row.personId,
    personName: displayName(familyName === undefined ? null : { familyName, givenNames: givenNames ?? '' }),
    phase: row.phase,
    phaseLabel: PHASE_LABELS[row.phase],
    open: row.phase !== 'abgeschlossen',
    openedAt: row.openedAt,
    closedAt: row.closedAt,
    caseManager: row.caseManager,
    targetGroupNames: row.targetGroupNames === null ? [] : row.targetGroupNames.split(UNIT_SEPARATOR),
    location: row.locationId !== null && row.locationName !== null ? { id: row.locationId, name: row.locationName } : null,
    nextDueDate: row.nextDueDate,
    due: row.due === 1,
    overdue: row.overdue === 1,
    restricted: row.restricted === 1,
  };
}

/** The query for the filters and sort of `input` on `day`: without a sort the newest cases first. */
export function caseListQuery(input: CaseListInput, day: string, defaultReassessmentMonths: number): CaseListQuery {
  const text = input.text?.trim();
  return {
    phase: input.phase,
    open: input.status === undefined ? undefined : input.status === 'offen',
    targetGroupId: input.targetGroupId,
    locationId: input.locationId,
    caseManager: input.caseManager,
    due: input.due,
    text: text === '' ? undefined : text,
    sort: input.sort ?? 'openedAt',
    direction: input.direction ?? (input.sort === undefined ? 'desc' : 'asc'),
    today: day,
    defaultReassessmentMonths,
  };
}

const queryOf = (ctx: ServiceContext, input: CaseListInput): CaseListQuery => caseListQuery(input, today(ctx.now()), defaultReassessmentMonths(ctx));

export function caseListService(ctx: ServiceContext) {
  return {
    /** One window of the list and how many cases pass the filters (`cases.list`). */
    page(input: CaseListPageInput): CaseListPage {
      const { offset, limit, ...filters } = input;
      const { rows, total } = listCasePage(db(ctx), queryOf(ctx, filters), { offset, limit });
      return { rows: rows.map(summaryOf), total };
    },

    /** The whole list at once, for the demo load and the tests; the screen asks for windows (page). */
    list(input: CaseListInput): CaseSummary[] {
      return listCaseRows(db(ctx), queryOf(ctx, input)).map(summaryOf);
    },

    /** How many cases pass the filters. */
    count(input: CaseListInput = {}): number {
      return countCases(db(ctx), queryOf(ctx, input));
    },

    listFilters(): CaseListFilters {
      const store = db(ctx);
      const day = today(ctx.now());
      return {
        caseManagers: caseManagerNames(store),
        targetGroups: allTargetGroups(store).map((g) => ({
          id: g.id,
          name: g.name,
          validToday: isTargetGroupValidAt(g, day),
        })),
        locations: allLocations(store),
      };
    },
  };
}
