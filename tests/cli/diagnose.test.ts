/**
 * `kim diagnose` (issue 16): versions, the store's size and schema, allow-listed settings and the
 * diagnostics log for IT, and none of a seeded store's personal data.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIAGNOSE_SETTINGS } from '../../electron/cli/commands/diagnose';
import { dispatch } from '../../electron/ipc/dispatch';
import { createHandlers } from '../../electron/ipc/handlers';
import { createDiagnosticLog, logDirFor } from '../../electron/services/diagnostics/log';
import { GOOD_PASSPHRASE, tempDir, testServices } from '../fixtures/tempStore';
import { kim, passphraseEnv } from './helpers';

const DISTINCT = { familyName: 'Wöllenweber-Okonkwo', givenNames: 'Ilvy Thessaly', phone: '+49 5431 998877', address: 'Am Fuchsbau 9, 49565 Bramsche' };

/** A seeded store whose app has logged some calls, and every personal text it holds. */
async function seededStore() {
  const dir = tempDir();
  const db = path.join(dir, 'kim.db');
  const seeded = await kim(['seed', '--db', db, '--cases', '12', '--seed', '4'], { env: passphraseEnv });
  expect(seeded.code, seeded.stderr).toBe(0);

  const services = testServices({ dbPath: db });
  const log = createDiagnosticLog({ dir: logDirFor(db) });
  const handlers = createHandlers(services);
  const call = (name: string, input: unknown) => dispatch(handlers, name, input, { log });
  expect(await call('store.unlock', { passphrase: GOOD_PASSPHRASE })).toMatchObject({ ok: true });
  expect(
    await call('persons.create', {
      names: [{ familyName: DISTINCT.familyName, givenNames: DISTINCT.givenNames }],
      phone: DISTINCT.phone,
      address: DISTINCT.address,
    }),
  ).toMatchObject({ ok: true });
  expect(await call('search.global', { query: DISTINCT.familyName })).toMatchObject({ ok: true });
  expect(await call('persons.create', { names: [{ familyName: DISTINCT.familyName, givenNames: 7 }] })).toMatchObject({ error: { code: 'INVALID_INPUT' } });

  const { sqlite } = services.store.session();
  const texts = (sql: string) =>
    (sqlite.prepare(sql).pluck().all() as (string | null)[]).filter((t): t is string => typeof t === 'string' && t.trim().length >= 4);
  const personal = [
    ...texts('SELECT family_name FROM person_names'),
    ...texts('SELECT given_names FROM person_names'),
    ...texts('SELECT phone FROM persons'),
    ...texts('SELECT address FROM persons'),
    ...texts('SELECT note FROM contacts'),
    ...texts("SELECT value FROM settings WHERE key = 'userName'").map((v) => JSON.parse(v) as string),
  ];
  services.store.lock('manual');
  return { dir, db, personal: [...new Set(personal)] };
}

describe('kim diagnose', () => {
  it('writes versions, schema, allow-listed settings and the log, and no personal data of a seeded store', async () => {
    const { dir, db, personal } = await seededStore();
    expect(personal.length).toBeGreaterThan(20);
    expect(personal).toContain(DISTINCT.familyName);

    const run = await kim(['diagnose', '--db', db, '--out', 'diagnose.json'], { env: passphraseEnv, cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/Diagnosedatei geschrieben: diagnose\.json/);
    const text = fs.readFileSync(path.join(dir, 'diagnose.json'), 'utf8');
    const report = JSON.parse(text);

    expect(report).toMatchObject({
      format: 'kim-diagnose',
      versions: {
        app: expect.stringMatching(/^\d+\.\d+\.\d+/),
        node: process.versions.node,
        sqlite: expect.stringMatching(/^3\./),
        platform: process.platform,
      },
      store: { exists: true, bytes: fs.statSync(db).size, keyFile: true, schema: { applied: expect.any(Number), latestTag: expect.any(String) } },
    });
    expect(report.versions.cipher).toMatch(/^SQLite3 Multiple Ciphers \d/);
    expect(report.store.encryption).toBe('sqlcipher 4');
    expect(report.store.schema.applied).toBe(report.store.schema.known);
    expect(Object.keys(report.store.settings).sort()).toEqual([...DIAGNOSE_SETTINGS].sort());
    expect(report.store.settings.autoLockMinutes === null || typeof report.store.settings.autoLockMinutes === 'number').toBe(true);
    const lines: string[] = report.log.flatMap((f: { lines: string[] }) => f.lines);
    expect(report.log[0].file).toBe('kim.log');
    expect(lines.map((l) => JSON.parse(l)).map((e: { method: string; outcome: string }) => `${e.method} ${e.outcome}`)).toEqual([
      'store.unlock ok',
      'persons.create ok',
      'search.global ok',
      'persons.create INVALID_INPUT',
    ]);

    const lowered = text.toLowerCase();
    for (const value of personal) expect(lowered, value).not.toContain(value.toLowerCase());
    expect(text).not.toContain(GOOD_PASSPHRASE);
    expect(text).not.toContain(dir);
    expect(text).not.toContain('testnutzer');
  }, 120_000);

  it('without a passphrase: versions, size and log, no schema or settings, and nobody is asked', async () => {
    const { dir, db } = await seededStore();
    const out = path.join(dir, 'ohne.json');
    const run = await kim(['diagnose', '--db', db, '--out', out], { answer: () => 'should not be asked' });
    expect(run.code, run.stderr).toBe(0);
    expect(run.asked).toEqual([]);
    expect(run.stdout).toMatch(/brauchen die Passphrase/);
    const report = JSON.parse(fs.readFileSync(out, 'utf8'));
    expect(report.store).toEqual({ exists: true, bytes: fs.statSync(db).size, keyFile: true });
    expect(report.log[0].lines).toHaveLength(4);
  }, 120_000);

  it('refuses to overwrite a file and needs --out; a missing store is reported, not created', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'vorhanden.json');
    fs.writeFileSync(out, 'alt');
    const db = path.join(dir, 'fehlt.db');
    const exists = await kim(['diagnose', '--db', db, '--out', out]);
    expect(exists.code).toBe(1);
    expect(exists.stderr).toMatch(/gibt es schon/);
    expect(fs.readFileSync(out, 'utf8')).toBe('alt');
    expect((await kim(['diagnose', '--db', db])).code).toBe(2);

    const fresh = path.join(dir, 'neu.json');
    expect((await kim(['diagnose', '--db', db, '--out', fresh], { env: passphraseEnv })).code).toBe(0);
    expect(JSON.parse(fs.readFileSync(fresh, 'utf8'))).toMatchObject({ store: { exists: false }, log: [] });
    expect(fs.existsSync(db)).toBe(false);
  });
});
