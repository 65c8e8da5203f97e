import { describe, expect, it } from 'vitest';
import { columnsOf, openMigratedTo } from '../../fixtures/migrations';

const BEFORE = '0019_printouts_and_translations';
const TAG = '0020_consent_printout';
const now = '2026-01-01T10:00:00.000Z';

describe('migration 0020_consent_printout', () => {
  it('keeps every consent as it was, with no printout, and a new one names an existing printout only', () => {
    const before = openMigratedTo(BEFORE);
    const db = before.sqlite;
    db.prepare("INSERT INTO persons (id, created_at, updated_at) VALUES ('p1', ?, ?)").run(now, now);
    db.prepare("INSERT INTO consents (id, person_id, given_at, form, recorded_by, created_at) VALUES ('k1', 'p1', '2026-01-02', 'schriftlich', 'A', ?)").run(
      now,
    );
    db.prepare(
      "INSERT INTO consents (id, person_id, given_at, form, recorded_by, revoked_at, created_at) VALUES ('k2', 'p1', '2026-01-03', 'muendlich', 'A', '2026-02-01', ?)",
    ).run(now);
    const rowsBefore = db.prepare('SELECT * FROM consents ORDER BY id').all();
    db.close();

    const { sqlite } = openMigratedTo(TAG, before.file, before.dataKey);
    expect(columnsOf(sqlite, 'consents')).toContain('printout_id');
    const rows = sqlite.prepare('SELECT * FROM consents ORDER BY id').all() as Record<string, unknown>[];
    expect(rows.map((r) => r.printout_id)).toEqual([null, null]);
    expect(rows.map(({ printout_id, ...rest }) => rest)).toEqual(rowsBefore);

    sqlite
      .prepare(
        "INSERT INTO printouts (id, code, document, person_id, language, file_sha256, printed_at, printed_by) VALUES ('pr1', '7KQ3M9', 'einwilligung', 'p1', 'ar', 'ab12', ?, 'A')",
      )
      .run(now);
    const insert = sqlite.prepare(
      "INSERT INTO consents (id, person_id, given_at, form, printout_id, recorded_by, created_at) VALUES (?, 'p1', '2026-03-01', 'schriftlich', ?, 'A', ?)",
    );
    insert.run('k3', 'pr1', now);
    expect(() => insert.run('k4', 'nope', now)).toThrow(/FOREIGN KEY/);
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    sqlite.close();
  });
});
