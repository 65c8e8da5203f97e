import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { readSetting } from '../../db/queries/settings';
import { GOOD_PASSPHRASE, MIGRATIONS, TEST_KDF_COST, tempDir, testServices } from '../fixtures/tempStore';
import { kim, recoveryKeysIn } from './helpers';

const NOW = new Date(2026, 2, 15, 14, 30);

/** `kim` with a fixed clock, so the demo's "today" is known. */
async function seedCli(argv: string[], env: Record<string, string> = { KIM_PASSPHRASE: GOOD_PASSPHRASE }) {
  const run = { code: -1, stdout: '', stderr: '' };
  run.code = await runCli(argv, {
    env,
    stdout: (text) => void (run.stdout += text),
    stderr: (text) => void (run.stderr += text),
    cwd: tempDir(),
    platform: 'linux',
    home: '/home/niemand',
    osUserName: 'testnutzer',
    services: { kdfCost: async () => TEST_KDF_COST, migrationsFolder: MIGRATIONS, now: () => NOW },
  });
  return run;
}

async function openStore(db: string) {
  const services = testServices({ dbPath: db, now: () => NOW });
  await services.store.unlock({ passphrase: GOOD_PASSPHRASE });
  return services;
}

const withoutDuration = (stdout: string) => stdout.replace(/Dauer: .*/, '');

describe('kim seed', () => {
  it('sets up a new store, shows its recovery key once and fills it with demo data', async () => {
    const db = path.join(tempDir(), 'demo', 'kim.db');
    const run = await seedCli(['seed', '--db', db, '--cases', '12', '--seed', '3']);
    expect(run.code, run.stderr).toBe(0);
    expect(recoveryKeysIn(run.stdout)).toHaveLength(1);
    expect(run.stdout).toMatch(/Demodaten sind angelegt \(Seed 3, Zeitraum 2023-03-15 bis 2026-03-15\)/);
    expect(run.stdout).toMatch(/ 12 Fälle, /);
    expect(run.stdout).toMatch(/Dauer: [\d,]+ s/);
    expect(run.stderr).toMatch(/Demodaten werden angelegt: 12 Fälle/);
    expect(run.stdout + run.stderr).not.toContain(GOOD_PASSPHRASE);
    expect(fs.existsSync(`${db}.keys`)).toBe(true);

    const services = await openStore(db);
    expect(services.cases.list({})).toHaveLength(12);
    expect(readSetting(services.store.session().db, 'demoData')).toBe(true);
    expect(services.settings.get().userName).toBe('testnutzer'); // the user at the computer, as init without --name
    expect(services.cases.list({}).every((c) => c.caseManager === 'testnutzer')).toBe(true);
    services.store.lock('manual');
  });

  it('writes the same demo data for the same seed on the same day', async () => {
    const runs = [];
    for (const dir of [tempDir(), tempDir()]) runs.push(await seedCli(['seed', '--db', path.join(dir, 'kim.db'), '--cases', '12', '--seed', '9']));
    expect(runs.map((r) => r.code)).toEqual([0, 0]);
    const summary = (stdout: string) => withoutDuration(stdout.slice(stdout.indexOf('Demodaten sind angelegt')));
    expect(summary(runs[1]!.stdout)).toBe(summary(runs[0]!.stdout));
  });

  it('fills an existing empty store after unlocking it, and refuses to fill it twice (DEMO_NOT_EMPTY)', async () => {
    const db = path.join(tempDir(), 'kim.db');
    const init = await kim(['init', '--db', db, '--name', 'Anna Beispiel'], { env: { KIM_PASSPHRASE: GOOD_PASSPHRASE } });
    expect(init.code, init.stderr).toBe(0);

    const first = await seedCli(['seed', '--db', db, '--cases', '12']);
    expect(first.code, first.stderr).toBe(0);
    expect(recoveryKeysIn(first.stdout)).toEqual([]); // the store existed: no new key
    expect(first.stdout).toMatch(/Seed 1,/); // the default seed

    const again = await seedCli(['seed', '--db', db, '--cases', '12']);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/nur in eine leere Fallakte/);

    const services = await openStore(db);
    expect(services.cases.list({})).toHaveLength(12);
    expect(services.cases.list({}).every((c) => c.caseManager === 'Anna Beispiel')).toBe(true);
    services.store.lock('manual');
  });

  it('needs the right passphrase for an existing store', async () => {
    const db = path.join(tempDir(), 'kim.db');
    expect((await kim(['init', '--db', db], { env: { KIM_PASSPHRASE: GOOD_PASSPHRASE } })).code).toBe(0);
    const run = await seedCli(['seed', '--db', db, '--cases', '12'], { KIM_PASSPHRASE: 'falsche Passphrase 123' });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/nicht richtig/);
  });

  it('takes whole numbers for --cases and --seed, and those options only for seed', async () => {
    const db = path.join(tempDir(), 'kim.db');
    for (const argv of [
      ['--cases', '0'],
      ['--cases', 'viele'],
      ['--cases', '100001'],
      ['--seed', '1.5'],
      ['--seed', '4294967296'],
    ]) {
      const run = await seedCli(['seed', '--db', db, ...argv]);
      expect(run.code, argv.join(' ')).toBe(2);
      expect(run.stderr).toMatch(new RegExp(`Die Option ${argv[0]} braucht eine ganze Zahl`));
    }
    expect(fs.existsSync(db)).toBe(false); // nothing was created

    const negative = await seedCli(['seed', '--db', db, '--cases', '-5']);
    expect(negative.code).toBe(2);
    expect(negative.stderr).toMatch(/--cases ZAHL/);
    const elsewhere = await seedCli(['init', '--db', db, '--cases', '5']);
    expect(elsewhere.code).toBe(2);
    expect(elsewhere.stderr).toMatch(/gibt es nur bei: seed/);
    const named = await seedCli(['seed', '--db', db, '--name', 'Anna']);
    expect(named.code).toBe(2);
    expect(named.stderr).toMatch(/gibt es nur bei: init/);
    const help = await kim(['help']);
    expect(help.stdout).toMatch(/seed {2,}Erfundene Demodaten/);
    expect(help.stdout).toMatch(/--cases ZAHL/);
  });
});
