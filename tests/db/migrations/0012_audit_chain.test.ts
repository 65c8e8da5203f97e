import { describe, expect, it } from 'vitest';
import { backfillAuditChain, verifyAuditChain } from '../../../db/queries/auditChain';
import { openMigratedTo } from '../../fixtures/migrations';

const insert = "INSERT INTO audit_log (at, actor, action, entity) VALUES ('2026-01-01T09:00:00.000Z', 'A', 'store.created', 'store')";

describe('migration 0012_audit_chain on a fresh encrypted database', () => {
  it('creates the chain table, insert-only', () => {
    const { sqlite } = openMigratedTo('0012_audit_chain');
    sqlite.prepare("INSERT INTO audit_chain (entry_id, hash) VALUES (1, 'ab')").run();
    expect(() => sqlite.prepare("UPDATE audit_chain SET hash = 'cd'").run()).toThrow(/insert-only/);
    expect(() => sqlite.prepare('DELETE FROM audit_chain').run()).toThrow(/insert-only/);
    expect(sqlite.prepare('SELECT hash FROM audit_chain').pluck().all()).toEqual(['ab']);
    sqlite.close();
  });

  it('upgrades a database of the previous version; its entries are chained once by the backfill', () => {
    const before = openMigratedTo('0011_erasure_and_retention');
    before.sqlite.prepare(insert).run();
    before.sqlite.prepare(insert).run();
    before.sqlite.close();
    const { sqlite } = openMigratedTo('0012_audit_chain', before.file, before.dataKey);
    expect(sqlite.prepare('SELECT count(*) FROM audit_chain').pluck().get()).toBe(0);
    expect(backfillAuditChain(sqlite)).toBe(2);
    expect(backfillAuditChain(sqlite)).toBe(0); // once: a chain that exists is never filled in
    expect(verifyAuditChain(sqlite, null)).toMatchObject({ entries: 2, problem: null, head: { entryId: 2 } });
    sqlite.close();
  });
});
