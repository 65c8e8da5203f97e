/**
 * The case list in windows (issue 13): every window is the same slice of the same order as the
 * whole list, for every filter and sort both ways, and the whole list is row for row what the
 * list computed before it came in windows (caseListReference). On one seeded store (read only).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { CASE_LIST_DUE, CASE_LIST_SORTS, SORT_DIRECTIONS, type CaseListInput, type CaseSummary } from '../../../electron/contract/areas/cases';
import { listCaseRows, type CaseListQuery } from '../../../db/queries/caseList';
import { caseListQuery } from '../../../electron/services/cases/caseList';
import { seededStore } from '../seed/helpers';
import { referenceCaseList } from './caseListReference';
import type { CaseStore } from './helpers';
import { addFollowUp, addGoal, addStep } from './otherAreas';

type Store = Awaited<ReturnType<typeof seededStore>>;
let s: Store;
let filters: CaseListInput[];

/** The query the service builds for `input` (the settings' cadence is the default, 6 months). */
const queryOf = (input: CaseListInput): CaseListQuery => caseListQuery(input, '2026-03-15', 6);

/** All windows of `size` rows, one after the other, until the total is reached. */
function allPages(input: CaseListInput, size: number): { rows: CaseSummary[]; totals: number[] } {
  const rows: CaseSummary[] = [];
  const totals: number[] = [];
  for (let offset = 0; ; offset += size) {
    const page = s.cases.page({ ...input, offset, limit: size });
    totals.push(page.total);
    rows.push(...page.rows);
    if (page.rows.length < size) break;
  }
  return { rows, totals };
}

beforeAll(async () => {
  s = await seededStore({ cases: 36, seed: 5 });
  const open = s.cases.list({ status: 'offen' });
  // What the demo data may not have: a restricted case with dates (nothing due), a follow-up on a
  // closed case (no dates), equal dates (ties broken by the case number).
  const rowsOf = { db: () => s.db } as unknown as CaseStore;
  const [first, second, third] = open;
  addFollowUp(rowsOf, first!.id, '2026-03-01');
  s.restrictions.restrict({ caseId: first!.id, since: '2026-03-10', reason: 'Richtigkeit bestritten' });
  addFollowUp(rowsOf, second!.id, '2026-03-15');
  addStep(rowsOf, addGoal(rowsOf, third!.id, 'offen'), '2026-03-15');
  // Ties: three cases opened the same day, two names the same once folded (Ö as O): the case number decides.
  const day = open[5]!.openedAt;
  for (const familyName of ['Özer', 'Ozer', 'Oezer']) {
    const person = s.persons.create({ names: [{ familyName, givenNames: 'Ada' }] });
    s.intakes.record({
      personId: person.id,
      date: day,
      accessRoute: 'sprechstunde',
      targetGroupIds: [],
      decision: 'fall_eroeffnet',
      consent: { givenAt: day, form: 'schriftlich' },
    });
  }
  const closed = s.cases.list({ status: 'abgeschlossen' })[0];
  if (closed) addFollowUp(rowsOf, closed.id, '2026-03-02');
  const choices = s.cases.listFilters();
  const someone = open[4]!;
  filters = [
    {},
    { status: 'offen' },
    { status: 'abgeschlossen' },
    { phase: 'monitoring' },
    { due: 'faellig' },
    { due: 'ueberfaellig' },
    { due: 'faellig', status: 'offen' },
    { targetGroupId: choices.targetGroups[0]!.id },
    { locationId: choices.locations[0]!.id, status: 'offen' },
    { caseManager: choices.caseManagers[0]! },
    { text: someone.personName.split(',')[0]! },
    { text: someone.caseNumber.slice(-3) },
    { text: 'a', due: 'faellig' },
    { text: 'niemand-heisst-so' },
  ];
}, 120_000);

describe('the case list in windows', () => {
  it('the whole list is row for row what the five correlated subqueries gave, for every filter and sort both ways', () => {
    let compared = 0;
    for (const filter of filters) {
      for (const sort of CASE_LIST_SORTS) {
        for (const direction of SORT_DIRECTIONS) {
          const q = queryOf({ ...filter, sort, direction });
          const expected = referenceCaseList(s.db, q);
          expect(listCaseRows(s.db, q), JSON.stringify(q)).toEqual(expected);
          compared += expected.length;
        }
      }
    }
    // the store gives each filter something to compare (all but the last)
    expect(compared).toBeGreaterThan(500);
  });

  it('the windows one after the other give the whole list, each with its total, for every filter and sort both ways', () => {
    for (const filter of filters) {
      for (const sort of [undefined, ...CASE_LIST_SORTS]) {
        for (const direction of [undefined, ...SORT_DIRECTIONS]) {
          const input: CaseListInput = { ...filter, ...(sort ? { sort } : {}), ...(direction ? { direction } : {}) };
          const whole = s.cases.list(input);
          const { rows, totals } = allPages(input, 7);
          expect(rows, JSON.stringify(input)).toEqual(whole);
          expect(new Set(totals), JSON.stringify(input)).toEqual(new Set([whole.length]));
        }
      }
    }
    expect(s.cases.list({}).map((c) => c.restricted)).toContain(true);
    expect(s.cases.list({ due: 'faellig' }).length).toBeGreaterThan(2);
  });

  it('any window is the slice of the whole list, with the total (property)', () => {
    const wholes = new Map<string, CaseSummary[]>();
    const whole = (input: CaseListInput) => {
      const key = JSON.stringify(input);
      if (!wholes.has(key)) wholes.set(key, s.cases.list(input));
      return wholes.get(key)!;
    };
    fc.assert(
      fc.property(
        fc.record(
          {
            filter: fc.constantFrom(...filters),
            due: fc.constantFrom(undefined, ...CASE_LIST_DUE),
            sort: fc.constantFrom(undefined, ...CASE_LIST_SORTS),
            direction: fc.constantFrom(undefined, ...SORT_DIRECTIONS),
            offset: fc.nat({ max: 45 }),
            limit: fc.integer({ min: 1, max: 40 }),
          },
          { requiredKeys: ['filter', 'offset', 'limit'] },
        ),
        ({ filter, due, sort, direction, offset, limit }) => {
          const input: CaseListInput = { ...filter, ...(due ? { due } : {}), ...(sort ? { sort } : {}), ...(direction ? { direction } : {}) };
          const all = whole(input);
          expect(s.cases.page({ ...input, offset, limit })).toEqual({ rows: all.slice(offset, offset + limit), total: all.length });
        },
      ),
      { numRuns: 150, seed: 13 },
    );
  });
});
