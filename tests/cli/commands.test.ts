import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { applyCipherKey } from '../../db/open';
import { knownMigrations } from '../../db/migrate';
import { recentAudit } from '../../db/queries/audit';
import { GOOD_PASSPHRASE, MIGRATIONS, OTHER_PASSPHRASE, tempDir, testServices } from '../fixtures/tempStore';
import { groupFrom, kim, recoveryKeysIn, sha256 } from './helpers';

const withPassphrase = (passphrase = GOOD_PASSPHRASE) => ({ KIM_PASSPHRASE: passphrase });

async function initStore(options: { confirm?: boolean } = {}) {
  const db = path.join(tempDir(), 'kim.db');
  const run = await kim(['init', '--db', db, '--name', 'Anna Beispiel'], {
    env: withPassphrase(),
    ...(options.confirm ? { answer: (question: string, _hidden: boolean, stdout: string) => groupFrom(stdout, question) } : {}),
  });
  expect(run.code, run.stderr).toBe(0);
  return { db, run, recoveryKey: recoveryKeysIn(run.stdout)[0]! };
}

describe('kim init', () => {
  it('creates the store and its key file, and prints the recovery key once with what to do with it', async () => {
    const db = path.join(tempDir(), 'neuer Ordner', 'kim.db'); // the folder is created
    const run = await kim(['init', '--db', db], { env: withPassphrase() });
    expect(run.code, run.stderr).toBe(0);
    expect(fs.existsSync(db)).toBe(true);
    expect(fs.existsSync(`${db}.keys`)).toBe(true);
    const keys = recoveryKeysIn(run.stdout);
    expect(keys).toHaveLength(1);
    expect(keys[0]!.split('-')).toHaveLength(8);
    expect(run.stdout).toMatch(/von Hand ab/);
    expect(run.stdout).toMatch(/Tresor Ihres Arbeitgebers/);
    expect(run.stdout + run.stderr).not.toContain(GOOD_PASSPHRASE);

    // the printed key really opens the store
    const services = testServices({ dbPath: db });
    await services.store.unlockWithRecoveryKey({ recoveryKey: keys[0]!, newPassphrase: OTHER_PASSPHRASE });
    expect(services.store.status().state).toBe('unlocked');
    expect(services.settings.get().userName).toBe('testnutzer'); // the OS user, as no --name was given
    services.store.lock('manual');
  });

  it('asks for two groups back at a terminal; a confirmed key stays valid at the next unlock', async () => {
    const { db, run, recoveryKey } = await initStore({ confirm: true });
    expect(run.asked.map((a) => a.question)).toEqual([expect.stringMatching(/^Gruppe \d: $/), expect.stringMatching(/^Gruppe \d: $/)]);
    expect(run.stdout).toMatch(/bestätigt\./);

    const verify = await kim(['verify', '--db', db], { env: withPassphrase() });
    expect(verify.code).toBe(0);
    expect(recoveryKeysIn(verify.stdout)).toEqual([]); // no new key
    const services = testServices({ dbPath: db });
    await services.store.unlockWithRecoveryKey({ recoveryKey, newPassphrase: OTHER_PASSPHRASE });
    services.store.lock('manual');
  });

  it('without a terminal the key stays unconfirmed, and later commands keep it valid', async () => {
    const { db, run, recoveryKey } = await initStore();
    expect(run.stdout).toMatch(/noch nicht bestätigt/);
    const verify = await kim(['verify', '--db', db], { env: withPassphrase() });
    expect(verify.code).toBe(0);
    expect(recoveryKeysIn(verify.stdout)).toEqual([]);
    const dataKey = await kim(['data-key', '--db', db], { env: { KIM_RECOVERY_KEY: recoveryKey } });
    expect(dataKey.code).toBe(0);
    expect(dataKey.stdout.trim()).toMatch(/^[0-9a-f]{64}$/);
  });

  it('asks for a new passphrase twice at a terminal, hidden, and stops when they differ', async () => {
    const db = path.join(tempDir(), 'kim.db');
    const answers = [GOOD_PASSPHRASE, `${GOOD_PASSPHRASE}x`];
    const run = await kim(['init', '--db', db], { answer: () => answers.shift()! });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/stimmen nicht überein/);
    expect(run.asked.every((a) => a.hidden)).toBe(true);
    expect(fs.existsSync(db)).toBe(false);
  });

  it('refuses a weak passphrase with hints, creating nothing', async () => {
    const db = path.join(tempDir(), 'kim.db');
    const run = await kim(['init', '--db', db], { env: withPassphrase('passwort123') });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/zu leicht zu erraten/);
    expect(run.stderr).toMatch(/mindestens 12 sind nötig/);
    expect(fs.existsSync(db)).toBe(false);
  });

  it('refuses an existing store and leaves both files byte for byte as they were', async () => {
    const { db } = await initStore();
    const before = [sha256(db), sha256(`${db}.keys`)];
    const run = await kim(['init', '--db', db], { env: withPassphrase(OTHER_PASSPHRASE) });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Hier gibt es schon eine Fallakte. Sie wird nicht überschrieben.');
    expect(run.stderr).toContain(`Datei: ${db}`);
    expect([sha256(db), sha256(`${db}.keys`)]).toEqual(before);
  });

  it('refuses a foreign file at the path before asking for a passphrase', async () => {
    const db = path.join(tempDir(), 'kim.db');
    fs.writeFileSync(db, 'eine fremde Datei');
    const before = sha256(db);
    const run = await kim(['init', '--db', db], { answer: () => GOOD_PASSPHRASE });
    expect(run.code).toBe(1);
    expect(run.asked).toEqual([]);
    expect(sha256(db)).toBe(before);
    expect(fs.existsSync(`${db}.keys`)).toBe(false);
  });

  it('resolves a relative --db against the folder the command was typed in', async () => {
    const cwd = tempDir();
    const run = await kim(['init', '--db', 'akte/kim.db'], { env: withPassphrase(), cwd });
    expect(run.code, run.stderr).toBe(0);
    expect(fs.existsSync(path.join(cwd, 'akte', 'kim.db'))).toBe(true);
  });
});

describe('kim verify', () => {
  it('reports a healthy store with its schema version and SQLCipher 4', async () => {
    const { db } = await initStore({ confirm: true });
    const run = await kim(['verify', '--db', db], { env: withPassphrase() });
    expect(run.code, run.stderr).toBe(0);
    const known = knownMigrations(MIGRATIONS);
    expect(run.stdout).toContain('integrity_check): in Ordnung');
    expect(run.stdout).toContain(`Schema-Version: ${known.length} von ${known.length} Migrationen angewendet, neueste: ${known.at(-1)!.tag}`);
    expect(run.stdout).toContain('Verschlüsselung: SQLCipher 4');
    expect(run.stdout).toContain('Ergebnis: Die Fallakte ist in Ordnung.');
  });

  it('fails with exit code 1 and the German message on a wrong passphrase', async () => {
    const { db } = await initStore();
    const run = await kim(['verify', '--db', db], { env: withPassphrase(OTHER_PASSPHRASE) });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Die Passphrase ist nicht richtig.');
    expect(run.stdout + run.stderr).not.toContain(OTHER_PASSPHRASE);
  });

  it('says so when there is no store, before asking for anything', async () => {
    const db = path.join(tempDir(), 'kim.db');
    const run = await kim(['verify', '--db', db], { answer: () => GOOD_PASSPHRASE });
    expect(run.code).toBe(1);
    expect(run.asked).toEqual([]);
    expect(run.stderr).toContain('Es gibt noch keine Fallakte.');
    expect(fs.existsSync(db)).toBe(false);
  });

  it('reports a damaged page as not healthy (the full check finds what opening does not read)', async () => {
    const { db } = await initStore();
    // A page that opening does not read: the contacts table's (the schema's own pages are read,
    // and where they end depends on how many migrations there are).
    const key = (await kim(['data-key', '--db', db], { env: withPassphrase() })).stdout.trim();
    const sqlite = new Database(db, { fileMustExist: true, readonly: true });
    applyCipherKey(sqlite, Buffer.from(key, 'hex'));
    const page = sqlite.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'contacts'").pluck().get() as number;
    const pageSize = sqlite.pragma('page_size', { simple: true }) as number;
    sqlite.close();
    const bytes = fs.readFileSync(db);
    bytes[(page - 1) * pageSize + 100]! ^= 0xff; // the page's ciphertext: its HMAC no longer matches
    fs.writeFileSync(db, bytes);
    const run = await kim(['verify', '--db', db], { env: withPassphrase() });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/integrity_check\): (\d+ Problem|.*abbrach)|Die Prüfung brach ab/);
    expect(run.stdout).toContain('Ergebnis: Die Fallakte ist NICHT in Ordnung.');
  });
});

describe('kim change-passphrase', () => {
  it('makes the new passphrase the only one that works (environment)', async () => {
    const { db } = await initStore({ confirm: true });
    const run = await kim(['change-passphrase', '--db', db], { env: { ...withPassphrase(), KIM_NEW_PASSPHRASE: OTHER_PASSPHRASE } });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('Die Passphrase wurde geändert.');
    expect((await kim(['verify', '--db', db], { env: withPassphrase() })).code).toBe(1);
    expect((await kim(['verify', '--db', db], { env: withPassphrase(OTHER_PASSPHRASE) })).code).toBe(0);
  });

  it('asks for the current one once and the new one twice at a terminal', async () => {
    const { db } = await initStore({ confirm: true });
    const answers = [GOOD_PASSPHRASE, OTHER_PASSPHRASE, OTHER_PASSPHRASE];
    const run = await kim(['change-passphrase', '--db', db], { answer: () => answers.shift()! });
    expect(run.code, run.stderr).toBe(0);
    expect(run.asked).toEqual([
      { question: 'Bisherige Passphrase: ', hidden: true },
      { question: 'Neue Passphrase: ', hidden: true },
      { question: 'Neue Passphrase wiederholen: ', hidden: true },
    ]);
    expect((await kim(['verify', '--db', db], { env: withPassphrase(OTHER_PASSPHRASE) })).code).toBe(0);
  });

  it('reads the new passphrase from --new-passphrase-file and keeps the old one on a wrong current one', async () => {
    const { db } = await initStore({ confirm: true });
    const file = path.join(tempDir(), 'neu.txt');
    fs.writeFileSync(file, `${OTHER_PASSPHRASE}\n`, { mode: 0o600 });
    const wrong = await kim(['change-passphrase', '--db', db, '--new-passphrase-file', file], {
      env: withPassphrase('Falsche Passphrase Nummer 9'),
    });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('Die Passphrase ist nicht richtig.');
    expect((await kim(['verify', '--db', db], { env: withPassphrase() })).code).toBe(0);

    const run = await kim(['change-passphrase', '--db', db, '--new-passphrase-file', file], { env: withPassphrase() });
    expect(run.code, run.stderr).toBe(0);
    expect((await kim(['verify', '--db', db], { env: withPassphrase(OTHER_PASSPHRASE) })).code).toBe(0);
  });

  it('refuses the same passphrase again', async () => {
    const { db } = await initStore({ confirm: true });
    const run = await kim(['change-passphrase', '--db', db], { env: { ...withPassphrase(), KIM_NEW_PASSPHRASE: GOOD_PASSPHRASE } });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('muss sich von der bisherigen unterscheiden');
  });
});

describe('kim data-key', () => {
  async function auditedExports(db: string) {
    const services = testServices({ dbPath: db });
    await services.store.unlock({ passphrase: GOOD_PASSPHRASE });
    const entries = recentAudit(services.store.session().db, 50).filter((e) => e.action === 'data_key.exported');
    services.store.lock('manual');
    return entries;
  }

  it('prints only the 64-hex data key on stdout, which opens the file, and the export is audited', async () => {
    const { db } = await initStore({ confirm: true });
    const run = await kim(['data-key', '--db', db], { env: withPassphrase() });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^[0-9a-f]{64}\n$/);
    expect(run.stderr).toMatch(/IT Ihres Arbeitgebers/);

    const sqlite = new Database(db, { fileMustExist: true, readonly: true });
    try {
      applyCipherKey(sqlite, Buffer.from(run.stdout.trim(), 'hex'));
      expect(sqlite.pragma('quick_check', { simple: true })).toBe('ok');
    } finally {
      sqlite.close();
    }

    const entries = await auditedExports(db);
    expect(entries).toHaveLength(1);
    expect(entries[0]!.actor).toBe('Kommandozeile (testnutzer)');
  });

  it('works with the recovery key from KIM_RECOVERY_KEY or --recovery-key-file, leaving the passphrase as it is', async () => {
    const { db, recoveryKey } = await initStore({ confirm: true });
    const byEnv = await kim(['data-key', '--db', db], { env: { KIM_RECOVERY_KEY: recoveryKey.toLowerCase() } });
    expect(byEnv.code, byEnv.stderr).toBe(0);
    expect(byEnv.stdout).toMatch(/^[0-9a-f]{64}\n$/);

    const file = path.join(tempDir(), 'schluessel.txt');
    fs.writeFileSync(file, `${recoveryKey}\r\n`, { mode: 0o600 });
    const byFile = await kim(['data-key', '--db', db, '--recovery-key-file', file]);
    expect(byFile.stdout).toBe(byEnv.stdout);

    expect(await auditedExports(db)).toHaveLength(2); // also proves the passphrase still works
  });

  it('refuses a wrong recovery key with the German message', async () => {
    const { db } = await initStore({ confirm: true });
    const run = await kim(['data-key', '--db', db], { env: { KIM_RECOVERY_KEY: '0000-0000-0000-0000-0000-0000-0000-0000' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Der Wiederherstellungsschlüssel ist nicht richtig.');
  });
});

describe('where secrets come from', () => {
  it('never takes a passphrase as an argument, and does not repeat it', async () => {
    const db = path.join(tempDir(), 'kim.db');
    for (const argv of [
      ['init', '--db', db, '--passphrase', 'Geheim-Geheim-1234'],
      ['init', '--db', db, '--passphrase=Geheim-Geheim-1234'],
      ['change-passphrase', '--db', db, '--new-passphrase=Geheim-Geheim-1234'],
      ['data-key', '--db', db, '--recovery-key', 'Geheim-Geheim-1234'],
    ]) {
      const run = await kim(argv, { env: withPassphrase() });
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/aus Sicherheitsgründen nicht angenommen/);
      expect(run.stderr).toMatch(/Prozessliste/);
      expect(run.stdout + run.stderr).not.toContain('Geheim-Geheim-1234');
    }
    expect(fs.existsSync(db)).toBe(false);
  });

  it('reads the first line of --passphrase-file (for init and for unlocking)', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'kim.db');
    const file = path.join(dir, 'pass.txt');
    fs.writeFileSync(file, `${GOOD_PASSPHRASE}\nzweite Zeile wird nicht gelesen\n`, { mode: 0o600 });
    const init = await kim(['init', '--db', db, '--passphrase-file', file]);
    expect(init.code, init.stderr).toBe(0);
    expect(init.stderr).not.toMatch(/andere Benutzer lesen/);
    const verify = await kim(['verify', '--db', db, '--passphrase-file', file]);
    expect(verify.code, verify.stderr).toBe(0);
    // the environment comes first
    const both = await kim(['verify', '--db', db, '--passphrase-file', file], { env: withPassphrase(OTHER_PASSPHRASE) });
    expect(both.code).toBe(1);
  });

  it('reports a missing passphrase file in German', async () => {
    const { db } = await initStore();
    const run = await kim(['verify', '--db', db, '--passphrase-file', 'gibt-es-nicht.txt']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/kann nicht gelesen werden/);
  });

  it('explains what to do when there is no passphrase and no terminal to ask at', async () => {
    const { db } = await initStore();
    const run = await kim(['verify', '--db', db]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Bitte geben Sie die Passphrase an/);
    expect(run.stderr).toContain('KIM_PASSPHRASE');
    expect(run.stderr).toContain('--passphrase-file');
  });
});

describe('usage', () => {
  it('help lists the commands and options in German on stdout', async () => {
    const run = await kim(['help']);
    expect(run.code).toBe(0);
    for (const word of ['init', 'verify', 'change-passphrase', 'data-key', '--db', '--passphrase-file', 'KIM_PASSPHRASE', 'Befehle']) {
      expect(run.stdout).toContain(word);
    }
    expect(run.stdout).toContain('/home/niemand/.config/KIM Fallakte/kim.db');
    expect((await kim(['verify', '--help'])).code).toBe(0);
  });

  it('no command or an unknown one: the usage, exit code 2', async () => {
    const none = await kim([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Befehle:');
    const unknown = await kim(['sichern']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unbekannter Befehl „sichern“');
    expect(unknown.stderr).toContain('Befehle:');
  });

  it('unknown options, options of another command and missing values are usage errors', async () => {
    expect((await kim(['verify', '--dbx=a'])).stderr).toContain('Unbekannte Option --dbx');
    expect((await kim(['verify', '--name', 'Anna'])).stderr).toContain('Die Option --name gibt es nur bei: init.');
    const missing = await kim(['verify', '--db']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Die Option --db braucht einen Wert');
    expect((await kim(['verify', 'extra'])).code).toBe(2);
  });
});
