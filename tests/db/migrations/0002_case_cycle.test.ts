import { describe, expect, it } from 'vitest';
import { columnsOf, openMigratedTo } from '../../fixtures/migrations';

const CASE_TABLES = [
  'target_groups',
  'life_areas',
  'locations',
  'partners',
  'households',
  'persons',
  'person_names',
  'intakes',
  'intake_target_groups',
  'cases',
  'case_target_groups',
  'consents',
  'case_events',
  'case_number_sequences',
  'assessments',
  'assessment_entries',
  'goals',
  'goal_steps',
  'agreements',
  'releases',
  'referrals',
  'referral_status_history',
  'contacts',
  'contact_topics',
  'follow_ups',
  'case_conferences',
  'case_conference_participants',
];

describe('migration 0002_case_cycle', () => {
  it('adds the case tables to a database that already holds the foundation data, which stays', () => {
    const before = openMigratedTo('0001_audit_log_append_only');
    before.sqlite.prepare("INSERT INTO settings VALUES ('userName', '\"Anna\"', '2026-01-01')").run();
    before.sqlite.prepare("INSERT INTO audit_log (at, actor, action, entity) VALUES ('2026-01-01', 'Anna', 'store.created', 'store')").run();
    before.sqlite.close();

    const { sqlite } = openMigratedTo('0002_case_cycle', before.file, before.dataKey);
    const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(CASE_TABLES));
    expect(sqlite.prepare("SELECT value FROM settings WHERE key = 'userName'").pluck().get()).toBe('"Anna"');
    expect(sqlite.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(1);
    expect(columnsOf(sqlite, 'cases')).toEqual(expect.arrayContaining(['case_number', 'person_id', 'phase', 'closure_reason']));
    sqlite.close();
  });

  it('enforces foreign keys and unique case numbers', () => {
    const { sqlite } = openMigratedTo('0002_case_cycle');
    const now = '2026-01-01T00:00:00Z';
    expect(() =>
      sqlite
        .prepare(
          "INSERT INTO cases (id, person_id, case_number, case_manager, phase, opened_at, created_at) VALUES ('c1', 'nobody', '2026-0001', 'A', 'erstberatung', ?, ?)",
        )
        .run(now, now),
    ).toThrow(/FOREIGN KEY/);
    sqlite.prepare("INSERT INTO persons (id, created_at, updated_at) VALUES ('p1', ?, ?)").run(now, now);
    const insertCase = sqlite.prepare(
      "INSERT INTO cases (id, person_id, case_number, case_manager, phase, opened_at, created_at) VALUES (?, 'p1', '2026-0001', 'A', 'erstberatung', ?, ?)",
    );
    insertCase.run('c1', now, now);
    expect(() => insertCase.run('c2', now, now)).toThrow(/UNIQUE/);
    sqlite.close();
  });
});
