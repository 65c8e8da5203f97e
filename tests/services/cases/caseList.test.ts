import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CaseListInput } from '../../../electron/contract/areas/cases';
import { reassessmentDueDate } from '../../../electron/services/reassessment';
import { caseListStatement } from '../../../db/queries/caseList';
import { reassessmentDueDateInSql } from '../../../db/queries/reassessmentDue';
import { addAssessment, addFollowUp, addGoal, addStep } from './otherAreas';
import { caseStore, codeOf, type CaseStore } from './helpers';

const numbers = (s: CaseStore, input: CaseListInput = {}) => s.cases.list(input).map((c) => c.caseNumber);

/** Three people, three cases on three days; the third is closed. Today is 2026-03-10. */
async function threeCases() {
  const s = await caseStore('2026-03-10T10:00:00');
  const gu = s.locations.create({ name: 'GU Hochdahler Straße', kind: 'gu', municipality: 'Hilden' });
  const rathaus = s.locations.create({ name: 'Rathaus Erkrath', kind: 'rathaus', municipality: 'Erkrath' });
  const duldung = s.targetGroups.create({ name: 'Geduldete über 27', validFrom: '2021-01-01' });
  const minors = s.targetGroups.create({ name: 'Unbegleitete Minderjährige', validFrom: '2021-01-01' });
  const ahmadi = s.person({
    names: [
      { familyName: 'Ahmadi', givenNames: 'Reza' },
      { familyName: 'Ahmady', givenNames: 'Resa', note: 'Ausweis' },
    ],
  });
  const oezdemir = s.person({ names: [{ familyName: 'Özdemir', givenNames: 'Elif' }] });
  const petrenko = s.person({ names: [{ familyName: 'Petrenko', givenNames: 'Olena' }] });
  const a = s.openCase({ personId: ahmadi.id, date: '2026-01-05', targetGroupIds: [minors.id, duldung.id], locationId: gu.id, caseManager: 'Aylin Demir' })
    .caseId!;
  const b = s.openCase({ personId: oezdemir.id, date: '2026-02-01', targetGroupIds: [duldung.id], locationId: rathaus.id, caseManager: 'Jonas Weber' }).caseId!;
  const c = s.openCase({ personId: petrenko.id, date: '2026-03-02', caseManager: 'Aylin Demir' }).caseId!;
  s.cases.close({ caseId: c, reason: 'wegzug' });
  return { s, a, b, c, gu, rathaus, duldung, minors };
}

describe('the case list', () => {
  it('shows name, phase, target groups, location and manager of each case, the newest first', async () => {
    const { s, a, gu, duldung, minors } = await threeCases();
    const list = s.cases.list({});
    expect(list.map((c) => c.caseNumber)).toEqual(['2026-0003', '2026-0002', '2026-0001']);
    expect(list[2]).toEqual({
      id: a,
      caseNumber: '2026-0001',
      personId: expect.any(String),
      personName: 'Ahmadi, Reza',
      phase: 'assessment',
      phaseLabel: 'Assessment',
      open: true,
      openedAt: '2026-01-05',
      closedAt: null,
      caseManager: 'Aylin Demir',
      // in the configured order (sort order, then name), not in the order they were chosen
      targetGroupNames: [duldung.name, minors.name],
      location: { id: gu.id, name: 'GU Hochdahler Straße' },
      nextDueDate: null,
      due: false,
      overdue: false,
      restricted: false,
    });
    expect(list[0]).toMatchObject({
      personName: 'Petrenko, Olena',
      open: false,
      phaseLabel: 'Abgeschlossen',
      closedAt: '2026-03-10',
      targetGroupNames: [],
      location: null,
    });
  });

  it('filters by phase, status, target group, location and case manager, together', async () => {
    const { s, duldung, minors, gu, rathaus } = await threeCases();
    expect(numbers(s, { phase: 'assessment' })).toEqual(['2026-0002', '2026-0001']);
    expect(numbers(s, { phase: 'abgeschlossen' })).toEqual(['2026-0003']);
    expect(numbers(s, { status: 'offen' })).toEqual(['2026-0002', '2026-0001']);
    expect(numbers(s, { status: 'abgeschlossen' })).toEqual(['2026-0003']);
    expect(numbers(s, { targetGroupId: duldung.id })).toEqual(['2026-0002', '2026-0001']);
    expect(numbers(s, { targetGroupId: minors.id })).toEqual(['2026-0001']);
    expect(numbers(s, { locationId: gu.id })).toEqual(['2026-0001']);
    expect(numbers(s, { locationId: rathaus.id })).toEqual(['2026-0002']);
    expect(numbers(s, { caseManager: 'Aylin Demir' })).toEqual(['2026-0003', '2026-0001']);
    expect(numbers(s, { caseManager: 'Aylin' })).toEqual([]); // exact name, not a part of it
    expect(numbers(s, { caseManager: 'Aylin Demir', status: 'offen', targetGroupId: duldung.id, locationId: gu.id })).toEqual(['2026-0001']);
    expect(numbers(s, { caseManager: 'Jonas Weber', phase: 'abgeschlossen' })).toEqual([]);
  });

  it('finds a case by any spelling of the name, part of it, in any order, or by the case number', async () => {
    const { s } = await threeCases();
    expect(numbers(s, { text: 'ahmady' })).toEqual(['2026-0001']); // the second spelling
    expect(numbers(s, { text: 'Resa Ahmady' })).toEqual(['2026-0001']);
    expect(numbers(s, { text: 'Reza Ahmadi' })).toEqual(['2026-0001']);
    expect(numbers(s, { text: 'Ahmadi Reza' })).toEqual(['2026-0001']);
    expect(numbers(s, { text: 'Ahmadi, Reza' })).toEqual(['2026-0001']);
    expect(numbers(s, { text: 'hma' })).toEqual(['2026-0001']); // part of a name
    expect(numbers(s, { text: 'ozdemir' })).toEqual(['2026-0002']); // without the accent
    expect(numbers(s, { text: 'Özdemir' })).toEqual(['2026-0002']);
    expect(numbers(s, { text: '2026-0003' })).toEqual(['2026-0003']);
    expect(numbers(s, { text: '0002' })).toEqual(['2026-0002']);
    expect(numbers(s, { text: '2026' })).toEqual(['2026-0003', '2026-0002', '2026-0001']);
    expect(numbers(s, { text: 'Müller' })).toEqual([]);
    // LIKE's wildcards and the search index's operators are plain text
    expect(numbers(s, { text: '%' })).toEqual([]);
    expect(numbers(s, { text: '_' })).toEqual([]);
    expect(numbers(s, { text: 'Ahmadi OR Petrenko' })).toEqual([]);
    expect(numbers(s, { text: '"' })).toEqual([]);
    expect(numbers(s, { text: '   ' })).toEqual(['2026-0003', '2026-0002', '2026-0001']);
    expect(numbers(s, { text: 'olena', status: 'offen' })).toEqual([]);
  });

  it('sorts by case number, name, phase, opening date and next due date, both ways', async () => {
    const { s, a, b } = await threeCases();
    addFollowUp(s, a, '2026-04-01');
    addFollowUp(s, b, '2026-03-20');
    expect(numbers(s, { sort: 'caseNumber' })).toEqual(['2026-0001', '2026-0002', '2026-0003']);
    expect(numbers(s, { sort: 'caseNumber', direction: 'desc' })).toEqual(['2026-0003', '2026-0002', '2026-0001']);
    // Ahmadi, Özdemir, Petrenko: Ö as O, as in German lists
    expect(numbers(s, { sort: 'name' })).toEqual(['2026-0001', '2026-0002', '2026-0003']);
    expect(numbers(s, { sort: 'name', direction: 'desc' })).toEqual(['2026-0003', '2026-0002', '2026-0001']);
    // the cycle's order, not the alphabet; equal phases by case number
    expect(numbers(s, { sort: 'phase' })).toEqual(['2026-0001', '2026-0002', '2026-0003']);
    expect(numbers(s, { sort: 'phase', direction: 'desc' })).toEqual(['2026-0003', '2026-0001', '2026-0002']);
    expect(numbers(s, { sort: 'openedAt' })).toEqual(['2026-0001', '2026-0002', '2026-0003']);
    expect(numbers(s, { sort: 'openedAt', direction: 'desc' })).toEqual(['2026-0003', '2026-0002', '2026-0001']);
    // cases with nothing scheduled last, in both directions
    expect(numbers(s, { sort: 'nextDue' })).toEqual(['2026-0002', '2026-0001', '2026-0003']);
    expect(numbers(s, { sort: 'nextDue', direction: 'desc' })).toEqual(['2026-0001', '2026-0002', '2026-0003']);
  });

  it('sorts names regardless of case and marks, family name first', async () => {
    const s = await caseStore('2026-03-10T10:00:00');
    const names: [string, string][] = [
      ['de Vries', 'Anna'],
      ['Şahin', 'Emre'],
      ['Bakr', 'Omar'],
      ['Abbas', 'Lina'],
      ['Abbas', 'Ali'],
      ['Sahin', 'Deniz'],
      ['Ümit', 'Can'],
    ];
    for (const [familyName, givenNames] of names) s.openCase({ personId: s.person({ names: [{ familyName, givenNames }] }).id });
    expect(s.cases.list({ sort: 'name' }).map((c) => c.personName)).toEqual([
      'Abbas, Ali',
      'Abbas, Lina',
      'Bakr, Omar',
      'de Vries, Anna',
      'Sahin, Deniz',
      'Şahin, Emre',
      'Ümit, Can',
    ]);
  });
});

describe('what is due in the case list', () => {
  it('counts an open follow-up due today or earlier; a later or done one only gives the next date', async () => {
    const { s, a, b, c } = await threeCases();
    addFollowUp(s, a, '2026-03-10');
    addFollowUp(s, b, '2026-03-11');
    addFollowUp(s, b, '2026-03-01', 'erledigt', { doneAt: '2026-03-02T10:00:00.000Z' });
    addFollowUp(s, c, '2026-03-01'); // on a closed case
    const byNumber = Object.fromEntries(s.cases.list({}).map((x) => [x.caseNumber, x]));
    expect(byNumber['2026-0001']).toMatchObject({ nextDueDate: '2026-03-10', due: true, overdue: false });
    expect(byNumber['2026-0002']).toMatchObject({ nextDueDate: '2026-03-11', due: false, overdue: false });
    expect(byNumber['2026-0003']).toMatchObject({ nextDueDate: null, due: false, overdue: false });
    expect(numbers(s, { due: 'faellig' })).toEqual(['2026-0001']);
    expect(numbers(s, { due: 'ueberfaellig' })).toEqual([]);

    s.setNow('2026-03-11T09:00:00');
    expect(numbers(s, { due: 'faellig' })).toEqual(['2026-0002', '2026-0001']);
    expect(numbers(s, { due: 'ueberfaellig' })).toEqual(['2026-0001']);
  });

  it('counts a step of an open goal once it is past its date, not steps done or of settled goals', async () => {
    const { s, a, b } = await threeCases();
    addStep(s, addGoal(s, a, 'in_arbeit'), '2026-03-09');
    const today = addGoal(s, b, 'offen');
    addStep(s, today, '2026-03-10');
    addStep(s, today, '2026-02-01', '2026-02-02');
    addStep(s, addGoal(s, b, 'teilweise_erreicht'), '2026-01-15');
    addStep(s, addGoal(s, b, 'verworfen'), '2026-01-16');
    addStep(s, addGoal(s, b, 'offen'), null);
    const [second, first] = s.cases.list({ status: 'offen' });
    expect(first).toMatchObject({ caseNumber: '2026-0001', nextDueDate: '2026-03-09', due: true, overdue: true });
    // due today is not yet past its date (as on "Heute")
    expect(second).toMatchObject({ caseNumber: '2026-0002', nextDueDate: '2026-03-10', due: false, overdue: false });
    expect(numbers(s, { due: 'faellig' })).toEqual(['2026-0001']);
    expect(numbers(s, { due: 'ueberfaellig' })).toEqual(['2026-0001']);
  });

  it('counts the re-assessment from the last assessment and the cadence, the case’s own or the setting', async () => {
    const { s, a, b } = await threeCases();
    addAssessment(s, a, '2025-09-10');
    addAssessment(s, a, '2025-10-01', 're'); // the last one counts: due 2026-04-01
    addAssessment(s, b, '2025-09-10'); // due 2026-03-10
    const next = () => Object.fromEntries(s.cases.list({ status: 'offen' }).map((x) => [x.caseNumber, [x.nextDueDate, x.due, x.overdue]]));
    expect(next()).toEqual({ '2026-0001': ['2026-04-01', false, false], '2026-0002': ['2026-03-10', true, false] });

    s.settings.update({ reassessmentMonths: 4 });
    expect(next()).toEqual({ '2026-0001': ['2026-02-01', true, true], '2026-0002': ['2026-01-10', true, true] });
    s.cases.update({ caseId: a, reassessmentMonths: 12 });
    expect(next()).toEqual({ '2026-0001': ['2026-10-01', false, false], '2026-0002': ['2026-01-10', true, true] });
    expect(numbers(s, { due: 'ueberfaellig' })).toEqual(['2026-0002']);
  });

  it('takes the earliest of follow-ups, steps and re-assessment as the next date', async () => {
    const { s, a } = await threeCases();
    addAssessment(s, a, '2025-12-01'); // re-assessment 2026-06-01
    addFollowUp(s, a, '2026-05-01');
    addStep(s, addGoal(s, a), '2026-04-15');
    expect(s.cases.list({ sort: 'nextDue' })[0]).toMatchObject({ caseNumber: '2026-0001', nextDueDate: '2026-04-15', due: false });
  });

  it('computes the re-assessment date in the database exactly as reassessmentDueDate does', async () => {
    const s = await caseStore();
    const days = ['2024-01-31', '2024-02-29', '2025-08-31', '2025-03-30', '2025-12-31', '2026-05-15', '2023-11-30', '2024-10-31'];
    for (const day of days) {
      for (const months of [1, 2, 3, 6, 11, 12, 13, 24]) {
        expect(reassessmentDueDateInSql(s.db(), day, months), `${day} + ${months}`).toBe(reassessmentDueDate(day, months));
      }
    }
  });

  it('lists as due exactly the cases "Heute" shows a follow-up, conference task, step or re-assessment for', async () => {
    const { s, a, b } = await threeCases();
    const d = s.openCase({ date: '2026-03-03' }).caseId!;
    const e = s.openCase({ date: '2026-03-04' }).caseId!;
    addFollowUp(s, a, '2026-03-01');
    addStep(s, addGoal(s, b, 'in_arbeit'), '2026-02-20');
    addAssessment(s, d, '2025-09-01');
    addFollowUp(s, e, '2026-03-30');
    const onToday = new Set(
      s.today
        .items({})
        .groups.filter((g) => ['followUp', 'conferenceAction', 'goalStep', 'reassessment'].includes(g.kind))
        .flatMap((g) => g.items.map((i) => i.caseId)),
    );
    expect(new Set(s.cases.list({ due: 'faellig' }).map((c) => c.id))).toEqual(onToday);
    expect(onToday.size).toBe(3);
  });
});

describe('the case list’s filter choices', () => {
  it('offers the case managers named on cases, every target group and every location', async () => {
    const { s, minors, rathaus } = await threeCases();
    s.targetGroups.end({ targetGroupId: minors.id, validUntil: '2026-03-01' });
    s.locations.deactivate({ locationId: rathaus.id });
    expect(s.cases.listFilters()).toEqual({
      caseManagers: ['Aylin Demir', 'Jonas Weber'],
      targetGroups: [
        { id: expect.any(String), name: 'Geduldete über 27', validToday: true },
        { id: minors.id, name: 'Unbegleitete Minderjährige', validToday: false },
      ],
      locations: [
        { id: expect.any(String), name: 'GU Hochdahler Straße', active: true },
        { id: rathaus.id, name: 'Rathaus Erkrath', active: false },
      ],
    });
  });

  it('reads only: no audit entries; refuses while locked', async () => {
    const { s } = await threeCases();
    const mark = s.auditMark();
    s.cases.list({ due: 'faellig', text: 'Ahmadi', sort: 'nextDue' });
    s.cases.listFilters();
    expect(s.auditSince(mark)).toEqual([]);
    s.store.lock('manual');
    expect(codeOf(() => s.cases.list({}))).toBe('LOCKED');
    expect(codeOf(() => s.cases.listFilters())).toBe('LOCKED');
  });
});

/** A district's store after some years: 10,000 persons, 5,000 cases with follow-ups, goals, steps and assessments. */
function fillLargeStore(s: CaseStore) {
  const { sqlite } = s.store.session();
  const at = '2026-01-01T00:00:00.000Z';
  const groupIds = [1, 2, 3, 4].map((n) => s.targetGroups.create({ name: `Zielgruppe ${n}`, validFrom: '2021-01-01' }).id);
  const locationIds = [1, 2, 3, 4, 5, 6].map((n) => s.locations.create({ name: `Standort ${n}`, kind: 'gu', municipality: 'Mettmann' }).id);
  const insert = {
    person: sqlite.prepare(`INSERT INTO persons (id, created_at, updated_at) VALUES (?, '${at}', '${at}')`),
    name: sqlite.prepare('INSERT INTO person_names (id, person_id, family_name, given_names, is_primary) VALUES (?, ?, ?, ?, ?)'),
    theCase: sqlite.prepare(
      `INSERT INTO cases (id, person_id, case_number, case_manager, location_id, phase, opened_at, closed_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '${at}')`,
    ),
    group: sqlite.prepare('INSERT INTO case_target_groups (case_id, target_group_id) VALUES (?, ?)'),
    followUp: sqlite.prepare(
      `INSERT INTO follow_ups (id, case_id, due_date, title, source, done_at, created_at) VALUES (?, ?, ?, 'Nachfragen', 'manuell', ?, '${at}')`,
    ),
    goal: sqlite.prepare(
      `INSERT INTO goals (id, case_id, life_area_id, title, status, created_at, updated_at) VALUES (?, ?, 'sprache', 'Deutschkurs', ?, '${at}', '${at}')`,
    ),
    step: sqlite.prepare(`INSERT INTO goal_steps (id, goal_id, description, responsible, due_date) VALUES (?, ?, 'Anmelden', 'klient', ?)`),
    assessment: sqlite.prepare(`INSERT INTO assessments (id, case_id, kind, date, recorded_by, created_at) VALUES (?, ?, 'erst', ?, 'Test', '${at}')`),
  };
  const phases = ['erstberatung', 'assessment', 'zielvereinbarung', 'leistungssteuerung', 'monitoring', 'abgeschlossen'] as const;
  const day = (n: number) => new Date(Date.UTC(2023, 0, 1 + n)).toISOString().slice(0, 10);
  sqlite.transaction(() => {
    for (let i = 0; i < 10_000; i += 1) {
      const personId = `p${i}`;
      insert.person.run(personId);
      insert.name.run(`n${i}`, personId, `Familie${i}`, `Vorname${i % 97}`, 1);
      if (i % 5 === 0) insert.name.run(`m${i}`, personId, `Familje${i}`, `Vorname${i % 97}`, 0);
      if (i % 2 === 1) continue;
      const c = i / 2;
      const caseId = `c${c}`;
      const phase = phases[c % phases.length]!;
      insert.theCase.run(
        caseId,
        personId,
        `2025-${String(c).padStart(5, '0')}`,
        `Berater:in ${c % 12}`,
        locationIds[c % 6]!,
        phase,
        day(c % 1100),
        phase === 'abgeschlossen' ? day(1100) : null,
      );
      insert.group.run(caseId, groupIds[c % 4]!);
      if (c % 3 === 0) insert.group.run(caseId, groupIds[(c + 1) % 4]!);
      insert.followUp.run(`f${c}`, caseId, day(1100 + (c % 200)), c % 4 === 0 ? at : null);
      const goalId = `g${c}`;
      insert.goal.run(goalId, caseId, c % 7 === 0 ? 'erreicht' : 'in_arbeit');
      insert.step.run(`s${c}a`, goalId, day(1000 + (c % 300)));
      insert.step.run(`s${c}b`, goalId, day(1200 + (c % 300)));
      insert.assessment.run(`a${c}a`, caseId, day(c % 1100));
      if (c % 2 === 0) insert.assessment.run(`a${c}b`, caseId, day((c % 1100) + 30));
    }
  })();
  return { groupIds, locationIds };
}

/** The query plan of a statement as (id, parent, detail) rows. */
function planOf(s: CaseStore, statement: ReturnType<typeof caseListStatement>) {
  return s.db().all<{ id: number; parent: number; detail: string }>(sql`EXPLAIN QUERY PLAN ${statement}`);
}

/** The plan's lines below the node whose detail starts with `head` (e.g. "MATERIALIZE windowed"). */
function linesBelow(plan: { id: number; parent: number; detail: string }[], head: string): string[] {
  const root = plan.find((line) => line.detail.startsWith(head));
  if (!root) return [];
  const inside = new Set([root.id]);
  const below: string[] = [];
  for (const line of plan) {
    if (inside.has(line.parent)) {
      inside.add(line.id);
      below.push(line.detail);
    }
  }
  return below;
}

const QUERY = { today: '2026-03-10', defaultReassessmentMonths: 6 } as const;

describe('the case list with thousands of cases', () => {
  let s: CaseStore;
  let groupIds: string[];
  let locationIds: string[];
  beforeAll(async () => {
    s = await caseStore('2026-03-10T10:00:00');
    ({ groupIds, locationIds } = fillLargeStore(s));
  }, 120_000);

  it('filters and sorts 5,000 cases of 10,000 persons, the dates of each case found through indexes', () => {
    const inputs: CaseListInput[] = [
      {},
      { sort: 'nextDue' },
      { sort: 'name', direction: 'desc' },
      { sort: 'phase' },
      { due: 'faellig', sort: 'nextDue' },
      { status: 'offen', targetGroupId: groupIds[2]!, locationId: locationIds[2]!, caseManager: 'Berater:in 2' },
      { text: 'Familje12' },
      { text: '2025-0004' },
    ];
    // How fast: `npm run bench` (no timing assertions in tests); here what keeps it fast, the query plans below.
    for (const input of inputs) expect(s.cases.page({ ...input, offset: 0, limit: 100 }).total, JSON.stringify(input)).toBeGreaterThan(0);
    expect(s.cases.count()).toBe(5000);
    // each case's dates are looked up through its own index, never by scanning a whole table
    const plan = planOf(s, caseListStatement({ ...QUERY, sort: 'nextDue', direction: 'asc', text: 'Familie' }, { offset: 0, limit: 100 })).map(
      (row) => row.detail,
    );
    for (const index of [
      'person_names_person_idx',
      'case_target_groups',
      'follow_ups_case_idx',
      'goals_case_idx',
      'goal_steps_goal_idx',
      'assessments_case_idx',
    ]) {
      expect(
        plan.some((line) => line.includes(index)),
        `${index} in ${plan.join(' | ')}`,
      ).toBe(true);
    }
    expect(
      plan.filter((line) => /^SCAN (f|o|s|a|n|g|t)\b/.test(line)),
      plan.join(' | '),
    ).toEqual([]);
    expect(s.cases.list({ text: 'Familje12' }).map((c) => c.personName)).toEqual(expect.arrayContaining(['Familie120, Vorname23']));
  });

  it('orders by the case’s own columns first and looks up names, target groups and dates for the window’s rows only', () => {
    for (const sort of ['caseNumber', 'openedAt', 'phase'] as const) {
      const plan = planOf(s, caseListStatement({ ...QUERY, sort, direction: 'desc', open: true }, { offset: 200, limit: 100 }));
      const ordering = linesBelow(plan, 'MATERIALIZE windowed');
      expect(ordering.length, sort).toBeGreaterThan(0);
      // finding the window reads only the cases (no other table, no subquery per case)
      expect(
        ordering.filter((line) => /person_names|case_target_groups|follow_ups|goals|goal_steps|assessments|case_restrictions|SUBQUERY/.test(line)),
        `${sort}: ${ordering.join(' | ')}`,
      ).toEqual([]);
      // the rest comes through the indexes, outside the window's ordering
      const details = plan.map((line) => line.detail);
      for (const index of ['person_names_person_idx', 'follow_ups_case_idx', 'goals_case_idx', 'assessments_case_idx', 'case_restrictions_']) {
        expect(
          details.some((line) => line.includes(index)),
          `${sort}: ${index} in ${details.join(' | ')}`,
        ).toBe(true);
      }
    }
    // the total of a list not filtered by what is due: counted on the cases alone (an index), without names or dates
    const count = planOf(s, caseListStatement({ ...QUERY, sort: 'name', direction: 'asc', open: true }, { offset: 0, limit: 1 }, true)).map((l) => l.detail);
    expect(count, count.join(' | ')).toEqual(['SCAN c USING COVERING INDEX cases_phase_idx']);
    // sorted by name: the name is needed to order, the dates are not
    // each case's dates are looked up once (materialized), not once per use in the next date and the flags
    const dated = planOf(s, caseListStatement({ ...QUERY, sort: 'nextDue', direction: 'asc' }, { offset: 0, limit: 100 })).map((line) => line.detail);
    expect(
      dated.filter((line) => line.includes('assessments_case_idx')),
      dated.join(' | '),
    ).toHaveLength(1);
    const byName = linesBelow(planOf(s, caseListStatement({ ...QUERY, sort: 'name', direction: 'asc' }, { offset: 0, limit: 100 })), 'MATERIALIZE windowed');
    expect(byName.some((line) => line.includes('person_names_person_idx'))).toBe(true);
    expect(byName.filter((line) => /follow_ups|goals|assessments|case_target_groups/.test(line))).toEqual([]);
  });

  it('answers a window of at most 500 rows, the same size whatever the store holds', async () => {
    const size = (input: Parameters<CaseStore['cases']['page']>[0]) => JSON.stringify(s.cases.page(input)).length;
    const small = await caseStore('2026-03-10T10:00:00');
    for (let i = 0; i < 120; i += 1) small.openCase({ personId: small.person({ names: [{ familyName: `Familie${i}`, givenNames: 'Vorname' }] }).id });
    const window = { offset: 0, limit: 100 };
    const large = size({ ...window, sort: 'caseNumber' });
    const few = JSON.stringify(small.cases.page({ ...window, sort: 'caseNumber' })).length;
    // 100 rows of 5,000 are about as large as 100 rows of 120 (names and numbers differ a little)
    expect(large).toBeLessThan(few * 1.5);
    expect(s.cases.page({ ...window, sort: 'caseNumber' }).rows).toHaveLength(100);
    expect(s.cases.page({ offset: 4990, limit: 100, sort: 'caseNumber' })).toMatchObject({ total: 5000, rows: { length: 10 } });
    expect(s.cases.page({ offset: 6000, limit: 100 })).toEqual({ rows: [], total: 5000 });
    // the whole list would be 50 times larger
    expect(JSON.stringify(s.cases.list({})).length).toBeGreaterThan(large * 40);
  });
});
