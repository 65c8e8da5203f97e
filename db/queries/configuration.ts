/** Configuration the Lenkungsgruppe and the team change: target groups, locations, life areas. */
import { asc, eq, inArray, max } from 'drizzle-orm';
import type { KimDb } from '../open';
import { filled, placeholders, preparedShape, rowWhere } from '../preparedQueries';
import { lifeAreas, locations, targetGroups } from '../schema';

export type TargetGroupRow = typeof targetGroups.$inferSelect;
export type LocationRow = typeof locations.$inferSelect;
export type LifeAreaRow = typeof lifeAreas.$inferSelect;

// ---- Target groups ----

export function allTargetGroups(db: KimDb): TargetGroupRow[] {
  return db.select().from(targetGroups).orderBy(asc(targetGroups.sortOrder), asc(targetGroups.name)).all();
}

// The reads by id run with every intake, contact and consultation: prepared once per connection.

export function targetGroupById(db: KimDb, id: string): TargetGroupRow | undefined {
  return rowWhere(db, targetGroups, targetGroups.id, id);
}

const targetGroupsWithIds = (db: KimDb, ids: number) =>
  db
    .select()
    .from(targetGroups)
    .where(inArray(targetGroups.id, placeholders('id', ids)))
    .prepare();

export function targetGroupsByIds(db: KimDb, ids: string[]): TargetGroupRow[] {
  if (ids.length === 0) return [];
  return preparedShape(db, targetGroupsWithIds, ids.length).all(filled('id', ids));
}

export function nextTargetGroupSortOrder(db: KimDb): number {
  const row = db
    .select({ last: max(targetGroups.sortOrder) })
    .from(targetGroups)
    .get();
  return (row?.last ?? 0) + 10;
}

export function insertTargetGroup(db: KimDb, row: typeof targetGroups.$inferInsert): void {
  db.insert(targetGroups).values(row).run();
}

export function updateTargetGroup(db: KimDb, id: string, patch: Partial<Pick<TargetGroupRow, 'name' | 'description' | 'validFrom' | 'validUntil'>>): void {
  // drizzle refuses an UPDATE without columns ("No values to set"): nothing to change is a no-op.
  if (Object.keys(patch).length === 0) return;
  db.update(targetGroups).set(patch).where(eq(targetGroups.id, id)).run();
}

// ---- Locations ----

export function allLocations(db: KimDb): LocationRow[] {
  return db.select().from(locations).orderBy(asc(locations.municipality), asc(locations.name)).all();
}

export function locationById(db: KimDb, id: string): LocationRow | undefined {
  return rowWhere(db, locations, locations.id, id);
}

export function insertLocation(db: KimDb, row: typeof locations.$inferInsert): void {
  db.insert(locations).values(row).run();
}

export function updateLocation(db: KimDb, id: string, patch: Partial<Pick<LocationRow, 'name' | 'kind' | 'municipality' | 'active'>>): void {
  if (Object.keys(patch).length === 0) return;
  db.update(locations).set(patch).where(eq(locations.id, id)).run();
}

// ---- Life areas ----

export function allLifeAreas(db: KimDb): LifeAreaRow[] {
  return db.select().from(lifeAreas).orderBy(asc(lifeAreas.sortOrder), asc(lifeAreas.name)).all();
}

export function lifeAreaById(db: KimDb, id: string): LifeAreaRow | undefined {
  return rowWhere(db, lifeAreas, lifeAreas.id, id);
}

export function nextLifeAreaSortOrder(db: KimDb): number {
  const row = db
    .select({ last: max(lifeAreas.sortOrder) })
    .from(lifeAreas)
    .get();
  return (row?.last ?? 0) + 10;
}

export function insertLifeArea(db: KimDb, row: typeof lifeAreas.$inferInsert): void {
  db.insert(lifeAreas).values(row).run();
}

export function updateLifeArea(db: KimDb, id: string, patch: Partial<Pick<LifeAreaRow, 'name' | 'sortOrder' | 'active'>>): void {
  if (Object.keys(patch).length === 0) return;
  db.update(lifeAreas).set(patch).where(eq(lifeAreas.id, id)).run();
}
