/** `kim stats`: the anonymised statistic of a period as a JSON or XLSX file, from the command line. */
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { statisticsDocument } from '../../electron/contract/statisticsDocument';
import { recentAudit } from '../../db/queries/audit';
import { GOOD_PASSPHRASE, MIGRATIONS, TEST_KDF_COST, tempDir, testServices } from '../fixtures/tempStore';

const NOW = new Date(2026, 2, 15, 14, 30);

async function kimAt(argv: string[], env: Record<string, string> = { KIM_PASSPHRASE: GOOD_PASSPHRASE }, cwd = tempDir()) {
  const run = { code: -1, stdout: '', stderr: '' };
  run.code = await runCli(argv, {
    env,
    stdout: (text) => void (run.stdout += text),
    stderr: (text) => void (run.stderr += text),
    cwd,
    platform: 'linux',
    home: '/home/niemand',
    osUserName: 'testnutzer',
    services: { kdfCost: async () => TEST_KDF_COST, migrationsFolder: MIGRATIONS, now: () => NOW },
  });
  return run;
}

let db: string;
let dir: string;

// One seeded store for all tests (tempDir() folders are removed after each test).
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kim-stats-'));
  db = path.join(dir, 'kim.db');
  const seeded = await kimAt(['seed', '--db', db, '--cases', '30', '--seed', '4']);
  expect(seeded.code, seeded.stderr).toBe(0);
}, 120_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('kim stats', () => {
  it('refuses before the unit has a name, and says how to give it', async () => {
    const run = await kimAt(['stats', '--db', db, '--period', '2025', '--out', path.join(dir, 'ohne-name.json')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Namen Ihrer Stelle/);
    expect(fs.existsSync(path.join(dir, 'ohne-name.json'))).toBe(false);
  });

  it('writes the JSON document of a year, stores the unit name, and records the export', async () => {
    const out = path.join(dir, 'statistik-2025.json');
    const run = await kimAt(['stats', '--db', db, '--period', '2025', '--out', 'statistik-2025.json', '--unit', 'KIM Demo-Stelle'], undefined, dir);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/Die anonymisierte Statistik 2025 von „KIM Demo-Stelle“ ist geschrieben: .*statistik-2025\.json/);
    expect(run.stdout).toMatch(/Format JSON, Schwelle k = 5/);
    expect(run.stdout + run.stderr).not.toContain(GOOD_PASSPHRASE);
    const doc = statisticsDocument.parse(JSON.parse(fs.readFileSync(out, 'utf8')));
    expect(doc.period).toEqual({ label: '2025', kind: 'jahr', from: '2025-01-01', to: '2025-12-31' });
    expect(doc.unit.name).toBe('KIM Demo-Stelle');

    const services = testServices({ dbPath: db, now: () => NOW });
    await services.store.unlock({ passphrase: GOOD_PASSPHRASE });
    const audit = recentAudit(services.store.session().db, 10);
    expect(audit.find((e) => e.action === 'statistics.exported')).toMatchObject({
      entity: 'statistics',
      entityId: '2025',
      actor: 'Kommandozeile (testnutzer)',
    });
    // Same store, same day: the app's preview shows what the file holds.
    expect(services.statistics.preview({ period: '2025' }).document).toEqual(doc);
    services.store.lock('manual');
  });

  it('writes XLSX when the file ends in .xlsx or --format says so', async () => {
    for (const [argv, file] of [
      [['--out', 'q4.xlsx'], 'q4.xlsx'],
      [['--out', 'q4-tabelle', '--format', 'xlsx'], 'q4-tabelle'],
    ] as const) {
      const run = await kimAt(['stats', '--db', db, '--period', '2025-Q4', ...argv], undefined, dir);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toMatch(/Format XLSX/);
      expect(fs.readFileSync(path.join(dir, file)).subarray(0, 2).toString()).toBe('PK');
    }
  });

  it('refuses a period that has not begun (exit 1) and wrong calls (exit 2)', async () => {
    const later = await kimAt(['stats', '--db', db, '--period', '2026-Q3', '--out', path.join(dir, 'x.json')]);
    expect(later.code).toBe(1);
    expect(later.stderr).toMatch(/noch nicht begonnen/);
    for (const [argv, message] of [
      [['--period', '2026-Q5', '--out', 'x.json'], /--period den Zeitraum/],
      [['--out', 'x.json'], /--period den Zeitraum/],
      [['--period', '2025'], /--out an/],
      [['--period', '2025', '--out', 'x.csv', '--format', 'csv'], /--format nimmt json oder xlsx/],
      [['--period', '2025', '--out', 'fehlt/x.json'], /Den Ordner für --out gibt es nicht/],
      [['--period', '2025', '--out', 'x.json', '--unit', ' '], /--unit braucht den Namen/],
    ] as const) {
      const run = await kimAt(['stats', '--db', db, ...argv], undefined, dir);
      expect(run.code, argv.join(' ')).toBe(2);
      expect(run.stderr).toMatch(message);
    }
    const elsewhere = await kimAt(['verify', '--db', db, '--period', '2025']);
    expect(elsewhere.code).toBe(2);
    expect(elsewhere.stderr).toMatch(/gibt es nur bei: stats/);
    const help = await kimAt(['help']);
    expect(help.stdout).toMatch(/stats {2,}Anonymisierte Statistik/);
  });
});
