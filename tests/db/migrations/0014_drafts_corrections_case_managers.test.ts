import { describe, expect, it } from 'vitest';
import { openMigratedTo } from '../../fixtures/migrations';

const now = '2026-01-01T00:00:00Z';
const BEFORE = '0013_restriction_and_handover';
const TAG = '0014_drafts_corrections_case_managers';

describe('migration 0014_drafts_corrections_case_managers on a fresh encrypted database', () => {
  it('starts the list of case managers with the names already on cases, once each', () => {
    const first = openMigratedTo(BEFORE);
    const insertCase = first.sqlite.prepare(
      "INSERT INTO cases (id, person_id, case_number, case_manager, phase, opened_at, created_at) VALUES (?, 'p1', ?, ?, 'assessment', ?, ?)",
    );
    first.sqlite.prepare("INSERT INTO persons (id, created_at, updated_at) VALUES ('p1', ?, ?)").run(now, now);
    insertCase.run('c1', '2026-0001', 'A. Beispiel', now, now);
    insertCase.run('c2', '2026-0002', 'A. Beispiel', now, now);
    insertCase.run('c3', '2026-0003', 'B. Muster', now, now);
    first.sqlite.close();
    const { sqlite } = openMigratedTo(TAG, first.file, first.dataKey);
    expect(sqlite.prepare('SELECT name FROM case_managers WHERE active = 1 ORDER BY name').pluck().all()).toEqual(['A. Beispiel', 'B. Muster']);
    expect(() => sqlite.prepare("INSERT INTO case_managers (id, name, created_at) VALUES ('x', 'B. Muster', ?)").run(now)).toThrow(/UNIQUE/);
    // The interpreter language is new and empty for existing persons.
    expect(sqlite.prepare("SELECT interpreter_language FROM persons WHERE id = 'p1'").pluck().get()).toBeNull();
    sqlite.close();
  });

  it('keeps one draft per form and numbers the versions of a record once each', () => {
    const { sqlite } = openMigratedTo(TAG);
    const draft = sqlite.prepare("INSERT OR REPLACE INTO drafts (key, route, fields, saved_at) VALUES ('contact:new:c1', '{}', ?, ?)");
    draft.run('{"note":"a"}', now);
    draft.run('{"note":"ab"}', now);
    expect(sqlite.prepare('SELECT fields FROM drafts').pluck().all()).toEqual(['{"note":"ab"}']);
    const version = sqlite.prepare(
      "INSERT INTO record_versions (id, person_id, record_kind, record_id, version, before, changed_by, changed_at) VALUES (?, 'p1', 'contact', 'k1', ?, '{}', 'A', ?)",
    );
    version.run('v1', 1, now);
    version.run('v2', 2, now);
    expect(() => version.run('v3', 2, now)).toThrow(/UNIQUE/);
    sqlite.close();
  });
});
