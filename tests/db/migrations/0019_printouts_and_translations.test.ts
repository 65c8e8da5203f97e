import { describe, expect, it } from 'vitest';
import { columnsOf, openMigratedTo } from '../../fixtures/migrations';

const BEFORE = '0018_release_data_kinds';
const TAG = '0019_printouts_and_translations';
const now = '2026-01-01T10:00:00.000Z';

describe('migration 0019_printouts_and_translations', () => {
  it('keeps goals, steps, agreements and releases as they were, with no translation and no printout', () => {
    const before = openMigratedTo(BEFORE);
    const db = before.sqlite;
    db.prepare("INSERT INTO persons (id, created_at, updated_at) VALUES ('p1', ?, ?)").run(now, now);
    db.prepare(
      "INSERT INTO cases (id, person_id, case_number, case_manager, phase, opened_at, created_at) VALUES ('c1', 'p1', '2026-0001', 'A', 'leistungssteuerung', ?, ?)",
    ).run(now, now);
    const lifeArea = db.prepare('SELECT id FROM life_areas LIMIT 1').pluck().get() as string;
    db.prepare("INSERT INTO goals (id, case_id, life_area_id, title, created_at, updated_at) VALUES ('g1', 'c1', ?, 'Deutschkurs B1', ?, ?)").run(
      lifeArea,
      now,
      now,
    );
    db.prepare("INSERT INTO goal_steps (id, goal_id, description, responsible) VALUES ('s1', 'g1', 'Anmelden', 'klient')").run();
    db.prepare(
      "INSERT INTO agreements (id, case_id, version, date, snapshot, signed_at, recorded_by, created_at) VALUES ('a1', 'c1', 1, '2026-01-03', '[]', '2026-01-04', 'A', ?)",
    ).run(now);
    db.prepare("INSERT INTO partners (id, organisation, legal_area, created_at) VALUES ('jc', 'Jobcenter Nordheim', 'sgb2', ?)").run(now);
    db.prepare(
      "INSERT INTO releases (id, person_id, partner_id, given_at, scope, form, recorded_by, created_at) VALUES ('r1', 'p1', 'jc', '2026-01-05', 'Arbeit', 'schriftlich', 'A', ?)",
    ).run(now);
    const snapshot = (sqlite: typeof db) =>
      Object.fromEntries(['goals', 'goal_steps', 'agreements', 'releases'].map((table) => [table, sqlite.prepare(`SELECT * FROM ${table} ORDER BY id`).all()]));
    const rowsBefore = snapshot(db);
    db.close();

    const { sqlite } = openMigratedTo(TAG, before.file, before.dataKey);
    expect(columnsOf(sqlite, 'goals')).toContain('title_translation');
    expect(columnsOf(sqlite, 'goal_steps')).toContain('description_translation');
    expect(columnsOf(sqlite, 'agreements')).toContain('signed_printout_id');
    expect(columnsOf(sqlite, 'releases')).toContain('printout_id');
    const after = snapshot(sqlite) as Record<string, Record<string, unknown>[]>;
    const without = (rows: Record<string, unknown>[], column: string) =>
      rows.map((row) => {
        expect(row[column]).toBeNull();
        const { [column]: _, ...rest } = row;
        return rest;
      });
    expect({
      goals: without(after.goals ?? [], 'title_translation'),
      goal_steps: without(after.goal_steps ?? [], 'description_translation'),
      agreements: without(after.agreements ?? [], 'signed_printout_id'),
      releases: without(after.releases ?? [], 'printout_id'),
    }).toEqual(rowsBefore);

    // A printout is a record of what was handed out: its code is unique and it is never changed.
    const insert = sqlite.prepare(
      "INSERT INTO printouts (id, code, document, person_id, agreement_id, language, file_sha256, printed_at, printed_by) VALUES (?, ?, 'zielvereinbarung', 'p1', 'a1', 'ar', 'ab12', ?, 'A')",
    );
    insert.run('pr1', '7KQ3M9', now);
    expect(() => insert.run('pr2', '7KQ3M9', now)).toThrow(/UNIQUE/);
    expect(() => sqlite.prepare("UPDATE printouts SET language = 'fa' WHERE id = 'pr1'").run()).toThrow(/never changed/);
    expect(() =>
      sqlite
        .prepare(
          "INSERT INTO printouts (id, code, document, person_id, language, file_sha256, printed_at, printed_by) VALUES ('pr3', 'X', 'einwilligung', 'nobody', 'ar', 'ab', ?, 'A')",
        )
        .run(now),
    ).toThrow(/FOREIGN KEY/);
    // A signed agreement stays fixed: the printout it was signed on cannot be set afterwards.
    expect(() => sqlite.prepare("UPDATE agreements SET signed_printout_id = 'pr1' WHERE id = 'a1'").run()).toThrow(/fixed/);
    // Deleting an agreement takes its printouts with it (erasure deletes a person's agreements).
    sqlite.prepare("DELETE FROM agreements WHERE id = 'a1'").run();
    expect(sqlite.prepare('SELECT count(*) FROM printouts').pluck().get()).toBe(0);
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    sqlite.close();
  });
});
