/** Outcome goals (Ergebnisziele) and their steps. */
import { asc, eq, inArray, max, sql } from 'drizzle-orm';
import type { KimDb } from '../open';
import { goalSteps, goals, lifeAreas, partners } from '../schema';

export type NewGoal = typeof goals.$inferInsert;
export type NewGoalStep = typeof goalSteps.$inferInsert;
export type GoalStepRow = typeof goalSteps.$inferSelect;

export function insertGoal(db: KimDb, goal: NewGoal, steps: NewGoalStep[]): void {
  db.insert(goals).values(goal).run();
  if (steps.length > 0) db.insert(goalSteps).values(steps).run();
}

export function updateGoal(db: KimDb, id: string, patch: Partial<Pick<NewGoal, 'title' | 'status'>> & { updatedAt: string }): void {
  db.update(goals).set(patch).where(eq(goals.id, id)).run();
}

export function touchGoal(db: KimDb, id: string, updatedAt: string): void {
  db.update(goals).set({ updatedAt }).where(eq(goals.id, id)).run();
}

export function goalById(db: KimDb, id: string) {
  return db.select().from(goals).where(eq(goals.id, id)).get() ?? null;
}

export function stepById(db: KimDb, id: string): GoalStepRow | null {
  return db.select().from(goalSteps).where(eq(goalSteps.id, id)).get() ?? null;
}

export function insertStep(db: KimDb, step: NewGoalStep): void {
  db.insert(goalSteps).values(step).run();
}

export function updateStep(db: KimDb, id: string, patch: Partial<Omit<NewGoalStep, 'id' | 'goalId'>>): void {
  db.update(goalSteps).set(patch).where(eq(goalSteps.id, id)).run();
}

export function nextStepSortOrder(db: KimDb, goalId: string): number {
  const row = db
    .select({ last: max(goalSteps.sortOrder) })
    .from(goalSteps)
    .where(eq(goalSteps.goalId, goalId))
    .get();
  return (row?.last ?? -1) + 1;
}

/** Goals of a case (or one goal) with their life area's name: by life area, then in the order they were made. */
export function goalRows(db: KimDb, where: { caseId: string } | { goalId: string }) {
  return db
    .select({
      id: goals.id,
      caseId: goals.caseId,
      lifeAreaId: goals.lifeAreaId,
      lifeAreaName: lifeAreas.name,
      title: goals.title,
      status: goals.status,
      createdAt: goals.createdAt,
      updatedAt: goals.updatedAt,
    })
    .from(goals)
    .innerJoin(lifeAreas, eq(lifeAreas.id, goals.lifeAreaId))
    .where('caseId' in where ? eq(goals.caseId, where.caseId) : eq(goals.id, where.goalId))
    .orderBy(asc(lifeAreas.sortOrder), asc(goals.createdAt), sql`${goals}.rowid`)
    .all();
}

/** The steps of these goals with the partner's organisation, in their order. */
export function stepsOfGoals(db: KimDb, goalIds: string[]) {
  if (goalIds.length === 0) return [];
  return db
    .select({
      id: goalSteps.id,
      goalId: goalSteps.goalId,
      description: goalSteps.description,
      responsible: goalSteps.responsible,
      partnerId: goalSteps.partnerId,
      partnerName: partners.organisation,
      dueDate: goalSteps.dueDate,
      doneAt: goalSteps.doneAt,
      sortOrder: goalSteps.sortOrder,
    })
    .from(goalSteps)
    .leftJoin(partners, eq(partners.id, goalSteps.partnerId))
    .where(inArray(goalSteps.goalId, goalIds))
    .orderBy(asc(goalSteps.sortOrder), sql`${goalSteps}.rowid`)
    .all();
}

export function partnerById(db: KimDb, id: string) {
  return db.select({ id: partners.id, organisation: partners.organisation, active: partners.active }).from(partners).where(eq(partners.id, id)).get() ?? null;
}
