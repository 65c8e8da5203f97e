/**
 * Issue 13: the store stays small per case (the goal: 25 KiB per case). Measured on a small seeded
 * store with SQLite's dbstat: the bytes of the records in each table and index (`payload`, not
 * whole pages, so a few cases give a steady figure), deterministic for a seed and a day. Each
 * bound fails when its shrinking step is undone.
 */
import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deflatedJsonText } from '../../db/schema/columns';
import { seededStore } from '../services/seed/helpers';

const CASES = 30;
let sqlite: Database.Database;
let lock: () => void;

beforeAll(async () => {
  const seeded = await seededStore({ cases: CASES, seed: 1 });
  sqlite = seeded.sqlite;
  lock = () => seeded.store.lock('manual');
}, 120_000);
afterAll(() => lock());

/** Bytes of the records of these tables and indexes. */
const payload = (...names: string[]) =>
  sqlite.prepare('SELECT coalesce(sum(payload), 0) FROM dbstat WHERE name IN (SELECT value FROM json_each(?))').pluck().get(JSON.stringify(names)) as number;
const count = (table: string) => sqlite.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() as number;

describe('store size (dbstat over a seeded store of 30 cases)', () => {
  it('the whole store holds at most 48 KiB of records per case (46 KiB now, 54 KiB before issue 13)', () => {
    const total = sqlite.prepare('SELECT sum(payload) FROM dbstat').pluck().get() as number;
    expect(count('cases')).toBe(CASES);
    expect(total / CASES / 1024).toBeLessThan(48);
  });

  it("the audit log's two narrow indexes take at most 32 bytes per entry (28 now; the two before them took 78)", () => {
    const indexes = sqlite.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'audit_log'").pluck().all() as string[];
    expect(indexes.sort()).toEqual(['audit_log_day_idx', 'audit_log_record_idx']);
    expect(payload(...indexes) / count('audit_log')).toBeLessThan(32);
  });

  it('the audit chain takes at most 40 bytes per link (its hash as 32 bytes; 64 hex characters before)', () => {
    expect(payload('audit_chain') / count('audit_chain')).toBeLessThan(40);
  });

  it("the agreements take at most 60 % of their snapshots' JSON (deflated; more than all of it before)", () => {
    const json = (sqlite.prepare('SELECT snapshot FROM agreements').pluck().all() as unknown[]).reduce<number>(
      (n, cell) => n + Buffer.byteLength(deflatedJsonText(cell)),
      0,
    );
    expect(count('agreements')).toBeGreaterThan(CASES);
    expect(payload('agreements') / json).toBeLessThan(0.6);
  });
});
