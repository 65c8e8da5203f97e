/**
 * What keeps a quarter's statistic quick on a large store (issue 13), asserted without timing:
 * each record's cell key is computed once per document (one HMAC per record, however many tables
 * count it), a restriction is checked once per statement rather than per row, and a referral's
 * status at the quarter's end is looked up through the history's index for the quarter's own
 * referrals instead of loading every status change ever made.
 */
import { createHmac } from 'node:crypto';
import type Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { cellKeySecret } from '../../../electron/services/statistics/settings';
import { recordKeyer } from '../../../electron/services/statistics/cellKey';
import { prepareStatistics, rawIndicators } from '../../../electron/services/statistics/document';
import { seedDemoData } from '../../../electron/services/seed';
import { createdStore } from '../../fixtures/tempStore';

const SEEDED_AT = new Date(2026, 10, 23, 7, 0);
const QUARTER = '2026-Q2';
let s: Awaited<ReturnType<typeof createdStore>>;
const ctx = () => ({ store: s.store, now: () => SEEDED_AT });

beforeAll(async () => {
  s = await createdStore({ now: () => SEEDED_AT });
  await seedDemoData({ store: s.store, now: () => SEEDED_AT }, { cases: 24, seed: 3 });
  const caseId = s.cases.list({}) as unknown as { id: string }[] | { rows: { id: string }[] };
  const first = (Array.isArray(caseId) ? caseId : caseId.rows)[0]!;
  s.restrictions.restrict({ caseId: first.id, since: '2026-11-23', reason: 'Richtigkeit bestritten' });
}, 60_000);

describe('statistics at scale', () => {
  it('computes one HMAC per record and document, the same key as computed anew for every table', () => {
    const prepared = prepareStatistics(ctx(), QUARTER);
    const count = { hmacs: 0 };
    const keyer = recordKeyer(cellKeySecret(ctx()), count);
    const records: string[] = [];
    prepared.input.keyOf = (record) => {
      records.push(record);
      return keyer(record);
    };
    const tables = rawIndicators(prepared.input);
    const distinct = new Set(records);
    expect(distinct.size).toBeGreaterThan(50);
    expect(records.length).toBeGreaterThan(2 * distinct.size); // a case is counted in many tables
    expect(count.hmacs).toBe(distinct.size);
    const secret = cellKeySecret(ctx());
    for (const record of [...distinct].slice(0, 200)) {
      expect(keyer(record)).toBe(createHmac('sha256', secret).update(record).digest().readUInt32BE(0));
    }
    expect(tables).toEqual(rawIndicators(prepareStatistics(ctx(), QUARTER).input));
  });

  it('checks restrictions once per statement and finds referral statuses through the index', () => {
    const sqlite: Database.Database = s.store.session().sqlite;
    const sources: string[] = [];
    const prepare = sqlite.prepare;
    sqlite.prepare = ((source: string) => {
      sources.push(source);
      return prepare.call(sqlite, source);
    }) as typeof sqlite.prepare;
    try {
      rawIndicators(prepareStatistics(ctx(), QUARTER).input);
    } finally {
      sqlite.prepare = prepare;
    }
    const plans = [...new Set(sources)].map((source) => {
      const parameters = source.replace(/'[^']*'/g, '').split('?').length - 1;
      const rows = sqlite.prepare(`EXPLAIN QUERY PLAN ${source}`).all(...Array(parameters).fill(null)) as { id: number; parent: number; detail: string }[];
      return { source, rows };
    });
    const restricting = plans.filter((p) => p.source.includes('case_restrictions'));
    expect(restricting.length).toBeGreaterThan(8);
    for (const { rows } of restricting) {
      const byId = new Map(rows.map((r) => [r.id, r]));
      for (const row of rows.filter((r) => /case_restrictions|kim_cr/.test(r.detail))) {
        // Up the plan tree from the restriction table: no subquery evaluated again for every row.
        for (let at = byId.get(row.parent); at; at = byId.get(at.parent)) expect(at.detail).not.toMatch(/CORRELATED/);
      }
    }
    const history = plans.filter((p) => p.source.includes('referral_status_history'));
    expect(history.length).toBeGreaterThan(0);
    for (const { rows } of history) {
      expect(rows.filter((r) => r.parent === 0).map((r) => r.detail)).not.toContainEqual(expect.stringMatching(/SCAN referral_status_history/));
    }
    const statusAtEnd = history.flatMap((p) => p.rows).filter((r) => /^SEARCH h /.test(r.detail));
    expect(statusAtEnd.length).toBeGreaterThanOrEqual(2);
    for (const r of statusAtEnd) expect(r.detail).toContain('referral_status_history_referral_idx');
  });
});
