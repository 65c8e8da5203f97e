import { describe, expect, it } from 'vitest';
import { LEGACY_RELEASE_DATA_KINDS } from '../../../electron/contract/areas/network';
import { columnsOf, openMigratedTo } from '../../fixtures/migrations';

const BEFORE = '0017_statistics_covering_indexes';
const TAG = '0018_release_data_kinds';
const now = '2026-01-01T10:00:00.000Z';

describe('migration 0018_release_data_kinds', () => {
  it('keeps every release, and one recorded before the kinds covers only the reason for the referral', () => {
    const before = openMigratedTo(BEFORE);
    const db = before.sqlite;
    db.prepare("INSERT INTO persons (id, created_at, updated_at) VALUES ('p1', ?, ?)").run(now, now);
    db.prepare("INSERT INTO partners (id, organisation, legal_area, created_at) VALUES ('jc', 'Jobcenter Nordheim', 'sgb2', ?)").run(now);
    const release = db.prepare(
      "INSERT INTO releases (id, person_id, partner_id, given_at, valid_until, scope, form, revoked_at, recorded_by, created_at) VALUES (?, 'p1', 'jc', ?, ?, ?, 'schriftlich', ?, 'A', ?)",
    );
    release.run('r1', '2026-01-05', null, 'Alles zu Arbeit, Gesundheit und Aufenthalt', null, now);
    release.run('r2', '2026-02-01', '2026-12-31', 'Kontaktdaten', '2026-03-01', now);
    const rowsBefore = db.prepare('SELECT * FROM releases ORDER BY id').all() as Record<string, unknown>[];
    db.close();

    const { sqlite } = openMigratedTo(TAG, before.file, before.dataKey);
    expect(columnsOf(sqlite, 'releases')).toContain('data_kinds');
    const rows = sqlite.prepare('SELECT * FROM releases ORDER BY id').all() as Record<string, unknown>[];
    // Every earlier column unchanged, whatever the free text said: the new column holds the minimum.
    expect(rows.map(({ data_kinds, ...rest }) => rest)).toEqual(rowsBefore);
    expect(rows.map((r) => JSON.parse(String(r.data_kinds)))).toEqual([[...LEGACY_RELEASE_DATA_KINDS], [...LEGACY_RELEASE_DATA_KINDS]]);
    // A new release names its kinds; they are kept as written.
    sqlite
      .prepare(
        "INSERT INTO releases (id, person_id, partner_id, given_at, scope, data_kinds, form, recorded_by, created_at) VALUES ('r3', 'p1', 'jc', '2026-04-01', 'Arbeit', ?, 'schriftlich', 'A', ?)",
      )
      .run(JSON.stringify(['anlass', 'kontakt']), now);
    expect(JSON.parse(sqlite.prepare("SELECT data_kinds FROM releases WHERE id = 'r3'").pluck().get() as string)).toEqual(['anlass', 'kontakt']);
    expect(() => sqlite.prepare("UPDATE releases SET data_kinds = NULL WHERE id = 'r3'").run()).toThrow(/NOT NULL/);
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    sqlite.close();
  });
});
