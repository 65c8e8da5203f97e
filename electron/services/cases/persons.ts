/** People (Klient:innen): create, change, look up and list; names in several spellings. */
import { KimError } from '../../contract/errors';
import type { PersonCreateInput, PersonDetail, PersonNameInput, PersonSummary, PersonUpdateInput } from '../../contract/areas/cases';
import { assertNotInFuture, db, newId, today, transaction, type ServiceContext } from '../context';
import {
  allPersons,
  casesOfPerson,
  insertPerson,
  intakesOfPerson,
  namesOf,
  openCases,
  otherHouseholdMembers,
  personById,
  replacePersonNames,
  updatePerson,
  type PersonNameRow,
  type PersonPatch,
  type PersonRow,
} from '../../../db/queries/persons';
import { appendPersonHistory, type PersonHistoryAttribute, type PersonHistoryRow } from '../../../db/queries/personHistory';
import { displayName } from './labels';
import { requireUnrestrictedPerson } from '../restriction/restrictions';
import { requireNotHandedOver } from '../handover/gate';
import { keepVersion } from '../versions';

/** The primary spelling: the one marked, else the first. */
/**
 * The person's own data as the person form shows it: what a correction can change and an
 * earlier version keeps. Without the household (other people's names), cases and intakes.
 */
function correctable({ household, cases, intakes, createdAt, updatedAt, id, displayName: shownName, ...data }: PersonDetail) {
  return data;
}

export function primaryName(names: PersonNameRow[]): PersonNameRow | undefined {
  return names.find((n) => n.primary) ?? names[0];
}

/** Exactly one primary spelling, the first one when none is marked. */
function nameRows(names: PersonNameInput[]): Omit<PersonNameRow, 'personId'>[] {
  const primaryIndex = Math.max(
    0,
    names.findIndex((n) => n.primary),
  );
  return names.map((n, i) => ({
    id: newId(),
    familyName: n.familyName,
    givenNames: n.givenNames,
    primary: i === primaryIndex,
    note: n.note ?? null,
  }));
}

/**
 * Only the fields that were given (undefined means "unchanged"). Without need of an interpreter
 * there is no interpreter language: saying "no longer needed" forgets it.
 */
function givenFields(input: Omit<PersonUpdateInput, 'personId' | 'names'>): PersonPatch {
  const given = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as PersonPatch;
  if (input.interpreterNeeded === false) given.interpreterLanguage = null;
  return given;
}

type TrackedValues = { residenceStatus?: PersonRow['residenceStatus']; municipality?: PersonRow['municipality'] };

const TRACKED: readonly [keyof TrackedValues, PersonHistoryAttribute][] = [
  ['residenceStatus', 'residence_status'],
  ['municipality', 'municipality'],
];

/**
 * History rows for the residence status and municipality that `next` sets: each value holds from
 * today (the statistic of a closed quarter keeps counting the value that held at its end). On
 * create (`before` null) every value is recorded, an unknown one as null; on update only a value
 * that was given and differs from the stored one.
 */
function historyRows(personId: string, before: PersonRow | null, next: TrackedValues, now: Date): PersonHistoryRow[] {
  const rows: PersonHistoryRow[] = [];
  for (const [field, attribute] of TRACKED) {
    const value = next[field];
    if (before === null ? false : value === undefined || value === before[field]) continue;
    rows.push({ id: newId(), personId, attribute, value: value ?? null, validFrom: today(now), recordedAt: now.toISOString() });
  }
  return rows;
}

export function requirePerson(ctx: ServiceContext, personId: string): PersonRow {
  const person = personById(db(ctx), personId);
  if (!person) throw new KimError('PERSON_NOT_FOUND');
  return person;
}

export function personService(ctx: ServiceContext) {
  function get(personId: string): PersonDetail {
    const store = db(ctx);
    const person = requirePerson(ctx, personId);
    const names = namesOf(store, [personId]).sort((a, b) => Number(b.primary) - Number(a.primary));
    const others = person.householdId ? otherHouseholdMembers(store, person.householdId, personId) : [];
    const otherNames = namesOf(
      store,
      others.map((o) => o.id),
    );
    return {
      id: person.id,
      displayName: displayName(primaryName(names)),
      names: names.map((n) => ({ familyName: n.familyName, givenNames: n.givenNames, primary: n.primary, note: n.note })),
      birthDate: person.birthDate,
      gender: person.gender,
      nationalities: person.nationalities,
      languages: person.languages,
      interpreterNeeded: person.interpreterNeeded,
      interpreterLanguage: person.interpreterLanguage,
      phone: person.phone,
      email: person.email,
      address: person.address,
      municipality: person.municipality,
      accommodationType: person.accommodationType,
      accommodationName: person.accommodationName,
      residenceStatus: person.residenceStatus,
      residenceParagraph: person.residenceParagraph,
      residenceValidUntil: person.residenceValidUntil,
      incomplete: person.incomplete,
      household: person.householdId
        ? {
            id: person.householdId,
            role: person.householdRole,
            members: others
              .map((o) => ({
                personId: o.id,
                displayName: displayName(primaryName(otherNames.filter((n) => n.personId === o.id))),
                role: o.role,
              }))
              .sort((a, b) => a.displayName.localeCompare(b.displayName, 'de')),
          }
        : null,
      cases: casesOfPerson(store, personId),
      intakes: intakesOfPerson(store, personId),
      createdAt: person.createdAt,
      updatedAt: person.updatedAt,
    };
  }

  return {
    get,

    create(input: PersonCreateInput): PersonDetail {
      const now = ctx.now();
      if (input.birthDate) assertNotInFuture(input.birthDate, now);
      const { names, ...fields } = input;
      const id = newId();
      const at = now.toISOString();
      transaction(ctx, () => {
        insertPerson(db(ctx), { ...givenFields(fields), id, createdAt: at, updatedAt: at });
        replacePersonNames(db(ctx), id, nameRows(names));
        appendPersonHistory(db(ctx), historyRows(id, null, fields, now));
        ctx.store.audit('person.created', 'person', id);
      });
      return get(id);
    },

    update(input: PersonUpdateInput): PersonDetail {
      const now = ctx.now();
      requirePerson(ctx, input.personId);
      requireUnrestrictedPerson(ctx, input.personId);
      requireNotHandedOver(ctx, input.personId);
      if (input.birthDate) assertNotInFuture(input.birthDate, now);
      const { personId, names, ...fields } = input;
      transaction(ctx, () => {
        const before = requirePerson(ctx, personId);
        const shownBefore = correctable(get(personId));
        updatePerson(db(ctx), personId, { ...givenFields(fields), updatedAt: now.toISOString() });
        appendPersonHistory(db(ctx), historyRows(personId, before, fields, now));
        if (names) replacePersonNames(db(ctx), personId, nameRows(names));
        // A save that changed something is a correction: what the data was stays as a version.
        if (JSON.stringify(correctable(get(personId))) !== JSON.stringify(shownBefore)) {
          keepVersion(ctx, { kind: 'person', recordId: personId, personId, before: shownBefore });
        }
        ctx.store.audit('person.updated', 'person', personId);
      });
      return get(personId);
    },

    /** Everyone, sorted by the primary family name (the full search comes later). */
    list(): PersonSummary[] {
      const store = db(ctx);
      const namesByPerson = new Map<string, PersonNameRow[]>();
      for (const n of namesOf(store)) namesByPerson.set(n.personId, [...(namesByPerson.get(n.personId) ?? []), n]);
      const open = new Map(openCases(store).map((c) => [c.personId, { id: c.id, caseNumber: c.caseNumber }]));
      const rows = allPersons(store).map((p) => {
        const name = primaryName(namesByPerson.get(p.id) ?? []);
        return {
          sortKey: [name?.familyName ?? '', name?.givenNames ?? ''] as const,
          summary: {
            id: p.id,
            displayName: displayName(name),
            birthDate: p.birthDate,
            municipality: p.municipality,
            incomplete: p.incomplete,
            openCase: open.get(p.id) ?? null,
          },
        };
      });
      rows.sort(
        (a, b) =>
          a.sortKey[0].localeCompare(b.sortKey[0], 'de', { sensitivity: 'base' }) || a.sortKey[1].localeCompare(b.sortKey[1], 'de', { sensitivity: 'base' }),
      );
      return rows.map((r) => r.summary);
    },
  };
}
