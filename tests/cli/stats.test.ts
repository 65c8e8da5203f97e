/** `kim stats`: the anonymised statistic of a closed quarter as a JSON or XLSX file, from the command line; published once. */
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { statisticsDocument } from '../../electron/contract/statisticsDocument';
import { maskedExport, unitKeyFile, type UnitKeyFile } from '../../electron/contract/districtAggregation';
import { codeOfRoster } from '../../electron/services/statistics/rosterFile';
import { rosterOf } from '../services/statistics/rosterFixtures';
import { recentAudit } from '../../db/queries/audit';
import { createdStore, GOOD_PASSPHRASE, MIGRATIONS, TEST_KDF_COST, tempDir, testServices } from '../fixtures/tempStore';

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
    const run = await kimAt(['stats', '--db', db, '--period', '2025-Q3', '--out', path.join(dir, 'ohne-name.json')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Namen Ihrer Stelle/);
    expect(fs.existsSync(path.join(dir, 'ohne-name.json'))).toBe(false);
  });

  it('publishes the JSON document of a closed quarter, stores the unit name, and records the export', async () => {
    const out = path.join(dir, 'statistik-2025-Q3.json');
    const run = await kimAt(['stats', '--db', db, '--period', '2025-Q3', '--out', 'statistik-2025-Q3.json', '--unit', 'KIM Demo-Stelle'], undefined, dir);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/Die anonymisierte Statistik 2025-Q3 von „KIM Demo-Stelle“ ist geschrieben: .*statistik-2025-Q3\.json/);
    expect(run.stdout).toMatch(/damit veröffentlicht und festgeschrieben/);
    expect(run.stdout).toMatch(/Format JSON, Schwelle k = 5, mit Überlagerung/);
    expect(run.stdout).toMatch(/SHA-256\): [0-9a-f]{64}/);
    expect(run.stdout + run.stderr).not.toContain(GOOD_PASSPHRASE);
    const text = fs.readFileSync(out, 'utf8');
    const doc = statisticsDocument.parse(JSON.parse(text));
    expect(doc.period).toEqual({ label: '2025-Q3', from: '2025-07-01', to: '2025-09-30' });
    expect(doc.unit.name).toBe('KIM Demo-Stelle');

    // Again, after the unit's name changed: the same bytes, and the answer says it repeats the publication.
    const again = await kimAt(['stats', '--db', db, '--period', '2025-Q3', '--out', 'noch-einmal.json', '--unit', 'Anderer Name'], undefined, dir);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/am 15\.03\.2026 veröffentlicht; dieser Export wiederholt dieses Dokument unverändert/);
    expect(fs.readFileSync(path.join(dir, 'noch-einmal.json'), 'utf8')).toBe(text);

    const services = testServices({ dbPath: db, now: () => NOW });
    await services.store.unlock({ passphrase: GOOD_PASSPHRASE });
    const audit = recentAudit(services.store.session().db, 10);
    expect(audit.find((e) => e.action === 'statistics.exported')).toMatchObject({
      entity: 'statistics',
      entityId: '2025-Q3',
      actor: 'Kommandozeile (testnutzer)',
    });
    // The app's preview shows what the file holds.
    expect(services.statistics.preview({ period: '2025-Q3' }).document).toEqual(doc);
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

  it('refuses a year, a half-year and the running quarter with the reason, and nothing is written (exit 1)', async () => {
    for (const [period, reason] of [
      ['2025', /nur für Quartale.*Bezirksansicht/],
      ['2025-H2', /nur für Quartale/],
      ['2026-Q1', /Quartal läuft noch.*Vorschau zeigt den vorläufigen Stand/],
      ['2026-Q3', /noch nicht begonnen/],
    ] as const) {
      const out = path.join(dir, `abgelehnt-${period}.json`);
      const run = await kimAt(['stats', '--db', db, '--period', period, '--out', out]);
      expect(run.code, period).toBe(1);
      expect(run.stderr, period).toMatch(reason);
      expect(fs.existsSync(out)).toBe(false);
    }
  });

  it('refuses wrong calls (exit 2)', async () => {
    for (const [argv, message] of [
      [['--period', '2026-Q5', '--out', 'x.json'], /--period ein abgeschlossenes Quartal/],
      [['--out', 'x.json'], /--period ein abgeschlossenes Quartal/],
      [['--period', '2025-Q4'], /--out an/],
      [['--period', '2025-Q4', '--out', 'x.csv', '--format', 'csv'], /--format nimmt json oder xlsx/],
      [['--period', '2025-Q4', '--out', 'fehlt/x.json'], /Den Ordner für --out gibt es nicht/],
      [['--period', '2025-Q4', '--out', 'x.json', '--unit', ' '], /--unit braucht den Namen/],
    ] as const) {
      const run = await kimAt(['stats', '--db', db, ...argv], undefined, dir);
      expect(run.code, argv.join(' ')).toBe(2);
      expect(run.stderr).toMatch(message);
    }
    const elsewhere = await kimAt(['verify', '--db', db, '--period', '2025-Q4']);
    expect(elsewhere.code).toBe(2);
    expect(elsewhere.stderr).toMatch(/gibt es nur bei: stats/);
    const help = await kimAt(['help']);
    expect(help.stdout).toMatch(/stats {2,}Anonymisierte Statistik/);
  });
});

describe('kim stats --roster', () => {
  /** Key files of two other units of the district. */
  async function otherKeyFiles(): Promise<UnitKeyFile[]> {
    const files: UnitKeyFile[] = [];
    for (const name of ['KIM Stelle Mitte', 'KIM Stelle Süd']) {
      const other = await createdStore({ now: () => NOW });
      other.statistics.updateSettings({ unitName: name });
      files.push(unitKeyFile.parse(JSON.parse(new TextDecoder().decode(other.statistics.exportUnitKey().bytes))));
      other.store.lock('manual');
    }
    return files;
  }

  it('imports the roster, exports the quarter with hidden counts and says so; another list is refused with a hint', async () => {
    const key = await kimAt(['unit-key', '--db', db, '--out', 'schluessel.json'], undefined, dir);
    expect(key.code, key.stderr).toBe(0);
    const own = unitKeyFile.parse(JSON.parse(fs.readFileSync(path.join(dir, 'schluessel.json'), 'utf8')));
    const others = await otherKeyFiles();
    const { roster, text } = rosterOf([own, ...others], { version: 3, validFrom: '2025-Q2', district: 'Kreis Musterland' });
    fs.writeFileSync(path.join(dir, 'bezirksliste.json'), text);

    // (The unit is called "Anderer Name" since the tests above.) XLSX with a roster: refused before anything is imported.
    const xlsx = await kimAt(['stats', '--db', db, '--period', '2025-Q2', '--roster', 'bezirksliste.json', '--out', 'q2.xlsx'], undefined, dir);
    expect(xlsx.code).toBe(2);
    expect(xlsx.stderr).toMatch(/JSON-Datei mit verdeckten Zahlen/);

    const run = await kimAt(['stats', '--db', db, '--period', '2025-Q2', '--roster', 'bezirksliste.json', '--out', 'verdeckt-2025-Q2.json'], undefined, dir);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/Die Statistik 2025-Q2 von „Anderer Name“ mit verdeckten Zahlen ist geschrieben: .*verdeckt-2025-Q2\.json/);
    expect(run.stdout).toContain(`Bezirksliste: Kreis Musterland, Version 3, Code ${codeOfRoster(roster)}`);
    expect(run.stdout).toMatch(/Zahlen Ihrer Stelle nur verdeckt/);
    expect(run.stdout).toMatch(/damit veröffentlicht und festgeschrieben/);
    const written = fs.readFileSync(path.join(dir, 'verdeckt-2025-Q2.json'), 'utf8');
    const file = maskedExport.parse(JSON.parse(written));
    expect(file.body.roster).toEqual(roster);
    expect(file.body.unit.id).toBe(own.unit.id);
    expect(file.body.demo).toBe(true);

    // A quarter published plain before the roster: refused with its reason.
    const plain = await kimAt(['stats', '--db', db, '--period', '2025-Q3', '--out', 'nochmal-q3.json'], undefined, dir);
    expect(plain.code).toBe(1);
    expect(plain.stderr).toMatch(/schon ohne Bezirksliste veröffentlicht/);
    expect(
      (await kimAt(['stats', '--db', db, '--period', '2025-Q3', '--roster', 'bezirksliste.json', '--out', 'nochmal-q3.json'], undefined, dir)).stderr,
    ).toMatch(/schon ohne Bezirksliste veröffentlicht/);

    // A quarter before the list applies: with --roster refused, never a plain file without a word.
    const before = await kimAt(['stats', '--db', db, '--period', '2025-Q1', '--roster', 'bezirksliste.json', '--out', 'frueh-q1.json'], undefined, dir);
    expect(before.code).toBe(1);
    expect(before.stderr).toContain('Für das 1. Quartal 2025 gilt keine Ihrer Bezirkslisten (die neueste gilt ab dem 2. Quartal 2025).');
    expect(fs.existsSync(path.join(dir, 'frueh-q1.json'))).toBe(false);

    // Another list: not put in place of the imported one; the quarter is not exported.
    const { text: otherList } = rosterOf([own, ...others], { district: 'Kreis Nachbarland' });
    fs.writeFileSync(path.join(dir, 'andere-liste.json'), otherList);
    const refused = await kimAt(['stats', '--db', db, '--period', '2025-Q1', '--roster', 'andere-liste.json', '--out', 'q1.json'], undefined, dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/„Kreis Nachbarland“, Version 1\) ist eine andere Liste als die übernommene \(„Kreis Musterland“, Version 3\)/);
    expect(refused.stderr).toMatch(/in der App unter Statistik/);
    expect(fs.existsSync(path.join(dir, 'q1.json'))).toBe(false);

    // Again with the same roster (or none): the same bytes.
    const again = await kimAt(['stats', '--db', db, '--period', '2025-Q2', '--out', 'noch-einmal-q2.json'], undefined, dir);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/dieser Export wiederholt diese Datei unverändert/);
    expect(fs.readFileSync(path.join(dir, 'noch-einmal-q2.json'), 'utf8')).toBe(written);

    const services = testServices({ dbPath: db, now: () => NOW });
    await services.store.unlock({ passphrase: GOOD_PASSPHRASE });
    expect(services.statistics.roster()).toMatchObject({ district: 'Kreis Musterland', version: 3 });
    services.store.lock('manual');
  });
});
