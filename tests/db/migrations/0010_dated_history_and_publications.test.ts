import { describe, expect, it } from 'vitest';
import { openMigratedTo } from '../../fixtures/migrations';

describe('migration 0010_dated_history_and_publications', () => {
  it('starts the history of every existing person with today’s values from the day the person was recorded', () => {
    const before = openMigratedTo('0009_statistics_indexes');
    const insert = before.sqlite.prepare('INSERT INTO persons (id, municipality, residence_status, created_at, updated_at) VALUES (?, ?, ?, ?, ?)');
    insert.run('p1', 'Nordheim', 'duldung', '2025-03-04T08:15:00.000Z', '2026-10-01T08:00:00.000Z');
    insert.run('p2', null, null, '2026-01-20T12:00:00.000Z', '2026-01-20T12:00:00.000Z');
    before.sqlite.close();

    const { sqlite } = openMigratedTo('0010_dated_history_and_publications', before.file, before.dataKey);
    const rows = sqlite
      .prepare('SELECT person_id, attribute, value, valid_from, recorded_at FROM person_attribute_history ORDER BY person_id, attribute')
      .all();
    expect(rows).toEqual([
      { person_id: 'p1', attribute: 'municipality', value: 'Nordheim', valid_from: '2025-03-04', recorded_at: '2025-03-04T08:15:00.000Z' },
      { person_id: 'p1', attribute: 'residence_status', value: 'duldung', valid_from: '2025-03-04', recorded_at: '2025-03-04T08:15:00.000Z' },
      { person_id: 'p2', attribute: 'municipality', value: null, valid_from: '2026-01-20', recorded_at: '2026-01-20T12:00:00.000Z' },
      { person_id: 'p2', attribute: 'residence_status', value: null, valid_from: '2026-01-20', recorded_at: '2026-01-20T12:00:00.000Z' },
    ]);
    const ids = sqlite.prepare('SELECT id FROM person_attribute_history').pluck().all() as string[];
    expect(new Set(ids).size).toBe(4);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/);

    // The history goes with the person.
    sqlite.prepare("DELETE FROM persons WHERE id = 'p1'").run();
    expect(sqlite.prepare("SELECT count(*) FROM person_attribute_history WHERE person_id = 'p1'").pluck().get()).toBe(0);
    sqlite.close();
  });

  it('keeps a published quarter as it was: no change, no removal', () => {
    const { sqlite } = openMigratedTo('0010_dated_history_and_publications');
    sqlite
      .prepare('INSERT INTO statistics_publications (period, format_version, document, sha256, published_at) VALUES (?, 2, ?, ?, ?)')
      .run('2026-Q3', '{"tables":[]}', 'abc', '2026-10-02T09:00:00.000Z');
    expect(() => sqlite.prepare("UPDATE statistics_publications SET document = '{}' WHERE period = '2026-Q3'").run()).toThrow(/frozen/);
    expect(() => sqlite.prepare("DELETE FROM statistics_publications WHERE period = '2026-Q3'").run()).toThrow(/frozen/);
    // A second publication of the same quarter is refused too.
    expect(() =>
      sqlite
        .prepare('INSERT INTO statistics_publications (period, format_version, document, sha256, published_at) VALUES (?, 2, ?, ?, ?)')
        .run('2026-Q3', '{}', 'def', '2026-10-03T09:00:00.000Z'),
    ).toThrow(/UNIQUE/);
    expect(sqlite.prepare('SELECT document FROM statistics_publications').pluck().all()).toEqual(['{"tables":[]}']);
    sqlite.close();
  });

  it('lets the statistic find a person’s values by attribute and day through the index', () => {
    const { sqlite } = openMigratedTo('0010_dated_history_and_publications');
    const plan = (
      sqlite
        .prepare(
          "EXPLAIN QUERY PLAN SELECT value FROM person_attribute_history WHERE person_id = 'p1' AND attribute = 'municipality' AND valid_from <= '2026-03-31'",
        )
        .all() as { detail: string }[]
    )
      .map((row) => row.detail)
      .join(' ');
    expect(plan).toMatch(/USING INDEX person_attribute_history_person_idx/);
    sqlite.close();
  });
});
