/**
 * The export of a seeded demo store: no name, date of birth, note, contact detail or identifier
 * appears in the JSON or in the XLSX (its unzipped XML); the JSON validates against the committed
 * JSON Schema; the first export publishes, each export is audited without content; refusals.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { KimError } from '../../../electron/contract/errors';
import { STATISTICS_SCHEMA_FILE } from '../../../electron/contract/schemas/statisticsJsonSchema';
import { statisticsDocument } from '../../../electron/contract/statisticsDocument';
import { recentAudit } from '../../../db/queries/audit';
import { rows, seededStore } from '../seed/helpers';
import { unzip } from './unzip';

const SCHEMA_PATH = path.resolve(import.meta.dirname, '../../../electron/contract/schemas', STATISTICS_SCHEMA_FILE);

type Seeded = Awaited<ReturnType<typeof seededStore>>;

/** Everything personal or typed by hand in the store, to look for in the exports. */
function secrets(store: Seeded): { words: string[]; texts: string[] } {
  const q = (sql: string) =>
    rows<{ v: string | null }>(store.sqlite, sql)
      .map((r) => r.v)
      .filter((v): v is string => typeof v === 'string' && v.trim() !== '');
  const words = [
    ...q('SELECT family_name AS v FROM person_names'),
    ...q('SELECT given_names AS v FROM person_names'),
    ...q('SELECT case_number AS v FROM cases'),
    ...q('SELECT id AS v FROM persons'),
    ...q('SELECT id AS v FROM cases'),
    // Dates of birth with month or day; a year alone cannot be told from a count or the period.
    ...q('SELECT birth_date AS v FROM persons WHERE length(birth_date) >= 7'),
    ...q(
      `SELECT substr(birth_date, 9, 2) || '.' || substr(birth_date, 6, 2) || '.' || substr(birth_date, 1, 4) AS v FROM persons WHERE length(birth_date) = 10`,
    ),
  ]
    .flatMap((v) => v.split(/\s+/))
    .filter((w) => w.length >= 3);
  // (The interpreter's language, e.g. "Arabisch", is left out: the language groups carry such names.)
  const texts = [
    'SELECT note AS v FROM person_names',
    'SELECT phone AS v FROM persons',
    'SELECT email AS v FROM persons',
    'SELECT address AS v FROM persons',
    'SELECT accommodation_name AS v FROM persons',
    'SELECT residence_paragraph AS v FROM persons',
    'SELECT note AS v FROM contacts',
    'SELECT reason AS v FROM referrals',
    'SELECT outcome AS v FROM referrals',
    'SELECT note AS v FROM referral_status_history',
    'SELECT agenda AS v FROM case_conferences',
    'SELECT results AS v FROM case_conferences',
    'SELECT contact_person AS v FROM case_conference_participants',
    'SELECT title AS v FROM goals',
    'SELECT description AS v FROM goal_steps',
    'SELECT title AS v FROM follow_ups',
    'SELECT resources AS v FROM assessment_entries',
    'SELECT needs AS v FROM assessment_entries',
    'SELECT scope AS v FROM releases',
    'SELECT referred_to AS v FROM intakes',
    `SELECT reason AS v FROM case_events WHERE kind <> 'abgeschlossen'`,
    'SELECT contact_name AS v FROM partners',
    'SELECT organisation AS v FROM partners',
  ].flatMap(q);
  return { words: [...new Set(words)], texts: [...new Set(texts)] };
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What of `found` appears in `text`: names and ids as whole words, free text as it was typed (and as XML escapes it). */
function leaks(text: string, found: { words: string[]; texts: string[] }): string[] {
  const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return [
    ...found.words.filter((w) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(w)}(?![\\p{L}\\p{N}])`, 'u').test(text)),
    ...found.texts.filter((t) => text.includes(t) || text.includes(xml(t))),
  ];
}

let store: Seeded;
let found: { words: string[]; texts: string[] };

beforeAll(async () => {
  store = await seededStore({ cases: 40, seed: 7 });
  store.statistics.updateSettings({ unitName: 'KIM Kreis Lindenau, Team Nord', traeger: 'Kreis Lindenau', municipality: 'Kreisstadt' });
  found = secrets(store);
}, 120_000);

describe('statistics export of a seeded store', () => {
  it('the store holds what must not leave it (the scan has something to find)', () => {
    expect(found.words.length).toBeGreaterThan(100);
    expect(found.texts.length).toBeGreaterThan(50);
    const name = found.words[0]!;
    const note = found.texts[0]!;
    expect(leaks(`{"label":"${name}"}`, found)).toContain(name);
    expect(leaks(`<t>${note}</t>`, found)).toContain(note);
  });

  it('JSON: no name, date of birth, note, contact detail, case number or id appears', async () => {
    for (const period of ['2025-Q2', '2025-Q3', '2025-Q4']) {
      const { bytes } = await store.statistics.export({ period, format: 'json' });
      const text = new TextDecoder().decode(bytes);
      expect(leaks(text, found), period).toEqual([]);
      // The only dates: the period's bounds and the day of the first export.
      const dates = new Set(text.match(/\d{4}-\d{2}-\d{2}/g));
      const doc = JSON.parse(text);
      expect([...dates].sort()).toEqual([...new Set([doc.period.from, doc.period.to, doc.createdOn])].sort());
    }
  });

  it('XLSX: the unzipped workbook shows none of it either', async () => {
    const { bytes, fileName } = await store.statistics.export({ period: '2025-Q4', format: 'xlsx' });
    expect(fileName).toBe('kim-statistik_kim-kreis-lindenau-team-nord_2025-Q4.xlsx');
    const files = unzip(bytes);
    expect([...files.keys()].some((name) => name.startsWith('xl/worksheets/'))).toBe(true);
    for (const [name, xml] of files) expect(leaks(xml, found), name).toEqual([]);
  });

  it('the JSON validates against the committed JSON Schema and the zod schema', async () => {
    const schema = z.fromJSONSchema(JSON.parse(fs.readFileSync(SCHEMA_PATH, 'utf8')));
    const { bytes, fileName } = await store.statistics.export({ period: '2025-Q4', format: 'json' });
    expect(fileName).toBe('kim-statistik_kim-kreis-lindenau-team-nord_2025-Q4.json');
    const doc = JSON.parse(new TextDecoder().decode(bytes));
    expect(schema.safeParse(doc).error).toBeUndefined();
    expect(statisticsDocument.safeParse(doc).success).toBe(true);
    expect(schema.safeParse({ ...doc, tables: [{ ...doc.tables[0], cells: [[2.5]] }] }).success).toBe(false);
    expect(schema.safeParse({ ...doc, names: ['Fatima'] }).success).toBe(false);
    expect(doc.unit).toEqual({
      id: store.statistics.settings().unit.id,
      name: 'KIM Kreis Lindenau, Team Nord',
      traeger: 'Kreis Lindenau',
      municipality: 'Kreisstadt',
    });
    expect(doc.appVersion).toBe(JSON.parse(fs.readFileSync('package.json', 'utf8')).version);
    // A store holding demo data says so; the district view refuses it.
    expect(doc.demo).toBe(true);
  });

  it('records the publication once and each export, with the quarter only; the preview records nothing', async () => {
    const before = recentAudit(store.db, 1)[0]!.id;
    expect(store.statistics.preview({ period: '2025-Q1' }).state).toBe('bereit');
    expect(recentAudit(store.db, 1)[0]!.id).toBe(before);
    await store.statistics.export({ period: '2025-Q1', format: 'json' });
    await store.statistics.export({ period: '2025-Q1', format: 'xlsx' });
    const entries = recentAudit(store.db, 3).reverse();
    expect(entries.map((e) => [e.action, e.entity, e.entityId])).toEqual([
      ['statistics.published', 'statistics', '2025-Q1'],
      ['statistics.exported', 'statistics', '2025-Q1'],
      ['statistics.exported', 'statistics', '2025-Q1'],
    ]);
    expect(entries[0]!.id).toBe(before + 1);
    expect(store.statistics.preview({ period: '2025-Q1' })).toMatchObject({ state: 'veroeffentlicht', publishedOn: '2026-03-15', suppressed: [] });
  });
});

describe('statistics export refusals', () => {
  it('refuses an export while the unit has no name (STATISTICS_UNIT_MISSING), says so in the preview, and publishes nothing', async () => {
    const fresh = await seededStore({ cases: 3, seed: 1 });
    expect(fresh.statistics.preview({ period: '2025-Q4' }).missing).toEqual(['Name der Stelle']);
    await expect(fresh.statistics.export({ period: '2025-Q4', format: 'json' })).rejects.toMatchObject({ code: 'STATISTICS_UNIT_MISSING' });
    expect(recentAudit(fresh.db, 20).some((e) => e.action.startsWith('statistics.expor') || e.action === 'statistics.published')).toBe(false);
    expect(fresh.statistics.periods().find((p) => p.label === '2025-Q4')?.state).toBe('bereit');
  });

  it('refuses the running quarter (PERIOD_RUNNING) but previews it, marked as running', async () => {
    await expect(store.statistics.export({ period: '2026-Q1', format: 'json' })).rejects.toMatchObject({ code: 'PERIOD_RUNNING' });
    const preview = store.statistics.preview({ period: '2026-Q1' });
    expect(preview).toMatchObject({ state: 'laufend', asOf: '2026-03-15', publishedOn: null, sha256: null });
    expect(store.statistics.periods().find((p) => p.label === '2026-Q1')?.state).toBe('laufend');
  });

  it('refuses years and half-years (PERIOD_NOT_QUARTER), quarters not begun (PERIOD_NOT_STARTED) and unreadable ones (PERIOD_INVALID)', async () => {
    for (const period of ['2025', '2025-H1', '2025-H2']) {
      await expect(store.statistics.export({ period, format: 'json' }), period).rejects.toMatchObject({ code: 'PERIOD_NOT_QUARTER' });
      expect(() => store.statistics.preview({ period }), period).toThrow(expect.objectContaining({ code: 'PERIOD_NOT_QUARTER' }));
    }
    await expect(store.statistics.export({ period: '2026-Q2', format: 'json' })).rejects.toMatchObject({ code: 'PERIOD_NOT_STARTED' });
    expect(() => store.statistics.preview({ period: '2027-Q1' })).toThrow(KimError);
    expect(() => store.statistics.preview({ period: '1999-Q4' })).toThrow(expect.objectContaining({ code: 'PERIOD_INVALID' }));
  });
});
