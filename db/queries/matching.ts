/** Read-only: everything needed to find a person by name, case number or date of birth. */
import { eq, sql } from 'drizzle-orm';
import type { KimDb } from '../open';
import { cases, personNames, persons } from '../schema';

export interface MatchCandidateName {
  personId: string;
  birthDate: string | null;
  incomplete: boolean;
  familyName: string;
  givenNames: string;
  primary: boolean;
}

/** Every spelling of every person, with the person's date of birth (one row per spelling). */
export function candidateNames(db: KimDb): MatchCandidateName[] {
  return db
    .select({
      personId: persons.id,
      birthDate: persons.birthDate,
      incomplete: persons.incomplete,
      familyName: personNames.familyName,
      givenNames: personNames.givenNames,
      primary: personNames.primary,
    })
    .from(personNames)
    .innerJoin(persons, eq(persons.id, personNames.personId))
    .all();
}

/** Every case's number and whether it is open, by person. */
export function candidateCases(db: KimDb) {
  return db.select({ id: cases.id, personId: cases.personId, caseNumber: cases.caseNumber, phase: cases.phase, openedAt: cases.openedAt }).from(cases).all();
}

/**
 * How many rows this connection has changed since it was opened: the same number means nothing
 * was written, so what was read before is still current (all writes go through this connection).
 */
export function changeCount(db: KimDb): number {
  return db.get<{ n: number }>(sql`select total_changes() as n`)?.n ?? 0;
}
