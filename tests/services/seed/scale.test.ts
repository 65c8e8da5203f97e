/**
 * Large demo sets: one transaction for the whole load (all or nothing), everyone findable, and old
 * work settled as a case manager would, so "Heute" shows what is due now and not years of leftovers.
 */
import { describe, expect, it } from 'vitest';
import { recentAudit } from '../../../db/queries/audit';
import { readSetting } from '../../../db/queries/settings';
import { seedDemoData } from '../../../electron/services/seed';
import { addDays } from '../../../electron/services/seed/calendar';
import { createdStore } from '../../fixtures/tempStore';
import { NOW, rows, seededStore, TODAY } from './helpers';

type Sqlite = Awaited<ReturnType<typeof seededStore>>['sqlite'];

const schema = (sqlite: Sqlite) => rows(sqlite, `SELECT type, name, sql FROM sqlite_master ORDER BY type, name`);

describe('demo data at scale', () => {
  it('leaves every person findable by the search', { timeout: 120_000 }, async () => {
    const s = await seededStore({ cases: 24, seed: 4 });
    const persons = rows<{ id: string; family_name: string }>(s.sqlite, 'SELECT person_id AS id, family_name FROM person_names WHERE is_primary = 1');
    expect(persons.length).toBe(rows(s.sqlite, 'SELECT id FROM persons').length);
    for (const person of persons.slice(0, 10)) {
      const hits = s.search.global({ query: person.family_name, limit: 50 }).groups.find((g) => g.kind === 'person')?.hits ?? [];
      expect(
        hits.map((h) => h.id),
        person.family_name,
      ).toContain(person.id);
    }
  });

  it('writes all or nothing: a seed that stops half way leaves the store empty and unmarked', { timeout: 120_000 }, async () => {
    const services = await createdStore({ now: () => NOW });
    const { sqlite, db } = services.store.session();
    const before = schema(sqlite);
    const audited = recentAudit(db, 1000).length;
    let calls = 0;
    const stopping = seedDemoData(
      { store: services.store, now: () => NOW },
      {
        cases: 60,
        seed: 1,
        onProgress: () => {
          calls += 1;
          if (calls === 2) throw new Error('stopped');
        },
      },
    );
    await expect(stopping).rejects.toThrow('stopped');
    expect(sqlite.inTransaction).toBe(false);
    expect(services.cases.list({})).toEqual([]);
    expect(services.persons.list()).toEqual([]);
    expect(readSetting(db, 'demoData')).toBeUndefined();
    expect(recentAudit(db, 1000)).toHaveLength(audited);
    expect(schema(sqlite)).toEqual(before);
    expect(services.search.global({ query: 'Demodaten' }).groups).toEqual([]);
    // The store is as good as new: the same seed now goes through.
    await seedDemoData({ store: services.store, now: () => NOW }, { cases: 12, seed: 1 });
    expect(services.cases.list({})).toHaveLength(12);
  });

  it('settles old steps: done late, given a new date, or the goal given up; only recent ones stay overdue', { timeout: 120_000 }, async () => {
    const s = await seededStore({ cases: 60, seed: 2 });
    const count = (sql: string) => rows<{ n: number }>(s.sqlite, sql)[0]!.n;
    // Every way of dealing with a late step occurs.
    expect(count(`SELECT COUNT(*) AS n FROM goal_steps WHERE done_at > due_date`)).toBeGreaterThan(0);
    expect(count(`SELECT COUNT(*) AS n FROM audit_log WHERE action = 'goal_step.updated'`)).toBeGreaterThan(0);
    expect(
      count(`SELECT COUNT(*) AS n FROM goals g JOIN cases c ON c.id = g.case_id WHERE c.closed_at IS NULL AND g.status IN ('nicht_erreicht', 'verworfen')`),
    ).toBeGreaterThan(0);
    // A goal given up is not set again in the same case.
    expect(rows(s.sqlite, 'SELECT case_id, title FROM goals GROUP BY case_id, title HAVING COUNT(*) > 1')).toEqual([]);
    // A goal reached has all its steps done.
    expect(count(`SELECT COUNT(*) AS n FROM goal_steps t JOIN goals g ON g.id = t.goal_id WHERE g.status = 'erreicht' AND t.done_at IS NULL`)).toBe(0);

    // Closing tidies up: a reopened case brings back no follow-up or referral from before (the
    // reopening's day is its local day, as the dates it is compared with).
    const reopened = `JOIN case_events e ON e.case_id = x.case_id AND e.kind = 'wiedereroeffnet'`;
    expect(count(`SELECT COUNT(*) AS n FROM case_events WHERE kind = 'wiedereroeffnet'`)).toBeGreaterThan(0);
    expect(count(`SELECT COUNT(*) AS n FROM follow_ups x ${reopened} WHERE x.done_at IS NULL AND x.due_date < date(e.at, 'localtime')`)).toBe(0);
    expect(
      count(
        `SELECT COUNT(*) AS n FROM referrals x ${reopened} WHERE x.status IN ('vorgeschlagen', 'vermittelt', 'termin_vereinbart') AND x.date < date(e.at, 'localtime')`,
      ),
    ).toBe(0);

    const heute = s.today.items({});
    const late = (kind: string) => heute.groups.find((g) => g.kind === kind)!.items;
    const monthAgo = addDays(TODAY, -45);
    expect(
      late('goalStep').every((i) => i.dueDate >= monthAgo),
      JSON.stringify(late('goalStep').map((i) => i.dueDate)),
    ).toBe(true);
    expect(late('followUp').every((i) => i.dueDate >= monthAgo)).toBe(true);
    // Referrals wait for feedback only for a few months at most.
    expect(late('referralFeedback').every((i) => i.dueDate >= addDays(TODAY, -120))).toBe(true);
    // Re-assessments are done, some of them late; only recently due ones are still open.
    expect(late('reassessment').every((i) => i.dueDate >= addDays(TODAY, -130))).toBe(true);
  });
});
