/**
 * Outcome goals (Ergebnisziele) per life area, each with steps: who does what by when.
 * A step is done by the client, the case management or a network partner (then named).
 */
import type { z } from 'zod';
import { KimError } from '../../contract/errors';
import type { GoalView, StepInput, addStepInput, completeStepInput, createGoalInput, updateGoalInput, updateStepInput } from '../../contract/areas/assessment';
import {
  goalById,
  goalRows,
  insertGoal,
  insertStep,
  nextStepSortOrder,
  partnerById,
  stepById,
  stepsOfGoals,
  touchGoal,
  updateGoal,
  updateStep,
} from '../../../db/queries/goals';
import { assertNotInFuture, db, newId, requireOpenCase, transaction, type ServiceContext } from '../context';
import { requireActiveLifeArea, requireCase } from './caseRules';
import { GOAL_STATUS_LABELS, STEP_RESPONSIBLE_LABELS } from './scale';

type In<S extends z.ZodType> = z.output<S>;

/** A partner is named exactly when a partner does the step, and must exist. */
function checkStepPartner(ctx: ServiceContext, responsible: StepInput['responsible'], partnerId: string | null | undefined): string | null {
  if (responsible !== 'partner') {
    if (partnerId) throw new KimError('STEP_PARTNER_NOT_EXPECTED');
    return null;
  }
  if (!partnerId) throw new KimError('STEP_PARTNER_REQUIRED');
  if (!partnerById(db(ctx), partnerId)) throw new KimError('PARTNER_NOT_FOUND');
  return partnerId;
}

function stepRecord(ctx: ServiceContext, goalId: string, step: StepInput, sortOrder: number) {
  return {
    id: newId(),
    goalId,
    description: step.description,
    descriptionTranslation: step.descriptionTranslation ?? null,
    responsible: step.responsible,
    partnerId: checkStepPartner(ctx, step.responsible, step.partnerId),
    dueDate: step.dueDate ?? null,
    doneAt: null,
    sortOrder,
  };
}

/** The goal, checked to exist and to belong to an open case. */
function openGoal(ctx: ServiceContext, goalId: string) {
  const goal = goalById(db(ctx), goalId);
  if (!goal) throw new KimError('GOAL_NOT_FOUND');
  requireOpenCase(ctx, goal.caseId);
  return goal;
}

function openStep(ctx: ServiceContext, stepId: string) {
  const step = stepById(db(ctx), stepId);
  if (!step) throw new KimError('STEP_NOT_FOUND');
  const goal = openGoal(ctx, step.goalId);
  return { step, goal };
}

export function createGoal(ctx: ServiceContext, input: In<typeof createGoalInput>): GoalView {
  return transaction(ctx, () => {
    requireOpenCase(ctx, input.caseId);
    requireActiveLifeArea(ctx, input.lifeAreaId);
    const id = newId();
    const at = ctx.now().toISOString();
    const steps = (input.steps ?? []).map((step, index) => stepRecord(ctx, id, step, index));
    insertGoal(
      db(ctx),
      {
        id,
        caseId: input.caseId,
        lifeAreaId: input.lifeAreaId,
        title: input.title,
        titleTranslation: input.titleTranslation ?? null,
        status: 'offen',
        createdAt: at,
        updatedAt: at,
      },
      steps,
    );
    ctx.store.audit('goal.created', 'goal', id);
    for (const step of steps) ctx.store.audit('goal_step.added', 'goal_step', step.id);
    return goalView(ctx, id);
  });
}

export function updateGoalDetails(ctx: ServiceContext, input: In<typeof updateGoalInput>): GoalView {
  return transaction(ctx, () => {
    const goal = openGoal(ctx, input.goalId);
    updateGoal(db(ctx), goal.id, {
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(input.titleTranslation !== undefined ? { titleTranslation: input.titleTranslation } : {}),
      ...(input.status !== undefined ? { status: input.status } : {}),
      updatedAt: ctx.now().toISOString(),
    });
    ctx.store.audit('goal.updated', 'goal', goal.id);
    return goalView(ctx, goal.id);
  });
}

export function addStep(ctx: ServiceContext, input: In<typeof addStepInput>): GoalView {
  return transaction(ctx, () => {
    const goal = openGoal(ctx, input.goalId);
    const { goalId: _goalId, ...step } = input;
    const record = stepRecord(ctx, goal.id, step, nextStepSortOrder(db(ctx), goal.id));
    insertStep(db(ctx), record);
    touchGoal(db(ctx), goal.id, ctx.now().toISOString());
    ctx.store.audit('goal_step.added', 'goal_step', record.id);
    return goalView(ctx, goal.id);
  });
}

export function changeStep(ctx: ServiceContext, input: In<typeof updateStepInput>): GoalView {
  return transaction(ctx, () => {
    const { step, goal } = openStep(ctx, input.stepId);
    const responsible = input.responsible ?? step.responsible;
    // Changing who does it without naming a partner keeps the partner only while a partner does it.
    const partnerInput = input.partnerId !== undefined ? input.partnerId : responsible === 'partner' ? step.partnerId : null;
    updateStep(db(ctx), step.id, {
      ...(input.description !== undefined ? { description: input.description } : {}),
      ...(input.descriptionTranslation !== undefined ? { descriptionTranslation: input.descriptionTranslation } : {}),
      ...(input.dueDate !== undefined ? { dueDate: input.dueDate } : {}),
      responsible,
      partnerId: checkStepPartner(ctx, responsible, partnerInput),
    });
    touchGoal(db(ctx), goal.id, ctx.now().toISOString());
    ctx.store.audit('goal_step.updated', 'goal_step', step.id);
    return goalView(ctx, goal.id);
  });
}

/** Marks a step done on a date (not in the future), or open again with null. */
export function completeStep(ctx: ServiceContext, input: In<typeof completeStepInput>): GoalView {
  return transaction(ctx, () => {
    const { step, goal } = openStep(ctx, input.stepId);
    if (input.doneAt !== null) assertNotInFuture(input.doneAt, ctx.now());
    updateStep(db(ctx), step.id, { doneAt: input.doneAt });
    touchGoal(db(ctx), goal.id, ctx.now().toISOString());
    ctx.store.audit(input.doneAt === null ? 'goal_step.reopened' : 'goal_step.completed', 'goal_step', step.id);
    return goalView(ctx, goal.id);
  });
}

export function listGoals(ctx: ServiceContext, caseId: string): GoalView[] {
  requireCase(ctx, caseId);
  return goalViews(ctx, goalRows(db(ctx), { caseId }));
}

function goalView(ctx: ServiceContext, goalId: string): GoalView {
  const [view] = goalViews(ctx, goalRows(db(ctx), { goalId }));
  if (!view) throw new KimError('GOAL_NOT_FOUND');
  return view;
}

function goalViews(ctx: ServiceContext, rows: ReturnType<typeof goalRows>): GoalView[] {
  const steps = stepsOfGoals(
    db(ctx),
    rows.map((row) => row.id),
  );
  return rows.map((row) => ({
    ...row,
    statusLabel: GOAL_STATUS_LABELS[row.status],
    steps: steps
      .filter((step) => step.goalId === row.id)
      .map(({ goalId: _goalId, ...step }) => ({ ...step, responsibleLabel: STEP_RESPONSIBLE_LABELS[step.responsible] })),
  }));
}
