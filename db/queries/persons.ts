/** People (Klient:innen), their spellings of names, and households. */
import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import type { KimDb } from '../open';
import { filled, insertRows, placeholders, preparedFor, preparedShape, rowWhere, updateWhere } from '../preparedQueries';
import { cases, households, intakes, personNames, persons } from '../schema';

export type PersonRow = typeof persons.$inferSelect;
export type PersonInsert = typeof persons.$inferInsert;
export type PersonNameRow = typeof personNames.$inferSelect;
export type PersonPatch = Partial<Omit<PersonInsert, 'id' | 'createdAt'>>;

// The writes and the reads by id run for every person the demo data writes and every change to
// them: prepared once per connection (db/preparedQueries.ts).

export function insertPerson(db: KimDb, person: PersonInsert): void {
  insertRows(db, persons, [person]);
}

export function updatePerson(db: KimDb, personId: string, patch: PersonPatch): void {
  updateWhere(db, persons, persons.id, personId, patch);
}

export function personById(db: KimDb, personId: string): PersonRow | undefined {
  return rowWhere(db, persons, persons.id, personId);
}

export function allPersons(db: KimDb): PersonRow[] {
  return db.select().from(persons).all();
}

/** Replaces all spellings of a person's name (the caller marks exactly one as primary). */
const deleteNamesOf = (db: KimDb) =>
  db
    .delete(personNames)
    .where(eq(personNames.personId, sql.placeholder('personId')))
    .prepare();

export function replacePersonNames(db: KimDb, personId: string, names: Omit<PersonNameRow, 'personId'>[]): void {
  preparedFor(db, deleteNamesOf).run({ personId });
  insertRows(
    db,
    personNames,
    names.map((n) => ({ ...n, personId })),
  );
}

const namesOfPersons = (db: KimDb, persons: number) =>
  db
    .select()
    .from(personNames)
    .where(inArray(personNames.personId, placeholders('person', persons)))
    .prepare();

/** The names of the given people (all of them when `personIds` is omitted). */
export function namesOf(db: KimDb, personIds?: string[]): PersonNameRow[] {
  if (personIds === undefined) return db.select().from(personNames).all();
  if (personIds.length === 0) return [];
  return preparedShape(db, namesOfPersons, personIds.length).all(filled('person', personIds));
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

const otherMembers = (db: KimDb) =>
  db
    .select({ id: persons.id, role: persons.householdRole })
    .from(persons)
    .where(and(eq(persons.householdId, sql.placeholder('householdId')), ne(persons.id, sql.placeholder('personId'))))
    .prepare();

export function otherHouseholdMembers(db: KimDb, householdId: string, personId: string) {
  return preparedFor(db, otherMembers).all({ householdId, personId });
}

const casesOf = (db: KimDb) =>
  db
    .select({ id: cases.id, caseNumber: cases.caseNumber, phase: cases.phase, openedAt: cases.openedAt, closedAt: cases.closedAt })
    .from(cases)
    .where(eq(cases.personId, sql.placeholder('personId')))
    .orderBy(cases.openedAt, cases.caseNumber)
    .prepare();

/** With every view of a person: prepared once per connection. */
export function casesOfPerson(db: KimDb, personId: string) {
  return preparedFor(db, casesOf).all({ personId });
}

/** Open cases of all people, for the person list. */
export function openCases(db: KimDb) {
  return db.select({ id: cases.id, personId: cases.personId, caseNumber: cases.caseNumber }).from(cases).where(ne(cases.phase, 'abgeschlossen')).all();
}

const intakesOf = (db: KimDb) =>
  db
    .select({
      id: intakes.id,
      date: intakes.date,
      accessRoute: intakes.accessRoute,
      decision: intakes.decision,
      referredTo: intakes.referredTo,
      caseId: intakes.caseId,
    })
    .from(intakes)
    .where(eq(intakes.personId, sql.placeholder('personId')))
    .orderBy(intakes.date, intakes.createdAt)
    .prepare();

/** With every view of a person: prepared once per connection. */
export function intakesOfPerson(db: KimDb, personId: string) {
  return preparedFor(db, intakesOf).all({ personId });
}
