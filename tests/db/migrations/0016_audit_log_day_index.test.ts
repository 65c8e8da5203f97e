import { drizzle } from 'drizzle-orm/better-sqlite3';
import { and, gte, lt } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditBefore, auditFrom } from '../../../db/queries/audit';
import { backfillAuditChain, verifyAuditChain } from '../../../db/queries/auditChain';
import * as schema from '../../../db/schema';
import { auditLog } from '../../../db/schema';
import { openMigratedTo } from '../../fixtures/migrations';

const BEFORE = '0015_audit_log_one_narrow_index';
const TAG = '0016_audit_log_day_index';

// Around midnight in UTC and in Berlin: a local day's range starts the UTC day before.
const times = [
  '2026-02-28T22:59:59.999Z',
  '2026-02-28T23:00:00.000Z',
  '2026-03-01T00:00:00.000Z',
  '2026-03-01T12:00:00.000Z',
  '2026-03-01T22:59:59.999Z',
  '2026-03-01T23:00:00.000Z',
  '2026-03-02T00:00:00.000Z',
  '2025-12-31T23:59:00.000Z', // the clock went back
];

const plan = (sqlite: import('better-sqlite3').Database, query: string, params: unknown[]) =>
  (sqlite.prepare(`EXPLAIN QUERY PLAN ${query}`).all(...params) as { detail: string }[]).map((row) => row.detail).join(' | ');

describe('migration 0016_audit_log_day_index', () => {
  it('keeps every audit entry and its chain, and adds the narrow index on the day', () => {
    const before = openMigratedTo(BEFORE);
    const insert = before.sqlite.prepare("INSERT INTO audit_log (at, actor, action, entity, entity_id) VALUES (?, 'A. Beispiel', 'case.opened', 'case', ?)");
    times.forEach((at, i) => insert.run(at, `case-${i}`));
    backfillAuditChain(before.sqlite);
    const logBefore = before.sqlite.prepare('SELECT * FROM audit_log ORDER BY id').all();
    const chainBefore = before.sqlite.prepare('SELECT * FROM audit_chain ORDER BY entry_id').all();
    before.sqlite.close();

    const { sqlite } = openMigratedTo(TAG, before.file, before.dataKey);
    expect(sqlite.prepare('SELECT * FROM audit_log ORDER BY id').all()).toEqual(logBefore);
    expect(sqlite.prepare('SELECT * FROM audit_chain ORDER BY entry_id').all()).toEqual(chainBefore);
    expect(verifyAuditChain(sqlite, null)).toMatchObject({ entries: times.length, problem: null });
    expect(sqlite.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'audit_log' ORDER BY name").pluck().all()).toEqual([
      'audit_log_day_idx',
      'audit_log_record_idx',
    ]);
    sqlite.close();
  });

  it('the Protokoll by days finds the same entries as comparing the instants alone, through the day index', () => {
    const { sqlite } = openMigratedTo(TAG);
    const insert = sqlite.prepare("INSERT INTO audit_log (at, actor, action, entity) VALUES (?, 'A', 'x', 'store')");
    for (const at of times) insert.run(at);
    const db = drizzle(sqlite, { schema });
    const ranges: [string | null, string | null][] = [
      ['2026-02-28T23:00:00.000Z', '2026-03-01T23:00:00.000Z'], // 1 March in Berlin
      ['2026-03-01T00:00:00.000Z', '2026-03-02T00:00:00.000Z'], // 1 March in UTC
      ['2026-02-28T23:00:00.000Z', null],
      [null, '2026-03-01T12:00:00.000Z'],
      ['2026-03-01T12:00:00.001Z', '2026-03-01T12:00:00.000Z'], // empty
    ];
    for (const [from, before] of ranges) {
      const indexed = and(from ? auditFrom(from) : undefined, before ? auditBefore(before) : undefined);
      const plain = and(from ? gte(auditLog.at, from) : undefined, before ? lt(auditLog.at, before) : undefined);
      const ids = (where: typeof plain) => db.select({ id: auditLog.id }).from(auditLog).where(where).orderBy(auditLog.id).all();
      expect(ids(indexed), `${from} … ${before}`).toEqual(ids(plain));
      const query = db.select().from(auditLog).where(indexed).toSQL();
      expect(plan(sqlite, query.sql, query.params)).toMatch(/SEARCH audit_log USING INDEX audit_log_day_idx/);
    }
    expect(
      db
        .select({ id: auditLog.id })
        .from(auditLog)
        .where(and(auditFrom(times[1]!), auditBefore(times[5]!)))
        .all().length,
    ).toBe(4);
    sqlite.close();
  });
});
