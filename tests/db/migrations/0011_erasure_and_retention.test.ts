import { describe, expect, it } from 'vitest';
import { openMigratedTo } from '../../fixtures/migrations';

const now = '2026-01-01T00:00:00Z';

function withAssessment(tag = '0011_erasure_and_retention') {
  const { sqlite } = openMigratedTo(tag);
  sqlite.prepare("INSERT INTO persons (id, created_at, updated_at) VALUES ('p1', ?, ?)").run(now, now);
  sqlite
    .prepare(
      "INSERT INTO cases (id, person_id, case_number, case_manager, phase, opened_at, created_at) VALUES ('c1', 'p1', '2026-0001', 'A', 'assessment', ?, ?)",
    )
    .run(now, now);
  sqlite.prepare("INSERT INTO assessments (id, case_id, kind, date, recorded_by, created_at) VALUES ('a1', 'c1', 'erst', '2026-01-02', 'A', ?)").run(now);
  sqlite
    .prepare(
      "INSERT INTO assessment_entries (id, assessment_id, life_area_id, situation, urgency, responsible_service) VALUES ('e1', 'a1', 'wohnen', 2, 'hoch', 'keine')",
    )
    .run();
  return sqlite;
}

describe('migration 0011_erasure_and_retention on a fresh encrypted database', () => {
  it('keeps assessments undeletable, except while an erasure holds its guard row', () => {
    const sqlite = withAssessment();
    expect(() => sqlite.prepare('DELETE FROM assessment_entries').run()).toThrow(/never overwritten/);
    expect(() => sqlite.prepare('DELETE FROM assessments').run()).toThrow(/never overwritten/);
    expect(() => sqlite.prepare("UPDATE assessments SET date = '2026-02-02'").run()).toThrow(/never overwritten/);
    sqlite.transaction(() => {
      sqlite.prepare('INSERT INTO erasure_in_progress (id) VALUES (1)').run();
      expect(() => sqlite.prepare('INSERT INTO erasure_in_progress (id) VALUES (2)').run()).toThrow(/one erasure at a time/);
      sqlite.prepare('DELETE FROM assessment_entries').run();
      sqlite.prepare('DELETE FROM assessments').run();
      sqlite.prepare('DELETE FROM erasure_in_progress').run();
    })();
    expect(sqlite.prepare('SELECT count(*) FROM assessments').pluck().get()).toBe(0);
    sqlite.close();
  });

  it('removes a case’s retention holds with the case, and records erasures without personal fields', () => {
    const sqlite = withAssessment();
    sqlite
      .prepare(
        "INSERT INTO retention_holds (id, case_id, keep_until, reason, recorded_by, recorded_at) VALUES ('h1', 'c1', '2040-01-01', 'Klage läuft', 'A', ?)",
      )
      .run(now);
    sqlite.prepare("INSERT INTO erasures (id, erased_at, case_numbers, reason, actor) VALUES ('x1', ?, '[\"2025-0007\"]', 'Antrag', 'A')").run(now);
    sqlite.pragma('foreign_keys = ON');
    sqlite.prepare('INSERT INTO erasure_in_progress (id) VALUES (1)').run();
    sqlite.prepare('DELETE FROM assessment_entries').run();
    sqlite.prepare('DELETE FROM assessments').run();
    sqlite.prepare('DELETE FROM cases').run();
    sqlite.prepare('DELETE FROM erasure_in_progress').run();
    expect(sqlite.prepare('SELECT count(*) FROM retention_holds').pluck().get()).toBe(0);
    expect(sqlite.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('erasures')).toEqual(['id', 'erased_at', 'case_numbers', 'reason', 'actor']);
    sqlite.close();
  });

  it('upgrades a database of the previous version without touching its assessments', () => {
    const before = openMigratedTo('0010_dated_history_and_publications');
    before.sqlite.close();
    const { sqlite } = openMigratedTo('0011_erasure_and_retention', before.file, before.dataKey);
    expect(
      sqlite
        .prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('retention_holds', 'erasures', 'erasure_in_progress')")
        .pluck()
        .get(),
    ).toBe(3);
    sqlite.close();
  });
});
