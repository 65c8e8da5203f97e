/**
 * persons.find keeps its prepared names between calls and, after a write, reads again only the
 * persons whose findable data changed (TEMP triggers on the connection). The property: after any
 * sequence of writes through the services, the kept index finds the same persons in the same
 * order (and names the same likely duplicates) as an index read afresh from the store.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KimError } from '../../../electron/contract/errors';
import { FIND_LIMIT } from '../../../electron/contract/areas/consultation';
import { loadCandidates } from '../../../electron/services/matching/candidates';
import { likelyDuplicates } from '../../../electron/services/matching/duplicates';
import { searchPersons } from '../../../electron/services/matching/personSearch';
import { GOOD_PASSPHRASE } from '../../fixtures/tempStore';
import { caseStore, type CaseStore } from '../cases/helpers';

const FAMILY = ['Haddad', 'Haddat', 'Yılmaz', 'Yilmaz', 'Шевченко', 'Shevchenko', 'Abdul Rahman', 'Darwish'];
const GIVEN = ['Amira', 'Amina', 'Mohammed', 'Muhammad', 'Olena', 'Ayşe', ''];
const BIRTH = [null, '1990', '1990-05', '1990-05-01', '1985-01-02', '2001-12-31'];
const QUERIES = [
  'Haddad',
  'Had',
  'Hadat',
  'Yilmaz Ayse',
  'Schewtschenko',
  'Olena',
  'Abdulrahman',
  'Mohammed',
  'Amir',
  '1990',
  '01.05.1990',
  '2026',
  '2026-000',
];

const name = fc.record({ familyName: fc.constantFrom(...FAMILY), givenNames: fc.constantFrom(...GIVEN) });
const pick = fc.nat(1_000);

/** One write through the services; indices pick among the persons and cases made so far. */
const action = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('newPerson' as const),
      names: fc.array(name, { minLength: 1, maxLength: 3 }),
      birthDate: fc.constantFrom(...BIRTH),
    }),
  },
  fc.record({ kind: fc.constant('addSpelling' as const), person: pick, name }),
  fc.record({ kind: fc.constant('changeSpelling' as const), person: pick, name }),
  fc.record({ kind: fc.constant('removeSpelling' as const), person: pick }),
  fc.record({ kind: fc.constant('birthDate' as const), person: pick, birthDate: fc.constantFrom(...BIRTH) }),
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('openCase' as const), person: pick }) },
  fc.record({ kind: fc.constant('closeCase' as const), case: pick }),
  fc.record({ kind: fc.constant('reopenCase' as const), case: pick }),
  fc.record({ kind: fc.constant('restrict' as const), case: pick }),
  fc.record({ kind: fc.constant('lift' as const), case: pick }),
  fc.record({ kind: fc.constant('erase' as const), case: pick }),
  fc.record({ kind: fc.constant('erasePerson' as const), person: pick }),
  fc.record({ kind: fc.constant('followUp' as const), case: pick }),
);
type Action = typeof action extends fc.Arbitrary<infer A> ? A : never;

let s: CaseStore;
const persons: string[] = [];
const cases: { id: string; number: string }[] = [];
const at = <T>(list: T[], i: number): T | undefined => (list.length === 0 ? undefined : list[i % list.length]);

/** How often each kind of write went through (refused ones not counted). */
const written = new Map<Action['kind'], number>();
let current: Action['kind'] = 'newPerson';

/** Refusals (a restricted person, a closed case, …) are part of the sequence: nothing was written. */
function attempt(work: () => unknown): void {
  try {
    work();
    written.set(current, (written.get(current) ?? 0) + 1);
  } catch (error) {
    if (!(error instanceof KimError)) throw error;
  }
}

function apply(a: Action): void {
  current = a.kind;
  const today = '2026-03-10';
  switch (a.kind) {
    case 'newPerson':
      attempt(() => persons.push(s.persons.create({ names: a.names, birthDate: a.birthDate }).id));
      return;
    case 'addSpelling':
    case 'changeSpelling':
    case 'removeSpelling':
    case 'birthDate': {
      const personId = at(persons, a.person);
      if (!personId) return;
      attempt(() => {
        const names = s.persons.get(personId).names.map(({ familyName, givenNames, primary }) => ({ familyName, givenNames, primary }));
        if (a.kind === 'birthDate') s.persons.update({ personId, birthDate: a.birthDate });
        else if (a.kind === 'addSpelling') s.persons.update({ personId, names: [...names, { ...a.name, primary: false }] });
        else if (a.kind === 'changeSpelling') s.persons.update({ personId, names: [{ ...a.name, primary: true }, ...names.filter((n) => !n.primary)] });
        else if (names.length > 1) s.persons.update({ personId, names: names.slice(0, -1) });
      });
      return;
    }
    case 'openCase': {
      const personId = at(persons, a.person);
      if (!personId) return;
      attempt(() => {
        const intake = s.openCase({ personId });
        if (intake.caseId && intake.caseNumber) cases.push({ id: intake.caseId, number: intake.caseNumber });
      });
      return;
    }
    case 'erasePerson': {
      const personId = at(persons, a.person);
      if (personId) attempt(() => s.erasure.erasePersonWithoutCase({ personId, reason: 'Antrag' }));
      return;
    }
    default: {
      const target = at(cases, a.case);
      if (!target) return;
      const caseId = target.id;
      attempt(() => {
        if (a.kind === 'closeCase') s.cases.close({ caseId, reason: 'ziele_erreicht' });
        else if (a.kind === 'reopenCase') s.cases.reopen({ caseId, reason: 'Neue Anfrage' });
        else if (a.kind === 'restrict') s.restrictions.restrict({ caseId, since: today, reason: 'Richtigkeit bestritten' });
        else if (a.kind === 'lift') s.restrictions.lift({ caseId, liftedAt: today });
        else if (a.kind === 'erase') s.erasure.erase({ caseId, confirmCaseNumber: target.number, reason: 'Antrag' });
        else s.followUps.create({ caseId, dueDate: today, title: 'Anrufen' });
      });
    }
  }
}

/** What an index read afresh from the store answers (the kept index's reference). */
function fresh() {
  const all = loadCandidates(s.db());
  const findable = all.filter((c) => !c.restricted);
  return {
    find: (query: string) => searchPersons(findable, query, FIND_LIMIT.max),
    duplicates: (familyName: string, givenNames: string) => likelyDuplicates(all, { names: [{ familyName, givenNames }], birthDate: '1990-05-01' }),
  };
}

function expectSameAsFresh(): void {
  const reference = fresh();
  for (const query of QUERIES) expect(s.matching.find({ query, limit: FIND_LIMIT.max }), query).toEqual(reference.find(query));
  expect(s.matching.likelyDuplicates({ names: [{ familyName: 'Haddad', givenNames: 'Amira' }], birthDate: '1990-05-01' })).toEqual(
    reference.duplicates('Haddad', 'Amira'),
  );
}

/** A store with two persons, each with an open case (the sequences add and change the rest). */
async function startStore(): Promise<void> {
  s = await caseStore('2026-03-10T10:00:00');
  persons.length = 0;
  cases.length = 0;
  for (const names of [[{ familyName: 'Haddad', givenNames: 'Amira' }], [{ familyName: 'Yılmaz', givenNames: 'Ayşe' }]]) {
    const person = s.persons.create({ names, birthDate: '1990-05-01' });
    persons.push(person.id);
    const intake = s.openCase({ personId: person.id });
    cases.push({ id: intake.caseId!, number: intake.caseNumber! });
  }
}

describe('persons.find: the kept index after writes', () => {
  it('finds the same persons in the same order as an index read afresh, after any sequence of writes', async () => {
    await startStore();
    s.matching.find({ query: 'Haddad' }); // the index is read once in full here …
    expect(s.matching.lastRefresh()).toEqual({ kind: 'full' });
    fc.assert(
      fc.property(fc.array(action, { minLength: 1, maxLength: 10 }), (actions) => {
        for (const a of actions) {
          apply(a);
          expectSameAsFresh();
          // … and never again: every change since was read person by person.
          expect(s.matching.lastRefresh().kind).not.toBe('full');
        }
      }),
      { numRuns: 40, seed: 13 },
    );
    // The sequences did reach what the property is about: every kind of write went through.
    for (const kind of [
      'newPerson',
      'addSpelling',
      'changeSpelling',
      'removeSpelling',
      'birthDate',
      'openCase',
      'closeCase',
      'reopenCase',
      'restrict',
      'lift',
      'erase',
      'erasePerson',
      'followUp',
    ] as const) {
      expect(written.get(kind) ?? 0, kind).toBeGreaterThan(0);
    }
  });

  it('reads only the changed persons after a write, and nothing after a write that changes no findable data', async () => {
    await startStore();
    s.matching.find({ query: 'Haddad' });
    const personId = s.persons.create({ names: [{ familyName: 'Darwish', givenNames: 'Olena' }] }).id;
    s.matching.find({ query: 'Darwish' });
    expect(s.matching.lastRefresh()).toEqual({ kind: 'changed', persons: 1 });
    s.persons.update({ personId, phone: '0151 000000' }); // no findable data
    s.matching.find({ query: 'Darwish' });
    expect(s.matching.lastRefresh()).toEqual({ kind: 'none' });
    s.persons.update({ personId, names: [{ familyName: 'Darwisch', givenNames: 'Olena', primary: true }] });
    expect(s.matching.find({ query: 'Darwisch' }).map((h) => h.personId)).toContain(personId);
    expect(s.matching.lastRefresh()).toEqual({ kind: 'changed', persons: 1 });
  });

  it('reads a changed person by index: no statement of the look-up after a write scans a table', async () => {
    await startStore();
    s.matching.find({ query: 'Haddad' });
    s.persons.update({ personId: persons[0]!, names: [{ familyName: 'Haddat', givenNames: 'Amira', primary: true }] });
    const { sqlite } = s.store.session();
    const proto = Object.getPrototypeOf(sqlite.prepare('SELECT 1')) as Record<'all' | 'get' | 'run', (...args: unknown[]) => unknown>;
    const originals = { all: proto.all, get: proto.get, run: proto.run };
    const seen: { source: string; args: unknown[] }[] = [];
    for (const method of ['all', 'get', 'run'] as const) {
      proto[method] = function (this: { source: string }, ...args: unknown[]) {
        seen.push({ source: this.source, args });
        return originals[method].apply(this, args);
      };
    }
    try {
      s.matching.find({ query: 'Haddat' });
    } finally {
      Object.assign(proto, originals);
    }
    expect(s.matching.lastRefresh()).toEqual({ kind: 'changed', persons: 1 });
    const tables = new Set((sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name));
    const selects = seen.filter((st) => /^\s*select/i.test(st.source));
    expect(selects.length).toBeGreaterThanOrEqual(3); // the changed ids, their spellings, cases and restrictions
    for (const { source, args } of selects) {
      const plan = (sqlite.prepare(`EXPLAIN QUERY PLAN ${source}`).all(...args) as { detail: string }[]).map((p) => p.detail);
      expect(
        plan.filter((d) => /^SCAN (\S+)$/.test(d) && tables.has(d.slice(5).replaceAll('"', ''))),
        source,
      ).toEqual([]);
    }
  });

  it('drops every name from memory when locked, and reads all again after the next unlock', async () => {
    await startStore();
    s.matching.find({ query: 'Haddad' });
    s.store.lock('manual');
    expect(() => s.matching.find({ query: 'Haddad' })).toThrow(KimError);
    await s.store.unlock({ passphrase: GOOD_PASSPHRASE });
    s.matching.find({ query: 'Haddad' });
    expect(s.matching.lastRefresh()).toEqual({ kind: 'full' });
    expectSameAsFresh();
    // The new connection notes changes again.
    const personId = s.persons.create({ names: [{ familyName: 'Haddad', givenNames: 'Amina' }] }).id;
    expect(s.matching.find({ query: 'Haddad Amina' }).map((h) => h.personId)).toContain(personId);
    expect(s.matching.lastRefresh()).toEqual({ kind: 'changed', persons: 1 });
  });
});
