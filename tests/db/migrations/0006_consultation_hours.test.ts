import { describe, expect, it } from 'vitest';
import { columnsOf, openMigratedTo } from '../../fixtures/migrations';

const T = '2026-11-21T10:00:00Z';
const TABLES = ['consultation_sessions', 'consultation_session_contacts', 'consultation_session_persons', 'short_advice', 'consultation_queue'];

function withSession() {
  const db = openMigratedTo('0006_consultation_hours');
  const { sqlite } = db;
  sqlite.prepare("INSERT INTO locations (id, name, kind, municipality, created_at) VALUES ('l1', 'GU Talstraße', 'gu', 'Musterstadt', ?)").run(T);
  sqlite.prepare("INSERT INTO consultation_sessions (id, location_id, started_at, recorded_by, created_at) VALUES ('s1', 'l1', ?, 'Anna', ?)").run(T, T);
  sqlite.prepare("INSERT INTO persons (id, created_at, updated_at) VALUES ('p1', ?, ?)").run(T, T);
  return db;
}

describe('migration 0006_consultation_hours', () => {
  it('adds the consultation tables to a database that already holds data, which stays', () => {
    const before = openMigratedTo('0005_search_index');
    before.sqlite.prepare("INSERT INTO persons (id, created_at, updated_at) VALUES ('p1', ?, ?)").run(T, T);
    before.sqlite.close();
    const { sqlite } = openMigratedTo('0006_consultation_hours', before.file, before.dataKey);
    const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(TABLES));
    expect(sqlite.prepare('SELECT count(*) FROM persons').pluck().get()).toBe(1);
    expect(columnsOf(sqlite, 'short_advice').sort()).toEqual(['at', 'created_at', 'id', 'interpreter_used', 'language', 'life_area_id', 'session_id']);
    expect(columnsOf(sqlite, 'consultation_queue').sort()).toEqual(['arrived_at', 'id', 'label', 'person_id', 'session_id']);
    const indexes = sqlite
      .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND (name LIKE 'consultation%' OR name LIKE 'short_advice%')")
      .pluck()
      .all();
    expect(indexes).toEqual(
      expect.arrayContaining([
        'consultation_sessions_ended_idx',
        'consultation_session_contacts_session_idx',
        'consultation_session_persons_session_idx',
        'consultation_queue_session_idx',
        'short_advice_session_idx',
        'short_advice_at_idx',
      ]),
    );
    sqlite.close();
  });

  it('short advice has no column for a person or free text', () => {
    const { sqlite } = openMigratedTo('0006_consultation_hours');
    const columns = columnsOf(sqlite, 'short_advice');
    expect(columns.filter((c) => /person|name|note|text/.test(c))).toEqual([]);
    sqlite.close();
  });

  it('enforces foreign keys to locations, sessions, life areas, contacts and persons', () => {
    const { sqlite } = withSession();
    expect(() =>
      sqlite
        .prepare("INSERT INTO consultation_sessions (id, location_id, started_at, recorded_by, created_at) VALUES ('s2', 'nirgendwo', ?, 'Anna', ?)")
        .run(T, T),
    ).toThrow(/FOREIGN KEY/);
    expect(() =>
      sqlite
        .prepare("INSERT INTO short_advice (id, session_id, at, life_area_id, interpreter_used, created_at) VALUES ('a1', 's1', ?, 'gibt-es-nicht', 0, ?)")
        .run(T, T),
    ).toThrow(/FOREIGN KEY/);
    expect(() =>
      sqlite
        .prepare("INSERT INTO short_advice (id, session_id, at, life_area_id, interpreter_used, created_at) VALUES ('a1', 'keine', ?, 'wohnen', 0, ?)")
        .run(T, T),
    ).toThrow(/FOREIGN KEY/);
    sqlite
      .prepare("INSERT INTO short_advice (id, session_id, at, life_area_id, interpreter_used, created_at) VALUES ('a1', 's1', ?, 'wohnen', 0, ?)")
      .run(T, T);
    expect(() => sqlite.prepare("INSERT INTO consultation_session_contacts (session_id, contact_id) VALUES ('s1', 'keiner')").run()).toThrow(/FOREIGN KEY/);
    expect(() => sqlite.prepare("INSERT INTO consultation_session_persons (session_id, person_id) VALUES ('s1', 'niemand')").run()).toThrow(/FOREIGN KEY/);
    expect(() =>
      sqlite.prepare("INSERT INTO consultation_queue (id, session_id, label, person_id, arrived_at) VALUES ('q1', 's1', 'Nr. 1', 'niemand', ?)").run(T),
    ).toThrow(/FOREIGN KEY/);
    expect(() => sqlite.prepare("DELETE FROM consultation_sessions WHERE id = 's1'").run(), 'a session with records stays').toThrow(/FOREIGN KEY/);
    sqlite.close();
  });

  it('a contact or person links to one session only', () => {
    const { sqlite } = withSession();
    sqlite
      .prepare("INSERT INTO consultation_sessions (id, location_id, started_at, ended_at, recorded_by, created_at) VALUES ('s0', 'l1', ?, ?, 'Anna', ?)")
      .run(T, T, T);
    sqlite.prepare("INSERT INTO consultation_session_persons (session_id, person_id) VALUES ('s1', 'p1')").run();
    expect(() => sqlite.prepare("INSERT INTO consultation_session_persons (session_id, person_id) VALUES ('s0', 'p1')").run()).toThrow(/UNIQUE|PRIMARY/);
    sqlite
      .prepare(
        "INSERT INTO contacts (id, person_id, at, duration_minutes, place, location_id, type, recorded_by, created_at) VALUES ('c1', 'p1', ?, 15, 'sprechstunde', 'l1', 'beratung', 'Anna', ?)",
      )
      .run(T, T);
    sqlite.prepare("INSERT INTO consultation_session_contacts (session_id, contact_id) VALUES ('s1', 'c1')").run();
    expect(() => sqlite.prepare("INSERT INTO consultation_session_contacts (session_id, contact_id) VALUES ('s0', 'c1')").run()).toThrow(/UNIQUE|PRIMARY/);
    sqlite.close();
  });

  it('deleting a contact or person removes its link to the session; a queue entry only forgets the person', () => {
    const { sqlite } = withSession();
    sqlite
      .prepare(
        "INSERT INTO contacts (id, person_id, at, duration_minutes, place, location_id, type, recorded_by, created_at) VALUES ('c1', 'p1', ?, 15, 'sprechstunde', 'l1', 'beratung', 'Anna', ?)",
      )
      .run(T, T);
    sqlite.prepare("INSERT INTO consultation_session_contacts (session_id, contact_id) VALUES ('s1', 'c1')").run();
    sqlite.prepare("INSERT INTO persons (id, created_at, updated_at) VALUES ('p2', ?, ?)").run(T, T);
    sqlite.prepare("INSERT INTO consultation_session_persons (session_id, person_id) VALUES ('s1', 'p2')").run();
    sqlite.prepare("INSERT INTO consultation_queue (id, session_id, label, person_id, arrived_at) VALUES ('q1', 's1', 'Nr. 1', 'p2', ?)").run(T);

    sqlite.prepare("DELETE FROM contacts WHERE id = 'c1'").run();
    expect(sqlite.prepare('SELECT count(*) FROM consultation_session_contacts').pluck().get()).toBe(0);
    sqlite.prepare("DELETE FROM persons WHERE id = 'p2'").run();
    expect(sqlite.prepare('SELECT count(*) FROM consultation_session_persons').pluck().get()).toBe(0);
    expect(sqlite.prepare("SELECT label, person_id FROM consultation_queue WHERE id = 'q1'").get()).toEqual({ label: 'Nr. 1', person_id: null });
    sqlite.close();
  });

  it('finds the running session and the queue in arrival order by index', () => {
    const { sqlite } = withSession();
    const running = sqlite.prepare('EXPLAIN QUERY PLAN SELECT id FROM consultation_sessions WHERE ended_at IS NULL').all() as { detail: string }[];
    expect(running.map((r) => r.detail).join(' ')).toMatch(/consultation_sessions_ended_idx/);
    const queue = sqlite.prepare("EXPLAIN QUERY PLAN SELECT id FROM consultation_queue WHERE session_id = 's1' ORDER BY arrived_at").all() as {
      detail: string;
    }[];
    expect(queue.map((r) => r.detail).join(' ')).toMatch(/consultation_queue_session_idx/);
    sqlite.close();
  });
});
