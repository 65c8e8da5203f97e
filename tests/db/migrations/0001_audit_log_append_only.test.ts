import { describe, expect, it } from 'vitest';
import { openMigratedTo } from '../../fixtures/migrations';

const insert = "INSERT INTO audit_log (at, actor, action, entity) VALUES ('2026-01-01', 'A', 'store.created', 'store')";

describe('migration 0001_audit_log_append_only on a fresh encrypted database', () => {
  it('refuses to change or remove audit entries', () => {
    const { sqlite } = openMigratedTo('0001_audit_log_append_only');
    sqlite.prepare(insert).run();
    expect(() => sqlite.prepare("UPDATE audit_log SET actor = 'B'").run()).toThrow(/append-only/);
    expect(() => sqlite.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    expect(sqlite.prepare('SELECT actor FROM audit_log').pluck().all()).toEqual(['A']);
    sqlite.close();
  });

  it('upgrades a database of the previous version and keeps its entries', () => {
    const first = openMigratedTo('0000_foundation');
    first.sqlite.prepare(insert).run();
    first.sqlite.close();
    const { sqlite } = openMigratedTo('0001_audit_log_append_only', first.file, first.dataKey);
    expect(sqlite.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(1);
    expect(() => sqlite.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    sqlite.close();
  });
});
