/** Outcome goals (Ergebnisziele) and their steps. */
import { asc, eq, inArray, max, sql } from 'drizzle-orm';
import type { KimDb } from '../open';
import { filled, insertRows, placeholders, preparedFor, preparedShape, updateWhere } from '../preparedQueries';
import { goalSteps, goals, lifeAreas, partners } from '../schema';

export type NewGoal = typeof goals.$inferInsert;
export type NewGoalStep = typeof goalSteps.$inferInsert;
export type GoalStepRow = typeof goalSteps.$inferSelect;

// The writes and reads below run for every goal and step the demo data writes: prepared once
// per connection (db/preparedQueries.ts), the same statements drizzle builds on each call.

export function insertGoal(db: KimDb, goal: NewGoal, steps: NewGoalStep[]): void {
  insertRows(db, goals, [goal]);
  insertRows(db, goalSteps, steps);
}

export function updateGoal(db: KimDb, id: string, patch: Partial<Pick<NewGoal, 'title' | 'titleTranslation' | 'status'>> & { updatedAt: string }): void {
  updateWhere(db, goals, goals.id, id, patch);
}

export function touchGoal(db: KimDb, id: string, updatedAt: string): void {
  updateWhere(db, goals, goals.id, id, { updatedAt });
}

const goalWithId = (db: KimDb) =>
  db
    .select()
    .from(goals)
    .where(eq(goals.id, sql.placeholder('id')))
    .prepare();

export function goalById(db: KimDb, id: string) {
  return preparedFor(db, goalWithId).get({ id }) ?? null;
}

const stepWithId = (db: KimDb) =>
  db
    .select()
    .from(goalSteps)
    .where(eq(goalSteps.id, sql.placeholder('id')))
    .prepare();

export function stepById(db: KimDb, id: string): GoalStepRow | null {
  return preparedFor(db, stepWithId).get({ id }) ?? null;
}

export function insertStep(db: KimDb, step: NewGoalStep): void {
  insertRows(db, goalSteps, [step]);
}

export function updateStep(db: KimDb, id: string, patch: Partial<Omit<NewGoalStep, 'id' | 'goalId'>>): void {
  updateWhere(db, goalSteps, goalSteps.id, id, patch);
}

export function nextStepSortOrder(db: KimDb, goalId: string): number {
  const row = db
    .select({ last: max(goalSteps.sortOrder) })
    .from(goalSteps)
    .where(eq(goalSteps.goalId, goalId))
    .get();
  return (row?.last ?? -1) + 1;
}

const goalRowsOf = (db: KimDb, byGoal: number) =>
  db
    .select({
      id: goals.id,
      caseId: goals.caseId,
      lifeAreaId: goals.lifeAreaId,
      lifeAreaName: lifeAreas.name,
      title: goals.title,
      titleTranslation: goals.titleTranslation,
      status: goals.status,
      createdAt: goals.createdAt,
      updatedAt: goals.updatedAt,
    })
    .from(goals)
    .innerJoin(lifeAreas, eq(lifeAreas.id, goals.lifeAreaId))
    .where(byGoal ? eq(goals.id, sql.placeholder('id')) : eq(goals.caseId, sql.placeholder('id')))
    .orderBy(asc(lifeAreas.sortOrder), asc(goals.createdAt), sql`${goals}.rowid`)
    .prepare();

/** Goals of a case (or one goal) with their life area's name: by life area, then in the order they were made. */
export function goalRows(db: KimDb, where: { caseId: string } | { goalId: string }) {
  return 'caseId' in where ? preparedShape(db, goalRowsOf, 0).all({ id: where.caseId }) : preparedShape(db, goalRowsOf, 1).all({ id: where.goalId });
}

const stepsOf = (db: KimDb, goals: number) =>
  db
    .select({
      id: goalSteps.id,
      goalId: goalSteps.goalId,
      description: goalSteps.description,
      descriptionTranslation: goalSteps.descriptionTranslation,
      responsible: goalSteps.responsible,
      partnerId: goalSteps.partnerId,
      partnerName: partners.organisation,
      dueDate: goalSteps.dueDate,
      doneAt: goalSteps.doneAt,
      sortOrder: goalSteps.sortOrder,
    })
    .from(goalSteps)
    .leftJoin(partners, eq(partners.id, goalSteps.partnerId))
    .where(inArray(goalSteps.goalId, placeholders('goal', goals)))
    .orderBy(asc(goalSteps.sortOrder), sql`${goalSteps}.rowid`)
    .prepare();

/** The steps of these goals with the partner's organisation, in their order (prepared once per number of goals). */
export function stepsOfGoals(db: KimDb, goalIds: string[]) {
  if (goalIds.length === 0) return [];
  return preparedShape(db, stepsOf, goalIds.length).all(filled('goal', goalIds));
}

const partnerWithId = (db: KimDb) =>
  db
    .select({ id: partners.id, organisation: partners.organisation, active: partners.active })
    .from(partners)
    .where(eq(partners.id, sql.placeholder('id')))
    .prepare();

export function partnerById(db: KimDb, id: string) {
  return preparedFor(db, partnerWithId).get({ id }) ?? null;
}
