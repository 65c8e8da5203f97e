/**
 * The case side of a demo case: assessment and re-assessments, goals with steps that get done,
 * the Zielvereinbarung drafted and signed, closure with an outcome for every open goal, and
 * reopening.
 */
import type { ClosureReason, GoalOutcome } from '../../contract/areas/cases';
import { today as dayOf } from '../context';
import { reassessmentDueDate } from '../reassessment';
import { addDays, maxDate } from './calendar';
import { firstAssessment, freshGoals, goalAreas, goalFor, nextAssessment } from './assessmentDraft';
import type { CaseRun, GoalState } from './caseRun';
import { tidyUpBeforeClosure } from './caseNetwork';
import { valid } from './demoServices';
import { REOPEN_REASONS } from './texts';

export function assess(run: CaseRun, date: string): void {
  const { rng, person, setup } = run;
  const reached = new Set(run.goals.filter((g) => g.reached).map((g) => g.lifeAreaId));
  const entries = run.entries ? nextAssessment(rng, run.entries, reached) : firstAssessment(rng, person, setup.lifeAreaIds);
  run.svc.assessments.create(valid('assessment.create', { caseId: run.caseId, date, entries }));
  run.entries = entries;
  run.stats.assessments += 1;
}

/** Some cases get their own re-assessment cadence instead of the setting's. */
export function maybeOwnCadence(run: CaseRun): void {
  if (!run.rng.chance(0.12)) return;
  const input = valid('reassessment.setCadence', { caseId: run.caseId, months: run.rng.pick([3, 4, 12]) });
  run.cadenceMonths = run.svc.reassessments.setCadence(input.caseId, input.months).months;
}

/** The case's cadence: its own, else the setting's (asked once per seed, not per case). */
function cadenceOf(run: CaseRun): number {
  run.cadenceMonths ??= run.base.settingCadence ??= run.svc.reassessments.status(run.caseId).months;
  return run.cadenceMonths;
}

/**
 * The next re-assessment at the case's cadence, give or take some days; now and then weeks late.
 * Only one that is still late today stays overdue.
 */
export function planReassessment(run: CaseRun, last: string, end: string): void {
  const { rng } = run;
  const due = addDays(reassessmentDueDate(last, cadenceOf(run)), rng.int(-14, 10));
  const date = rng.chance(0.85) ? due : addDays(due, rng.int(30, 120));
  if (date > end) return;
  run.during(date, () => {
    reassess(run, date);
    planReassessment(run, date, end);
  });
}

/** A re-assessment; often a new goal follows, and with it a new version of the agreement. */
export function reassess(run: CaseRun, date: string, newGoal = run.rng.chance(0.4)): void {
  // Goals whose steps are all done are recorded as reached when the situation is looked at again.
  for (const goal of run.goals.filter((g) => g.open && g.steps.length > 0 && g.steps.every((s) => s.done))) reachGoal(run, goal);
  assess(run, date);
  if (!newGoal && run.goals.some((g) => g.open)) return;
  if (setGoals(run, date, 1) === 0) return;
  draftAgreement(run, date);
  if (run.stage >= 2 && run.rng.chance(0.8)) {
    const signedOn = addDays(date, run.rng.int(0, 10));
    const agreementId = run.agreement!.id;
    run.during(signedOn, () => signAgreement(run, signedOn, agreementId));
  }
}

/** Goals for the hardest areas, with steps; most steps get done around their due date. */
export function setGoals(run: CaseRun, date: string, count: number): number {
  const { rng, person, setup } = run;
  // Not twice the same goal in a case: areas whose goals were all set already are left out.
  const used = new Set(run.goals.map((g) => g.title));
  const entries = run.entries ?? [];
  const exhausted = entries.filter((e) => freshGoals(person, e.lifeAreaId, used).length === 0).map((e) => e.lifeAreaId);
  const taken = new Set([...run.goals.filter((g) => g.open).map((g) => g.lifeAreaId), ...exhausted]);
  const areas = goalAreas(rng, entries, count, taken);
  for (const lifeAreaId of areas) {
    const text = goalFor(rng, person, lifeAreaId, used);
    const view = run.svc.goals.create(
      valid('goal.create', {
        caseId: run.caseId,
        lifeAreaId,
        title: text.title,
        steps: text.steps.map((step) => ({
          description: step.description,
          responsible: step.responsible,
          partnerId: step.partner ? setup.partnerId(step.partner, date) : null,
          dueDate: addDays(date, rng.int(14, 120)),
        })),
      }),
    );
    const goal: GoalState = {
      id: view.id,
      title: text.title,
      lifeAreaId,
      open: true,
      working: false,
      reached: false,
      bleiberecht: text.title.includes('25b'),
      steps: view.steps.map((s) => ({ id: s.id, done: false })),
    };
    run.goals.push(goal);
    run.stats.goals += 1;
    view.steps.forEach((step, index) => {
      if (step.dueDate) planStep(run, goal, index, date, step.dueDate, 0);
    });
  }
  return areas.length;
}

/** Most steps get done around their due date; the others are looked at again some weeks later. */
function planStep(run: CaseRun, goal: GoalState, index: number, from: string, dueDate: string, postponed: number): void {
  const { rng } = run;
  if (rng.chance(0.75)) {
    const doneOn = maxDate(from, addDays(dueDate, rng.int(-20, 10)));
    run.during(doneOn, () => completeStep(run, goal, index, doneOn));
  } else {
    const reviewOn = addDays(dueDate, rng.int(10, 40));
    run.during(reviewOn, () => reviewStep(run, goal, index, reviewOn, postponed));
  }
}

/**
 * A step past its date, as a case manager deals with it: done late, given a new date (twice at
 * most), or its goal given up. Only steps whose review would come after today stay overdue.
 */
function reviewStep(run: CaseRun, goal: GoalState, index: number, date: string, postponed: number): void {
  const step = goal.steps[index]!;
  if (!goal.open || step.done) return;
  const { rng } = run;
  const choice = rng.weighted([
    ['late', 5],
    ['postpone', postponed < 2 ? 3 : 0],
    ['giveUp', 2],
  ] as const);
  if (choice === 'late') {
    completeStep(run, goal, index, date);
  } else if (choice === 'postpone') {
    const dueDate = addDays(date, rng.int(21, 60));
    run.svc.goals.updateStep(valid('goal.updateStep', { stepId: step.id, dueDate }));
    planStep(run, goal, index, date, dueDate, postponed + 1);
  } else {
    run.svc.goals.update(valid('goal.update', { goalId: goal.id, status: rng.chance(0.6) ? 'nicht_erreicht' : 'verworfen' }));
    goal.open = false;
  }
}

function completeStep(run: CaseRun, goal: GoalState, index: number, date: string): void {
  const step = goal.steps[index]!;
  if (!goal.open || step.done) return;
  run.svc.goals.completeStep(valid('goal.completeStep', { stepId: step.id, doneAt: date }));
  step.done = true;
  if (goal.steps.every((s) => s.done) && run.rng.chance(0.7)) reachGoal(run, goal);
}

function reachGoal(run: CaseRun, goal: GoalState): void {
  run.svc.goals.update(valid('goal.update', { goalId: goal.id, status: 'erreicht' }));
  goal.open = false;
  goal.reached = true;
  if (goal.bleiberecht && run.person.residence === 'duldung') {
    const validUntil = addDays(run.setup.today, run.rng.int(300, 900));
    run.svc.persons.update(
      valid('persons.update', {
        personId: run.personId,
        residenceStatus: 'aufenthaltserlaubnis',
        residenceParagraph: '§ 25b AufenthG',
        residenceValidUntil: validUntil,
      }),
    );
    run.person.residence = 'aufenthaltserlaubnis';
  }
}

export function draftAgreement(run: CaseRun, date: string): void {
  const view = run.svc.agreements.create(valid('agreement.create', { caseId: run.caseId, date }));
  run.agreement = { id: view.id, signed: false };
  run.stats.agreements += 1;
}

/** Signed by client and case manager; the goals are then being worked on. */
export function signAgreement(run: CaseRun, date: string, agreementId = run.agreement?.id): void {
  const agreement = run.agreement;
  if (!agreement || agreement.signed || agreement.id !== agreementId) return;
  run.svc.agreements.sign(valid('agreement.sign', { agreementId: agreement.id, signedAt: date }));
  agreement.signed = true;
  for (const goal of run.goals.filter((g) => g.open && !g.working)) {
    run.svc.goals.update(valid('goal.update', { goalId: goal.id, status: 'in_arbeit' }));
    goal.working = true;
  }
}

const OUTCOMES: Record<ClosureReason, readonly (readonly [GoalOutcome, number])[]> = {
  ziele_erreicht: [
    ['erreicht', 8],
    ['teilweise_erreicht', 2],
  ],
  regeldienst: [
    ['erreicht', 3],
    ['teilweise_erreicht', 5],
    ['nicht_erreicht', 2],
  ],
  wegzug: [
    ['teilweise_erreicht', 2],
    ['nicht_erreicht', 5],
    ['verworfen', 3],
  ],
  kontaktabbruch: [
    ['teilweise_erreicht', 2],
    ['nicht_erreicht', 5],
    ['verworfen', 3],
  ],
  mitwirkung_beendet: [
    ['nicht_erreicht', 6],
    ['verworfen', 4],
  ],
  ausreise: [
    ['nicht_erreicht', 5],
    ['verworfen', 5],
  ],
  sonstiges: [
    ['erreicht', 2],
    ['teilweise_erreicht', 3],
    ['nicht_erreicht', 3],
    ['verworfen', 2],
  ],
};

/** Closed with a reason; every goal still open gets its outcome. */
export function closeCase(run: CaseRun, reason: ClosureReason): void {
  const open = run.goals.filter((g) => g.open);
  const goalOutcomes = open.map((g) => ({ goalId: g.id, outcome: run.rng.weighted(OUTCOMES[reason]) }));
  tidyUpBeforeClosure(run);
  // A goal reached in the end: its steps still open are ticked off first.
  const today = dayOf(run.base.clock.now());
  for (const [i, goal] of open.entries()) {
    if (goalOutcomes[i]!.outcome !== 'erreicht') continue;
    for (const step of goal.steps.filter((s) => !s.done)) {
      run.svc.goals.completeStep(valid('goal.completeStep', { stepId: step.id, doneAt: today }));
      step.done = true;
    }
  }
  run.svc.cases.close(valid('cases.close', { caseId: run.caseId, reason, goalOutcomes }));
  for (const [i, goal] of open.entries()) {
    goal.open = false;
    goal.reached = goalOutcomes[i]!.outcome === 'erreicht';
  }
  run.open = false;
  run.period += 1;
  run.stats.closures += 1;
}

export function reopenCase(run: CaseRun): void {
  run.svc.cases.reopen(valid('cases.reopen', { caseId: run.caseId, reason: run.rng.pick(REOPEN_REASONS) }));
  run.open = true;
  run.stage = 3;
  run.stats.reopenings += 1;
}
