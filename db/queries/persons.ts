/** People (Klient:innen), their spellings of names, and households. */
import { and, eq, inArray, ne } from 'drizzle-orm';
import type { KimDb } from '../open';
import { cases, households, intakes, personNames, persons } from '../schema';

export type PersonRow = typeof persons.$inferSelect;
export type PersonInsert = typeof persons.$inferInsert;
export type PersonNameRow = typeof personNames.$inferSelect;
export type PersonPatch = Partial<Omit<PersonInsert, 'id' | 'createdAt'>>;

export function insertPerson(db: KimDb, person: PersonInsert): void {
  db.insert(persons).values(person).run();
}

export function updatePerson(db: KimDb, personId: string, patch: PersonPatch): void {
  db.update(persons).set(patch).where(eq(persons.id, personId)).run();
}

export function personById(db: KimDb, personId: string): PersonRow | undefined {
  return db.select().from(persons).where(eq(persons.id, personId)).get();
}

export function allPersons(db: KimDb): PersonRow[] {
  return db.select().from(persons).all();
}

/** Replaces all spellings of a person's name (the caller marks exactly one as primary). */
export function replacePersonNames(db: KimDb, personId: string, names: Omit<PersonNameRow, 'personId'>[]): void {
  db.delete(personNames).where(eq(personNames.personId, personId)).run();
  if (names.length > 0)
    db.insert(personNames)
      .values(names.map((n) => ({ ...n, personId })))
      .run();
}

/** The names of the given people (all of them when `personIds` is omitted). */
export function namesOf(db: KimDb, personIds?: string[]): PersonNameRow[] {
  const query = db.select().from(personNames);
  if (personIds === undefined) return query.all();
  if (personIds.length === 0) return [];
  return query.where(inArray(personNames.personId, personIds)).all();
}

export function insertHousehold(db: KimDb, household: { id: string; createdAt: string }): void {
  db.insert(households).values(household).run();
}

export function deleteHousehold(db: KimDb, householdId: string): void {
  db.delete(households).where(eq(households.id, householdId)).run();
}

export function householdMembers(db: KimDb, householdId: string) {
  return db.select({ id: persons.id, role: persons.householdRole }).from(persons).where(eq(persons.householdId, householdId)).all();
}

export function otherHouseholdMembers(db: KimDb, householdId: string, personId: string) {
  return db
    .select({ id: persons.id, role: persons.householdRole })
    .from(persons)
    .where(and(eq(persons.householdId, householdId), ne(persons.id, personId)))
    .all();
}

export function casesOfPerson(db: KimDb, personId: string) {
  return db
    .select({ id: cases.id, caseNumber: cases.caseNumber, phase: cases.phase, openedAt: cases.openedAt, closedAt: cases.closedAt })
    .from(cases)
    .where(eq(cases.personId, personId))
    .orderBy(cases.openedAt, cases.caseNumber)
    .all();
}

/** Open cases of all people, for the person list. */
export function openCases(db: KimDb) {
  return db.select({ id: cases.id, personId: cases.personId, caseNumber: cases.caseNumber }).from(cases).where(ne(cases.phase, 'abgeschlossen')).all();
}

export function intakesOfPerson(db: KimDb, personId: string) {
  return db
    .select({
      id: intakes.id,
      date: intakes.date,
      accessRoute: intakes.accessRoute,
      decision: intakes.decision,
      referredTo: intakes.referredTo,
      caseId: intakes.caseId,
    })
    .from(intakes)
    .where(eq(intakes.personId, personId))
    .orderBy(intakes.date, intakes.createdAt)
    .all();
}
