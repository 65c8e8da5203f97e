/**
 * What keeps the demo load fast, counted rather than timed: it runs in one transaction and opens
 * no savepoint (each would copy every page its call touches: ~130 per case, about as much time as
 * all the rest of the writing), and drizzle builds few statements anew per case (the hot ones are
 * prepared once). The app's own calls between the load's steps keep their savepoints.
 */
import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { allOrNothing, bulkStep, isInBulkStep } from '../../../db/queries/bulkLoad';
import { seedDemoData } from '../../../electron/services/seed';
import { createdStore } from '../../fixtures/tempStore';
import { NOW } from './helpers';

const CASES = 12;

/** Counts the statements run on any connection while installed, by the first word of their SQL. */
function countStatements(sqlite: Database.Database) {
  const proto = Object.getPrototypeOf(sqlite.prepare('SELECT 1')) as Record<'run' | 'get' | 'all' | 'iterate', (...args: unknown[]) => unknown>;
  const originals = { run: proto.run, get: proto.get, all: proto.all, iterate: proto.iterate };
  const counts = { savepoints: 0, begins: 0, commits: 0, statements: 0 };
  for (const method of Object.keys(originals) as (keyof typeof originals)[]) {
    const original = originals[method];
    proto[method] = function (this: Database.Statement, ...args: unknown[]) {
      const verb = this.source.trimStart().split(/\s/, 1)[0]!.toUpperCase();
      counts.statements += 1;
      if (verb === 'SAVEPOINT') counts.savepoints += 1;
      if (verb === 'BEGIN') counts.begins += 1;
      if (verb === 'COMMIT') counts.commits += 1;
      return original.apply(this, args);
    };
  }
  restore = () => Object.assign(proto, originals);
  return counts;
}
let restore = () => {};
afterEach(() => restore());

/** How many times drizzle (or anyone) asks the connection for a statement: once per query it builds anew. */
function countPrepares(sqlite: Database.Database) {
  const counter = { prepares: 0 };
  const prepare = sqlite.prepare;
  sqlite.prepare = ((source: string) => {
    counter.prepares += 1;
    return prepare.call(sqlite, source);
  }) as typeof sqlite.prepare;
  const before = restore;
  restore = () => {
    sqlite.prepare = prepare;
    before();
  };
  return counter;
}

describe('the cost of the demo load, counted', () => {
  it('runs in one transaction without a single savepoint, and builds few statements anew per case', { timeout: 60_000 }, async () => {
    const services = await createdStore({ now: () => NOW });
    const { sqlite } = services.store.session();
    const counts = countStatements(sqlite);
    const built = countPrepares(sqlite);
    // BEGIN and COMMIT of the load are run with exec, not as statements: seen as the transaction state.
    const states: boolean[] = [];
    const summary = await seedDemoData(
      { store: services.store, now: () => NOW },
      { cases: CASES, seed: 1, onProgress: () => states.push(sqlite.inTransaction) },
    );
    expect(summary.cases).toBe(CASES);
    expect(states.every(Boolean)).toBe(true);
    expect(sqlite.inTransaction).toBe(false);
    expect(counts.savepoints).toBe(0);
    expect(counts.begins + counts.commits).toBe(0);
    // Statements run per case: about 610 (with a savepoint around each service call and audit
    // entry it was 860). Statements drizzle builds anew per case: about 60; a hot query that loses
    // its prepared form shows here long before anyone times a seed.
    expect(counts.statements / CASES).toBeLessThan(720);
    expect(built.prepares / CASES).toBeLessThan(90);
  });

  it('the app’s own calls between the load’s steps keep their savepoints', { timeout: 60_000 }, async () => {
    const services = await createdStore({ now: () => NOW });
    const { sqlite } = services.store.session();
    const counts = countStatements(sqlite);
    let savepointsOfAppCall = -1;
    let created = false;
    await seedDemoData(
      { store: services.store, now: () => NOW },
      {
        cases: 4,
        seed: 1,
        onProgress: () => {
          if (created) return;
          created = true;
          expect(isInBulkStep(sqlite)).toBe(false);
          const before = counts.savepoints;
          services.persons.create({ names: [{ familyName: 'Haddad', givenNames: 'Amira' }] });
          savepointsOfAppCall = counts.savepoints - before;
        },
      },
    );
    expect(created).toBe(true);
    expect(savepointsOfAppCall).toBeGreaterThan(0);
  });
});

describe('bulkStep', () => {
  it('skips the savepoints only inside a step of an open transaction, and ends with the step even when it fails', async () => {
    const services = await createdStore({ now: () => NOW });
    const { sqlite } = services.store.session();
    sqlite.exec('CREATE TEMP TABLE t (x INTEGER)');
    const failing = () =>
      allOrNothing(sqlite, () => {
        sqlite.prepare('INSERT INTO t VALUES (1)').run();
        throw new Error('half done');
      });
    const rows = () => (sqlite.prepare('SELECT count(*) AS n FROM t').get() as { n: number }).n;

    // Outside a transaction a step changes nothing: the failed call took back its own write.
    expect(() => bulkStep(sqlite, failing)).toThrow('half done');
    expect(rows()).toBe(0);

    sqlite.exec('BEGIN');
    // Inside one, outside a step: a savepoint takes the write back.
    expect(failing).toThrow('half done');
    expect(rows()).toBe(0);
    // In a step: no savepoint (the load rolls back as a whole), and the step is over after the throw.
    expect(() => bulkStep(sqlite, failing)).toThrow('half done');
    expect(isInBulkStep(sqlite)).toBe(false);
    expect(rows()).toBe(1);
    sqlite.exec('ROLLBACK');
    expect(rows()).toBe(0);
  });
});
