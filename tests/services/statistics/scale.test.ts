/**
 * What keeps a quarter's statistic quick on a large store (issue 13), asserted without timing:
 * each record's cell key is computed once per document (one HMAC per record, however many tables
 * count it), a restriction is checked once per statement rather than per row, a quarter's contacts
 * and the agreements signed by its end are read from covering indexes, and a referral's
 * status at the quarter's end is looked up through the history's index for the quarter's own
 * referrals instead of loading every status change ever made; the values as of a day are read in
 * one pass over the history and equal those of the window they were read with before.
 */
import { createHmac } from 'node:crypto';
import type Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { cellKeySecret } from '../../../electron/services/statistics/settings';
import { recordKeyer } from '../../../electron/services/statistics/cellKey';
import { prepareStatistics, rawIndicators } from '../../../electron/services/statistics/document';
import { seedDemoData } from '../../../electron/services/seed';
import { createdStore } from '../../fixtures/tempStore';
import { personAttributesAsOf } from '../../../db/queries/personHistory';

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

  it('checks restrictions once per statement, reads contacts and agreements from covering indexes, and finds referral statuses through the index', () => {
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
    // A quarter's contacts and the agreements signed by its end come from covering indexes, not wide rows (migration 0017).
    const reading = (table: string) => plans.filter((p) => new RegExp(`from "${table}"`).test(p.source)).flatMap((p) => p.rows.map((r) => r.detail));
    expect(reading('contacts')).toContainEqual(expect.stringMatching(/^SEARCH contacts USING COVERING INDEX contacts_at_idx/));
    expect(reading('agreements')).toContainEqual(expect.stringMatching(/^SCAN agreements USING COVERING INDEX agreements_case_idx/));
    expect([...reading('contacts'), ...reading('agreements')]).not.toContainEqual(expect.stringMatching(/^SCAN (contacts|agreements)$/));
    const statusAtEnd = history.flatMap((p) => p.rows).filter((r) => /^SEARCH h /.test(r.detail));
    expect(statusAtEnd.length).toBeGreaterThanOrEqual(2);
    for (const r of statusAtEnd) expect(r.detail).toContain('referral_status_history_referral_idx');
  });
});

/** The window the as-of values were read with before issue 13, kept as the reference. */
const referenceAsOf = (day: string) => `
  SELECT p.id AS personId,
    CASE WHEN h.has_status = 1 THEN h.status ELSE p.residence_status END AS residenceStatus,
    CASE WHEN h.has_municipality = 1 THEN h.municipality ELSE p.municipality END AS municipality
  FROM persons p LEFT JOIN (
    SELECT person_id,
      max(attribute = 'residence_status') AS has_status,
      max(CASE WHEN attribute = 'residence_status' THEN value END) AS status,
      max(attribute = 'municipality') AS has_municipality,
      max(CASE WHEN attribute = 'municipality' THEN value END) AS municipality
    FROM (
      SELECT person_id, attribute, value,
        row_number() OVER (PARTITION BY person_id, attribute
          ORDER BY valid_from <= '${day}' DESC, CASE WHEN valid_from <= '${day}' THEN valid_from END DESC,
            valid_from ASC, recorded_at DESC, rowid DESC) AS rank
      FROM person_attribute_history)
    WHERE rank = 1 GROUP BY person_id) h ON h.person_id = p.id`;

describe('values as of a day, read in one pass', () => {
  it('equals the window over the history for random histories with ties, gaps and recorded unknowns', async () => {
    const t = await createdStore({ now: () => SEEDED_AT });
    const { sqlite, db } = t.store.session();
    let seed = 11;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const days = ['2025-12-31', '2026-01-01', '2026-02-15', '2026-03-31', '2026-04-01', '2026-06-30'];
    const moments = ['2026-01-01T10:00:00.000Z', '2026-01-01T10:00:00.001Z', '2026-03-01T08:00:00.000Z'];
    sqlite.transaction(() => {
      const person = sqlite.prepare(
        "INSERT INTO persons (id, residence_status, municipality, created_at, updated_at) VALUES (?, ?, ?, '2026-01-01T10:00:00.000Z', '2026-01-01T10:00:00.000Z')",
      );
      const history = sqlite.prepare(
        'INSERT INTO person_attribute_history (id, person_id, attribute, value, valid_from, recorded_at) VALUES (?, ?, ?, ?, ?, ?)',
      );
      for (let i = 0; i < 300; i++) {
        person.run(`p${i}`, random(3) === 0 ? null : 'duldung', random(2) === 0 ? null : 'Nordheim');
        for (let j = random(6); j > 0; j--) {
          const attribute = random(2) === 0 ? 'residence_status' : 'municipality';
          const value =
            random(4) === 0 ? null : attribute === 'residence_status' ? ['gestattung', 'duldung', 'aufenthaltserlaubnis'][random(3)]! : `Ort ${random(3)}`;
          history.run(`h${i}-${j}`, `p${i}`, attribute, value, days[random(days.length)]!, moments[random(moments.length)]!);
        }
      }
    })();
    for (const day of ['2025-06-30', ...days, '2026-12-31']) {
      const expected = new Map(
        (sqlite.prepare(referenceAsOf(day)).all() as { personId: string; residenceStatus: string | null; municipality: string | null }[]).map(
          ({ personId, ...values }) => [personId, values],
        ),
      );
      expect(personAttributesAsOf(db, day)).toEqual(expected);
    }
  });
});
