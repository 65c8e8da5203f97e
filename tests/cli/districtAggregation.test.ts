/**
 * Issue 15's acceptance on the command line: three seeded stores, `unit-key`, `roster`,
 * `stats --roster` and `merge` give district totals equal to the sum of the units' exact counts,
 * protected at district level. The exact counts come from the stores through the services
 * (the raw indicators the statistic is built from), never from the files.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DistrictCountTable, DistrictReport } from '../../electron/contract/areas/district';
import { maskedExport, roster as rosterSchema, unitKeyFile } from '../../electron/contract/districtAggregation';
import { runCli } from '../../electron/cli/run';
import { DEMO_SETTING } from '../../electron/services/seed/seedService';
import { prepareStatistics, rawIndicators } from '../../electron/services/statistics/document';
import { sumVectors } from '../../electron/services/statistics/secureAggregation';
import { writeSetting } from '../../db/queries/settings';
import { GOOD_PASSPHRASE, MIGRATIONS, TEST_KDF_COST, testServices } from '../fixtures/tempStore';

/** Monday, 23 November 2026: 2026-Q3 and earlier quarters are closed. */
const NOW = new Date(2026, 10, 23, 10, 30);
const UNITS = [
  { file: 'nord', name: 'KIM Stelle Nord', cases: 40, seed: 11 },
  { file: 'mitte', name: 'KIM Stelle Mitte', cases: 30, seed: 12 },
  { file: 'sued', name: 'KIM Stelle Süd', cases: 25, seed: 13 },
];

let dir: string;
const dbOf = (unit: (typeof UNITS)[number]) => path.join(dir, `${unit.file}.db`);

async function kim(argv: string[]) {
  const run = { code: -1, stdout: '', stderr: '' };
  run.code = await runCli(argv, {
    env: { KIM_PASSPHRASE: GOOD_PASSPHRASE },
    stdout: (text) => void (run.stdout += text),
    stderr: (text) => void (run.stderr += text),
    cwd: dir,
    platform: 'linux',
    home: '/home/niemand',
    osUserName: 'testnutzer',
    services: { kdfCost: async () => TEST_KDF_COST, migrationsFolder: MIGRATIONS, now: () => NOW },
  });
  return run;
}

/** The store's exact counts of a quarter, by "table|row|column" (hours tables in minutes), read through the services. */
async function exactCounts(db: string, quarter: string): Promise<Map<string, number>> {
  const services = testServices({ dbPath: db, now: () => NOW });
  await services.store.unlock({ passphrase: GOOD_PASSPHRASE });
  try {
    const counts = new Map<string, number>();
    for (const table of rawIndicators(prepareStatistics({ store: services.store, now: () => NOW }, quarter).input)) {
      if (table.kind === 'measures') continue;
      const grid = table.kind === 'counts' ? table.counts : table.minutes;
      table.rows.forEach((row, i) => table.columns.forEach((column, j) => counts.set(`${table.id}|${row.key}|${column.key}`, grid[i]![j]!)));
    }
    return counts;
  } finally {
    services.store.lock('manual');
  }
}

const json = (file: string) => JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kim-kreissumme-'));
  for (const unit of UNITS) {
    const seeded = await kim(['seed', '--db', dbOf(unit), '--cases', String(unit.cases), '--seed', String(unit.seed)]);
    expect(seeded.code, seeded.stderr).toBe(0);
    // Demo data stands in for a unit's real cases here: the district refuses files of demo stores.
    const services = testServices({ dbPath: dbOf(unit), now: () => NOW });
    await services.store.unlock({ passphrase: GOOD_PASSPHRASE });
    writeSetting(services.store.session().db, DEMO_SETTING, false, NOW);
    services.store.lock('manual');
  }
}, 180_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the district statistic with hidden counts, from the command line', () => {
  it('unit-key, roster, stats --roster and merge: the district sums are the units’ exact counts, protected at district level', async () => {
    // 1. Each unit writes its key file; the fingerprint printed is the file's.
    for (const unit of UNITS) {
      const run = await kim(['unit-key', '--db', dbOf(unit), '--unit', unit.name, '--out', `schluessel-${unit.file}.json`]);
      expect(run.code, run.stderr).toBe(0);
      const keyFile = unitKeyFile.parse(json(`schluessel-${unit.file}.json`));
      expect(keyFile.unit.name).toBe(unit.name);
      expect(run.stdout).toContain(keyFile.fingerprint);
    }

    // 2. The coordination builds the roster (perturbation off, so that published sums can be compared exactly).
    const keyFiles = UNITS.map((u) => `schluessel-${u.file}.json`);
    const tooFew = await kim(['roster', ...keyFiles.slice(0, 2), '--district', 'Kreis Musterland', '--out', 'zu-wenige.json']);
    expect(tooFew.code).toBe(1);
    expect(fs.existsSync(path.join(dir, 'zu-wenige.json'))).toBe(false);
    const built = await kim(['roster', ...keyFiles, '--district', 'Kreis Musterland', '--perturbation', 'aus', '--out', 'bezirksliste.json']);
    expect(built.code, built.stderr).toBe(0);
    const roster = rosterSchema.parse(json('bezirksliste.json'));
    expect(roster.version).toBe(1);
    expect(roster.units.map((u) => u.name).sort()).toEqual(UNITS.map((u) => u.name).sort());
    for (const unit of roster.units) expect(built.stdout).toContain(unit.fingerprint);

    // 3. Each unit imports it and exports the closed quarter with hidden counts.
    for (const unit of UNITS) {
      const run = await kim(['stats', '--db', dbOf(unit), '--period', '2026-Q3', '--roster', 'bezirksliste.json', '--out', `${unit.file}-2026-Q3.json`]);
      expect(run.code, run.stderr).toBe(0);
    }
    const files = UNITS.map((u) => maskedExport.parse(json(`${u.file}-2026-Q3.json`)));

    // 4. What an analyst holding all files computes by hand: the sum of the vectors is the exact district count, cell by cell.
    const exact = await Promise.all(UNITS.map((u) => exactCounts(dbOf(u), '2026-Q3')));
    const sums = sumVectors(files.map((f) => f.body.vector));
    let index = 0;
    let nonZero = 0;
    for (const table of roster.layout) {
      for (const row of table.rows) {
        for (const column of table.columns) {
          const key = `${table.id}|${row.key}|${column.key}`;
          const expected = exact.reduce((sum, counts) => sum + (counts.get(key) ?? 0), 0);
          expect(sums[index], key).toBe(expected);
          if (expected > 0) nonZero += 1;
          index += 1;
        }
      }
    }
    expect(index).toBe(sums.length);
    expect(nonZero).toBeGreaterThan(50);

    // 5. The report: every published count is the exact district count (no perturbation), and none is 1..k−1.
    const merged = await kim(['merge', ...UNITS.map((u) => `${u.file}-2026-Q3.json`), '--out', 'kreisbericht.json']);
    expect(merged.code, merged.stderr).toBe(0);
    const report = json('kreisbericht.json') as DistrictReport;
    expect(report.aggregation).not.toBeNull();
    expect(report.aggregation!.threshold).toBe(5);
    expect(report.aggregation!.perturbation).toBeNull();
    let compared = 0;
    for (const table of report.tables.filter((t): t is DistrictCountTable => t.kind === 'counts' && !t.id.includes('stunden'))) {
      table.rows.forEach((row, i) =>
        table.columns.forEach((column, j) => {
          const cell = table.cells[i]![j]!;
          const key = `${table.id}|${row.key}|${column.key}`;
          const expected = exact.reduce((sum, counts) => sum + (counts.get(key) ?? 0), 0);
          expect(cell.lowerBound, key).toBe(false);
          if (cell.value === null) return;
          expect(cell.value, key).toBe(expected);
          expect(cell.value === 0 || cell.value >= 5, key).toBe(true);
          compared += 1;
        }),
      );
    }
    expect(compared).toBeGreaterThan(100);
    // The report for the council holds only protected figures: no file's vector, no unit's key.
    const text = fs.readFileSync(path.join(dir, 'kreisbericht.json'), 'utf8');
    for (const file of files) expect(text).not.toContain(file.signature);
    for (const unit of roster.units) expect(text).not.toContain(unit.keys.agreement);

    // 6. PDF and Excel from the same files.
    for (const out of ['kreisbericht.pdf', 'kreisbericht.xlsx']) {
      const run = await kim(['merge', ...UNITS.map((u) => `${u.file}-2026-Q3.json`), '--out', out]);
      expect(run.code, run.stderr).toBe(0);
      expect(fs.statSync(path.join(dir, out)).size).toBeGreaterThan(5_000);
    }

    // 7. Without one unit's file nothing of the hidden counts is merged, and the message names the unit.
    const missing = await kim(['merge', ...UNITS.slice(0, 2).map((u) => `${u.file}-2026-Q3.json`), '--out', 'unvollstaendig.pdf']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('KIM Stelle Süd');
    expect(fs.existsSync(path.join(dir, 'unvollstaendig.pdf'))).toBe(false);
  }, 180_000);
});
