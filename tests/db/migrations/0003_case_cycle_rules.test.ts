import { describe, expect, it } from 'vitest';
import { openMigratedTo } from '../../fixtures/migrations';

const now = '2026-01-01T00:00:00Z';

function withCase() {
  const { sqlite } = openMigratedTo('0003_case_cycle_rules');
  sqlite.prepare("INSERT INTO persons (id, created_at, updated_at) VALUES ('p1', ?, ?)").run(now, now);
  sqlite
    .prepare(
      "INSERT INTO cases (id, person_id, case_number, case_manager, phase, opened_at, created_at) VALUES ('c1', 'p1', '2026-0001', 'A', 'assessment', ?, ?)",
    )
    .run(now, now);
  return sqlite;
}

describe('migration 0003_case_cycle_rules', () => {
  it('brings the nine default life areas', () => {
    const { sqlite } = openMigratedTo('0003_case_cycle_rules');
    expect(sqlite.prepare('SELECT name FROM life_areas ORDER BY sort_order').pluck().all()).toEqual([
      'Aufenthalt/Recht',
      'Wohnen',
      'Gesundheit',
      'Sprache',
      'Bildung/Schule',
      'Ausbildung/Arbeit',
      'Existenzsicherung/Finanzen',
      'Familie/Kinder',
      'Soziale Teilhabe/Alltag',
    ]);
    sqlite.close();
  });

  it('never lets an assessment be overwritten or removed', () => {
    const sqlite = withCase();
    sqlite.prepare("INSERT INTO assessments (id, case_id, kind, date, recorded_by, created_at) VALUES ('a1', 'c1', 'erst', '2026-01-02', 'A', ?)").run(now);
    sqlite
      .prepare(
        "INSERT INTO assessment_entries (id, assessment_id, life_area_id, situation, urgency, responsible_service) VALUES ('e1', 'a1', 'wohnen', 2, 'hoch', 'keine')",
      )
      .run();
    expect(() => sqlite.prepare("UPDATE assessments SET date = '2026-02-02'").run()).toThrow(/never overwritten/);
    expect(() => sqlite.prepare('UPDATE assessment_entries SET situation = 5').run()).toThrow(/never overwritten/);
    expect(() => sqlite.prepare('DELETE FROM assessment_entries').run()).toThrow(/never overwritten/);
    expect(() => sqlite.prepare('DELETE FROM assessments').run()).toThrow(/never overwritten/);
    sqlite.close();
  });

  it('lets an agreement be signed once and then never changed', () => {
    const sqlite = withCase();
    sqlite
      .prepare("INSERT INTO agreements (id, case_id, version, date, snapshot, recorded_by, created_at) VALUES ('g1', 'c1', 1, '2026-01-03', '[]', 'A', ?)")
      .run(now);
    expect(() => sqlite.prepare("UPDATE agreements SET snapshot = '[1]'").run()).toThrow(/fixed/);
    sqlite.prepare("UPDATE agreements SET signed_at = '2026-01-04'").run();
    expect(() => sqlite.prepare("UPDATE agreements SET signed_at = '2026-01-05'").run()).toThrow(/fixed/);
    sqlite.close();
  });
});
