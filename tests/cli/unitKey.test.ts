/** `kim unit-key`: the unit's key file for the district statistic with hidden counts, and the fingerprint to read out. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { unitKeyFile } from '../../electron/contract/districtAggregation';
import { DISTRICT_KEYS_SETTING, type DistrictKeys } from '../../electron/services/statistics/unitKey';
import { readSetting } from '../../db/queries/settings';
import { recentAudit } from '../../db/queries/audit';
import { createdStore, GOOD_PASSPHRASE, MIGRATIONS, TEST_KDF_COST, tempDir, testServices } from '../fixtures/tempStore';

const NOW = new Date(2026, 9, 5, 11, 0);

async function kimAt(argv: string[], cwd: string) {
  const run = { code: -1, stdout: '', stderr: '' };
  run.code = await runCli(argv, {
    env: { KIM_PASSPHRASE: GOOD_PASSPHRASE },
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

async function newStore() {
  const dir = tempDir();
  const db = path.join(dir, 'kim.db');
  const services = await createdStore({ dbPath: db, now: () => NOW });
  services.store.lock('manual');
  return { dir, db };
}

async function inStore<T>(db: string, work: (services: ReturnType<typeof testServices>) => T): Promise<T> {
  const services = testServices({ dbPath: db, now: () => NOW });
  await services.store.unlock({ passphrase: GOOD_PASSPHRASE });
  try {
    return work(services);
  } finally {
    services.store.lock('manual');
  }
}

describe('kim unit-key', () => {
  it('writes the key file, prints the unit, the fingerprint in big groups and what to do next; the key stays the same', async () => {
    const { dir, db } = await newStore();
    const run = await kimAt(['unit-key', '--db', db, '--unit', 'KIM Stelle Nord', '--out', 'schluessel.json'], dir);
    expect(run.code, run.stderr).toBe(0);
    const text = fs.readFileSync(path.join(dir, 'schluessel.json'), 'utf8');
    const file = unitKeyFile.parse(JSON.parse(text));
    expect(file.unit.name).toBe('KIM Stelle Nord');
    expect(run.stdout).toContain('Der Stellenschlüssel von „KIM Stelle Nord“ ist geschrieben:');
    expect(run.stdout).toContain(`Fingerabdruck: ${file.fingerprint}`);
    expect(run.stdout).toContain(file.fingerprint.split('-').join('   '));
    expect(run.stdout).toMatch(/Koordinierung den Fingerabdruck am Telefon vor/);
    expect(run.stdout).toMatch(/--roster bezirksliste\.json/);
    expect(run.stdout + run.stderr).not.toContain(GOOD_PASSPHRASE);

    const keys = await inStore(db, (s) => {
      expect(recentAudit(s.store.session().db, 50).find((e) => e.action === 'statistics.unit_key_exported')).toMatchObject({
        entityId: file.fingerprint,
        actor: 'Kommandozeile (testnutzer)',
      });
      return readSetting(s.store.session().db, DISTRICT_KEYS_SETTING) as DistrictKeys;
    });
    expect(file.keys).toEqual({ agreement: keys.agreement.publicKey, signing: keys.signing.publicKey });
    for (const secret of [keys.agreement.privateKey, keys.signing.privateKey]) {
      expect(text).not.toContain(secret);
      expect(run.stdout).not.toContain(secret);
    }

    // Again: the same keys, the same fingerprint.
    const again = await kimAt(['unit-key', '--db', db, '--out', 'noch-einmal.json'], dir);
    expect(again.code, again.stderr).toBe(0);
    expect(unitKeyFile.parse(JSON.parse(fs.readFileSync(path.join(dir, 'noch-einmal.json'), 'utf8'))).fingerprint).toBe(file.fingerprint);
  });

  it('refuses without the unit’s name (exit 1) and wrong calls (exit 2); nothing is written', async () => {
    const { dir, db } = await newStore();
    const unnamed = await kimAt(['unit-key', '--db', db, '--out', 'ohne-name.json'], dir);
    expect(unnamed.code).toBe(1);
    expect(unnamed.stderr).toMatch(/Namen Ihrer Stelle/);
    expect(fs.existsSync(path.join(dir, 'ohne-name.json'))).toBe(false);
    for (const [argv, message] of [
      [['--db', db], /--out an/],
      [['--db', db, '--out', 'fehlt/x.json'], /Den Ordner für --out gibt es nicht/],
      [['--db', db, '--out', 'x.json', '--unit', ' '], /--unit braucht den Namen/],
      [['--db', db, '--out', 'x.json', '--period', '2026-Q3'], /--period/],
    ] as const) {
      const run = await kimAt(['unit-key', ...argv], dir);
      expect(run.code, argv.join(' ')).toBe(2);
      expect(run.stderr).toMatch(message);
    }
    expect(fs.existsSync(path.join(dir, 'x.json'))).toBe(false);
  });
});
