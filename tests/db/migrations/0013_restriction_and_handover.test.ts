import { describe, expect, it } from 'vitest';
import { openMigratedTo } from '../../fixtures/migrations';

const now = '2026-01-01T00:00:00Z';
const TAG = '0013_restriction_and_handover';

function withCase(tag = TAG) {
  const opened = openMigratedTo(tag);
  const { sqlite } = opened;
  sqlite.prepare("INSERT INTO persons (id, created_at, updated_at) VALUES ('p1', ?, ?)").run(now, now);
  sqlite
    .prepare(
      "INSERT INTO cases (id, person_id, case_number, case_manager, phase, opened_at, created_at) VALUES ('c1', 'p1', '2026-0001', 'A', 'assessment', ?, ?)",
    )
    .run(now, now);
  return opened;
}

const restrict = (sqlite: import('better-sqlite3').Database, id: string, liftedAt: string | null) =>
  sqlite
    .prepare(
      "INSERT INTO case_restrictions (id, case_id, since, reason, recorded_by, recorded_at, lifted_at) VALUES (?, 'c1', '2026-01-01', 'Richtigkeit bestritten', 'A', ?, ?)",
    )
    .run(id, now, liftedAt);

describe('migration 0013_restriction_and_handover on a fresh encrypted database', () => {
  it('allows one restriction in force per case, any number of lifted ones', () => {
    const { sqlite } = withCase();
    restrict(sqlite, 'r1', '2026-02-01');
    restrict(sqlite, 'r2', null);
    expect(() => restrict(sqlite, 'r3', null)).toThrow(/UNIQUE/);
    restrict(sqlite, 'r4', '2026-03-01');
    expect(sqlite.prepare('SELECT count(*) FROM case_restrictions').pluck().get()).toBe(3);
    sqlite.close();
  });

  it('removes restrictions and handover marks with the case, and keeps the handover record', () => {
    const { sqlite } = withCase();
    restrict(sqlite, 'r1', null);
    sqlite
      .prepare("INSERT INTO handovers (id, created_at, created_by, recipient, case_numbers) VALUES ('h1', ?, 'A', 'B. Beispiel', '[\"2026-0001\"]')")
      .run(now);
    sqlite.prepare("INSERT INTO handover_cases (handover_id, case_id) VALUES ('h1', 'c1')").run();
    sqlite.pragma('foreign_keys = ON');
    sqlite.prepare('DELETE FROM cases').run();
    expect(sqlite.prepare('SELECT count(*) FROM case_restrictions').pluck().get()).toBe(0);
    expect(sqlite.prepare('SELECT count(*) FROM handover_cases').pluck().get()).toBe(0);
    expect(sqlite.prepare('SELECT case_numbers FROM handovers').pluck().get()).toBe('["2026-0001"]');
    sqlite.close();
  });

  it('refuses a second import of the same package by its id', () => {
    const { sqlite } = withCase();
    const insert = sqlite.prepare(
      "INSERT INTO handover_imports (package_id, imported_at, imported_by, sender, case_numbers) VALUES ('pkg', ?, 'B', 'A. Absender', '[]')",
    );
    insert.run(now);
    expect(() => insert.run(now)).toThrow(/UNIQUE|PRIMARY/);
    sqlite.close();
  });

  it('upgrades a database of the previous version and keeps its cases', () => {
    const before = withCase('0012_audit_chain');
    before.sqlite.close();
    const { sqlite } = openMigratedTo(TAG, before.file, before.dataKey);
    expect(sqlite.prepare('SELECT case_number FROM cases').pluck().all()).toEqual(['2026-0001']);
    expect(
      sqlite
        .prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('case_restrictions', 'handovers', 'handover_cases', 'handover_imports')")
        .pluck()
        .get(),
    ).toBe(4);
    sqlite.close();
  });
});
