import { describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { insertRows, preparedFor, preparedShape, rowWhere, updateWhere } from '../../db/preparedQueries';
import { appendAudit, recentAudit } from '../../db/queries/audit';
import { caseStatus } from '../../db/queries/caseStatus';
import { personNames, persons, settings } from '../../db/schema';
import type { KimDb } from '../../db/open';
import { createdStore, GOOD_PASSPHRASE } from '../fixtures/tempStore';

const settingValue = (db: Parameters<typeof preparedFor>[0]) =>
  db
    .select({ value: settings.value })
    .from(settings)
    .where(eq(settings.key, sql.placeholder('key')))
    .prepare();

describe('queries prepared once per connection', () => {
  it('builds a query once per connection, and anew for the connection after unlocking', async () => {
    const services = await createdStore();
    const first = services.store.session().db;
    const query = preparedFor(first, settingValue);
    expect(preparedFor(first, settingValue)).toBe(query);
    expect(query.get({ key: 'userName' })).toEqual({ value: JSON.stringify('Test Beraterin') });

    services.store.lock('manual');
    await services.store.unlock({ passphrase: GOOD_PASSPHRASE });
    const second = services.store.session().db;
    expect(second).not.toBe(first);
    const again = preparedFor(second, settingValue);
    expect(again).not.toBe(query);
    expect(again.get({ key: 'userName' })).toEqual({ value: JSON.stringify('Test Beraterin') });
  });

  it('the prepared audit entry and case phase read as before, and obey transactions', async () => {
    const services = await createdStore();
    const { db, sqlite } = services.store.session();
    expect(caseStatus(db, 'no-such-case')).toBeNull();
    const person = services.persons.create({ names: [{ familyName: 'Haddad', givenNames: 'Amira' }] });
    const opened = services.intakes.record({
      personId: person.id,
      date: '2026-01-05',
      accessRoute: 'sprechstunde',
      targetGroupIds: [],
      decision: 'fall_eroeffnet',
      consent: { givenAt: '2026-01-05', form: 'schriftlich' },
    });
    expect(caseStatus(db, opened.caseId!)).toBe('assessment');
    services.cases.close({ caseId: opened.caseId!, reason: 'sonstiges', goalOutcomes: [] });
    expect(caseStatus(db, opened.caseId!)).toBe('abgeschlossen');

    const now = new Date('2026-02-01T10:00:00Z');
    appendAudit(db, { actor: 'Test Beraterin', action: 'test.kept', entity: 'test', entityId: 'x1' }, now);
    expect(() =>
      sqlite.transaction(() => {
        appendAudit(db, { actor: 'Test Beraterin', action: 'test.undone', entity: 'test' }, now);
        throw new Error('undo');
      })(),
    ).toThrow('undo');
    const actions = recentAudit(db, 5).map((a) => a.action);
    expect(actions).toContain('test.kept');
    expect(actions).not.toContain('test.undone');
    expect(recentAudit(db, 5).find((a) => a.action === 'test.kept')).toMatchObject({ at: now.toISOString(), entity: 'test', entityId: 'x1' });
  });
});

describe('prepared inserts and updates write what drizzle writes', () => {
  const at = '2026-02-01T10:00:00.000Z';
  /** Rows of many shapes: columns left out (defaults), null, booleans, JSON arrays. */
  const people = [
    { id: 'p1', createdAt: at, updatedAt: at },
    {
      id: 'p2',
      birthDate: '1990',
      gender: 'weiblich' as const,
      nationalities: ['SY'],
      languages: ['ar', 'de'],
      interpreterNeeded: true,
      createdAt: at,
      updatedAt: at,
    },
    { id: 'p3', birthDate: null, phone: null, nationalities: [], interpreterNeeded: false, incomplete: true, createdAt: at, updatedAt: at },
    { id: 'p4', birthDate: undefined, municipality: 'Beckum', createdAt: at, updatedAt: at },
    { id: 'p5', birthDate: '1985-04', gender: 'maennlich' as const, createdAt: at, updatedAt: at },
    // The shape of p3 with values where p3 has null: not the statement with NULL written into it.
    { id: 'p6', birthDate: '2001', phone: '0171 555', nationalities: ['IQ'], interpreterNeeded: true, incomplete: false, createdAt: at, updatedAt: at },
  ];
  const raw = (db: KimDb) =>
    (db as KimDb & { $client: { prepare(sql: string): { raw(): { all(): unknown[] } } } }).$client.prepare('SELECT * FROM persons ORDER BY rowid').raw().all();

  it('the same rows, byte for byte, as drizzle’s own insert and update (defaults, null, booleans, JSON)', async () => {
    const drizzleWay = (await createdStore()).store.session().db;
    const preparedWay = (await createdStore()).store.session().db;
    for (const person of people) drizzleWay.insert(persons).values(person).run();
    insertRows(preparedWay, persons, people);
    // Twice the same shape: the statement is reused, not the first row's values.
    insertRows(preparedWay, persons, []);
    expect(raw(preparedWay)).toEqual(raw(drizzleWay));
    expect(raw(preparedWay)).toHaveLength(6);

    const patches = [
      { municipality: 'Oelde', phone: null, updatedAt: at },
      { municipality: undefined, interpreterNeeded: true, languages: ['fa'], updatedAt: at },
      { municipality: 'Ahlen', updatedAt: at },
    ];
    for (const [i, patch] of patches.entries()) {
      drizzleWay
        .update(persons)
        .set(patch)
        .where(eq(persons.id, `p${i + 2}`))
        .run();
      updateWhere(preparedWay, persons, persons.id, `p${i + 2}`, patch);
    }
    expect(raw(preparedWay)).toEqual(raw(drizzleWay));
    expect(rowWhere(preparedWay, persons, persons.id, 'p3')).toEqual(drizzleWay.select().from(persons).where(eq(persons.id, 'p3')).get());
    expect(rowWhere(preparedWay, persons, persons.id, 'none')).toBeUndefined();
  });

  it('several rows go in all or not at all, as one statement would', async () => {
    const { db } = (await createdStore()).store.session();
    insertRows(db, persons, [people[0]!]);
    const names = [
      { id: 'n1', personId: 'p1', familyName: 'Haddad', givenNames: 'Amira', primary: true, note: null },
      { id: 'n1', personId: 'p1', familyName: 'Hadad', givenNames: 'Amira', primary: false, note: null },
    ];
    expect(() => insertRows(db, personNames, names)).toThrow(/UNIQUE/);
    expect(db.select().from(personNames).all()).toEqual([]);
  });

  it('a query per length of an id list, kept for short lists only', async () => {
    const { db } = (await createdStore()).store.session();
    const build = (d: KimDb, n: number) => ({ n, d });
    expect(preparedShape(db, build, 3)).toBe(preparedShape(db, build, 3));
    expect(preparedShape(db, build, 4)).not.toBe(preparedShape(db, build, 3));
    expect(preparedShape(db, build, 500)).not.toBe(preparedShape(db, build, 500));
  });
});
