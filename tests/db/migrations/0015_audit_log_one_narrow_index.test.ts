import { describe, expect, it } from 'vitest';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { auditAboutRecord, lastAuditAt } from '../../../db/queries/audit';
import { backfillAuditChain, verifyAuditChain, WALK_SQL } from '../../../db/queries/auditChain';
import { AUDIT_ABOUT_SQL, auditEntriesAbout } from '../../../db/queries/information';
import * as schema from '../../../db/schema';
import { auditLog } from '../../../db/schema';
import { openMigratedTo } from '../../fixtures/migrations';

const BEFORE = '0014_drafts_corrections_case_managers';
const TAG = '0015_audit_log_one_narrow_index';

// Two record ids sharing their first 8 characters: the index finds both, the full id keeps one.
const A = '1a0f0271-decf-4e13-bac7-a8d76cd6607d';
const A_TWIN = '1a0f0271-0000-4000-8000-000000000000';
const B = '05980a24-637f-45a7-bc3e-caf744628efe';

const entries: [string, string, string, string, string | null][] = [
  ['2026-01-01T09:00:00.000Z', 'A. Beispiel', 'store.created', 'store', null],
  ['2026-01-01T09:01:00.000Z', 'A. Beispiel', 'person.created', 'person', A],
  ['2026-01-01T09:02:00.000Z', 'A. Beispiel', 'case.opened', 'case', A_TWIN],
  ['2026-01-01T09:03:00.000Z', 'B. Muster', 'person.updated', 'person', A],
  ['2025-12-31T23:59:00.000Z', 'B. Muster', 'contact.created', 'contact', B], // the clock went back
  ['2026-01-02T10:00:00.000Z', 'B. Muster', 'setting.changed', 'setting', 'retention'],
];

const plan = (sqlite: import('better-sqlite3').Database, query: string, ...params: unknown[]) =>
  (sqlite.prepare(`EXPLAIN QUERY PLAN ${query}`).all(...params) as { detail: string }[]).map((row) => row.detail).join(' | ');

describe('migration 0015_audit_log_one_narrow_index', () => {
  it('keeps every audit entry and its chain, and replaces the two wide indexes by one on the record id prefix', () => {
    const before = openMigratedTo(BEFORE);
    const insert = before.sqlite.prepare('INSERT INTO audit_log (at, actor, action, entity, entity_id) VALUES (?, ?, ?, ?, ?)');
    for (const entry of entries) insert.run(...entry);
    expect(backfillAuditChain(before.sqlite)).toBe(entries.length);
    const logBefore = before.sqlite.prepare('SELECT * FROM audit_log ORDER BY id').all();
    const chainBefore = before.sqlite.prepare('SELECT * FROM audit_chain ORDER BY entry_id').all();
    const verdictBefore = verifyAuditChain(before.sqlite, null);
    before.sqlite.close();

    const { sqlite } = openMigratedTo(TAG, before.file, before.dataKey);
    expect(sqlite.prepare('SELECT * FROM audit_log ORDER BY id').all()).toEqual(logBefore);
    expect(sqlite.prepare('SELECT * FROM audit_chain ORDER BY entry_id').all()).toEqual(chainBefore);
    expect(verifyAuditChain(sqlite, null)).toEqual(verdictBefore);
    expect(verdictBefore.problem).toBeNull();
    expect(sqlite.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'audit_log' ORDER BY name").pluck().all()).toEqual([
      'audit_log_record_idx',
    ]);
    // Still append-only (migration 0001's triggers are untouched).
    expect(() => sqlite.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    sqlite.close();
  });

  it('the reads of the log find the same entries, by the index or the primary key', () => {
    const { sqlite } = openMigratedTo(TAG);
    const insert = sqlite.prepare('INSERT INTO audit_log (at, actor, action, entity, entity_id) VALUES (?, ?, ?, ?, ?)');
    for (const entry of entries) insert.run(...entry);
    const db = drizzle(sqlite, { schema });

    // The Auskunft: the record's own entries, not its twin's, oldest first; found by the index.
    expect(auditEntriesAbout(sqlite, [A, B]).map((e) => e.id)).toEqual([2, 4, 5]);
    expect(auditEntriesAbout(sqlite, [A_TWIN]).map((e) => e.id)).toEqual([3]);
    expect(auditEntriesAbout(sqlite, ['retention']).map((e) => e.id)).toEqual([6]);

    // The Protokoll filtered by record: the same entries as comparing the full id alone.
    const byRecord = db.select().from(auditLog).where(auditAboutRecord(A));
    expect(byRecord.all().map((e) => e.id)).toEqual([2, 4]);
    const { sql: recordSql, params } = byRecord.toSQL();
    expect(plan(sqlite, recordSql, ...params)).toMatch(/SEARCH audit_log USING INDEX audit_log_record_idx/);

    // The newest entry is the one written last, even when the clock went back before it.
    expect(lastAuditAt(db)).toBe('2026-01-02T10:00:00.000Z');
    sqlite.close();
  });

  it('query plans: the Auskunft searches the index, the chain walk and the newest entry go by the primary key', () => {
    const { sqlite } = openMigratedTo(TAG);
    const ids = JSON.stringify([A]);
    expect(plan(sqlite, AUDIT_ABOUT_SQL, ids, ids)).toMatch(/^SEARCH audit_log USING INDEX audit_log_record_idx/);
    expect(plan(sqlite, WALK_SQL, { after: 0, limit: 10 })).toMatch(/SEARCH l USING INTEGER PRIMARY KEY \(rowid>\?\)/);
    const newest = plan(sqlite, 'SELECT at FROM audit_log ORDER BY id DESC LIMIT 1');
    expect(newest).not.toMatch(/TEMP B-TREE/);
    sqlite.close();
  });
});
