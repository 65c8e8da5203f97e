import { describe, expect, it } from 'vitest';
import { columnsOf, openMigratedTo } from '../../fixtures/migrations';
import { schemaVersion } from '../../../db/migrate';
import { MIGRATIONS } from '../../fixtures/tempStore';

describe('migration 0000_foundation on a fresh encrypted database', () => {
  it('creates settings, key_wraps and audit_log with their columns', () => {
    const { sqlite } = openMigratedTo('0000_foundation');
    expect(columnsOf(sqlite, 'settings')).toEqual(['key', 'value', 'updated_at']);
    expect(columnsOf(sqlite, 'key_wraps')).toEqual(['id', 'kind', 'kdf', 'kdf_cost', 'created_at', 'retired_at']);
    expect(columnsOf(sqlite, 'audit_log')).toEqual(['id', 'at', 'actor', 'action', 'entity', 'entity_id']);
    expect(schemaVersion(sqlite, MIGRATIONS)).toEqual({ applied: 1, latestTag: '0000_foundation' });
    sqlite.close();
  });

  it('keeps one row per setting key and requires the audit fields', () => {
    const { sqlite } = openMigratedTo('0000_foundation');
    sqlite.prepare("INSERT INTO settings VALUES ('a', '1', 'now')").run();
    expect(() => sqlite.prepare("INSERT INTO settings VALUES ('a', '2', 'now')").run()).toThrow(/UNIQUE/);
    expect(() => sqlite.prepare("INSERT INTO audit_log (at, actor, action) VALUES ('now', 'x', 'y')").run()).toThrow(/NOT NULL/);
    sqlite.close();
  });
});
