import { describe, expect, it } from 'vitest';
import { openMigratedTo } from '../../fixtures/migrations';

describe('migration 0007_consultation_still_waiting', () => {
  it('keeps existing hours, adds the count of who still waited, and allows only one running hour', () => {
    const before = openMigratedTo('0006_consultation_hours');
    const now = '2026-11-21T09:00:00.000Z';
    before.sqlite
      .prepare("INSERT INTO locations (id, name, kind, municipality, active, created_at) VALUES ('l1', 'GU Nord', 'gu', 'Musterstadt', 1, ?)")
      .run(now);
    const insertSession = (id: string, endedAt: string | null) =>
      before.sqlite
        .prepare("INSERT INTO consultation_sessions (id, location_id, started_at, ended_at, recorded_by, created_at) VALUES (?, 'l1', ?, ?, 'Beraterin', ?)")
        .run(id, now, endedAt, now);
    insertSession('ended', '2026-11-21T11:00:00.000Z');
    insertSession('running', null);
    before.sqlite.close();

    const { sqlite } = openMigratedTo('0007_consultation_still_waiting', before.file, before.dataKey);
    expect(sqlite.prepare('SELECT id, still_waiting FROM consultation_sessions ORDER BY id').all()).toEqual([
      { id: 'ended', still_waiting: null },
      { id: 'running', still_waiting: null },
    ]);
    const insert = sqlite.prepare(
      "INSERT INTO consultation_sessions (id, location_id, started_at, ended_at, recorded_by, created_at) VALUES (?, 'l1', ?, ?, 'Beraterin', ?)",
    );
    expect(() => insert.run('second-running', now, null, now)).toThrow(/UNIQUE/);
    expect(() => insert.run('another-ended', now, '2026-11-21T12:00:00.000Z', now)).not.toThrow();
    sqlite.close();
  });
});
