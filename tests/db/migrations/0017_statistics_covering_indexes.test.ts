import { describe, expect, it } from 'vitest';
import { openMigratedTo } from '../../fixtures/migrations';

const BEFORE = '0016_audit_log_day_index';
const TAG = '0017_statistics_covering_indexes';

const plan = (sqlite: import('better-sqlite3').Database, query: string) =>
  (sqlite.prepare(`EXPLAIN QUERY PLAN ${query}`).all() as { detail: string }[]).map((row) => row.detail).join(' | ');
const indexColumns = (sqlite: import('better-sqlite3').Database, index: string) =>
  (sqlite.pragma(`index_info(${index})`) as { name: string }[]).map((c) => c.name);

describe('migration 0017_statistics_covering_indexes', () => {
  it('keeps every contact and agreement, and the statistic reads a quarter of them from the indexes alone', () => {
    const before = openMigratedTo(BEFORE);
    const db = before.sqlite;
    db.prepare("INSERT INTO persons (id, created_at, updated_at) VALUES ('p1', '2026-01-01T10:00:00.000Z', '2026-01-01T10:00:00.000Z')").run();
    db.prepare(
      "INSERT INTO cases (id, person_id, case_number, case_manager, phase, opened_at, created_at) VALUES ('c1', 'p1', '2026-0001', 'A', 'zielvereinbarung', '2026-01-05', '2026-01-05T10:00:00.000Z')",
    ).run();
    const contact = db.prepare(
      "INSERT INTO contacts (id, person_id, case_id, at, duration_minutes, place, type, interpreter_used, note, recorded_by, created_at) VALUES (?, 'p1', ?, ?, ?, ?, 'beratung', ?, ?, 'A', ?)",
    );
    for (let i = 0; i < 40; i++) {
      const at = new Date(Date.UTC(2026, 0, 1 + i * 9, 9, i)).toISOString();
      contact.run(`k${i}`, i % 3 === 0 ? null : 'c1', at, 15 + i, i % 2 ? 'buero' : 'telefon', i % 4 === 0 ? 1 : 0, `Vermerk ${i} `.repeat(i), at);
    }
    const agreement = db.prepare(
      "INSERT INTO agreements (id, case_id, version, date, snapshot, signed_at, recorded_by, created_at) VALUES (?, 'c1', ?, ?, ?, ?, 'A', '2026-02-01T10:00:00.000Z')",
    );
    for (let v = 1; v <= 6; v++)
      agreement.run(`a${v}`, v, `2026-0${v}-02`, JSON.stringify({ goals: [{ title: `Ziel ${v}`, steps: [] }] }), v % 3 === 0 ? null : `2026-0${v}-03`);
    const contactsBefore = db.prepare('SELECT * FROM contacts ORDER BY id').all();
    const agreementsBefore = db.prepare('SELECT * FROM agreements ORDER BY id').all();
    db.close();

    const { sqlite } = openMigratedTo(TAG, before.file, before.dataKey);
    expect(sqlite.prepare('SELECT * FROM contacts ORDER BY id').all()).toEqual(contactsBefore);
    expect(sqlite.prepare('SELECT * FROM agreements ORDER BY id').all()).toEqual(agreementsBefore);
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(indexColumns(sqlite, 'contacts_at_idx')).toEqual(['at', 'person_id', 'location_id', 'type', 'place', 'duration_minutes', 'interpreter_used', 'id']);
    expect(indexColumns(sqlite, 'agreements_case_idx')).toEqual(['case_id', 'version', 'signed_at', 'id']);

    expect(
      plan(
        sqlite,
        "SELECT id, person_id, location_id, type, place, duration_minutes, interpreter_used FROM contacts WHERE at >= '2026-04-01' AND at < '2026-07-01'",
      ),
    ).toMatch(/SEARCH contacts USING COVERING INDEX contacts_at_idx \(at>\? AND at<\?\)/);
    expect(plan(sqlite, "SELECT id, case_id, version, signed_at FROM agreements WHERE signed_at IS NOT NULL AND signed_at <= '2026-06-30'")).toMatch(
      /SCAN agreements USING COVERING INDEX agreements_case_idx/,
    );
    expect(plan(sqlite, "SELECT * FROM agreements WHERE case_id = 'c1' ORDER BY version DESC LIMIT 1")).toMatch(
      /SEARCH agreements USING INDEX agreements_case_idx \(case_id=\?\)/,
    );
    const inQuarter = (sqlite.prepare("SELECT id FROM contacts WHERE at >= '2026-04-01' AND at < '2026-07-01' ORDER BY id").pluck().all() as string[]).length;
    expect(inQuarter).toBeGreaterThan(5);
    sqlite.close();
  });
});
