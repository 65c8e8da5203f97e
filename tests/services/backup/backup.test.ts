import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KimError } from '../../../electron/contract/errors';
import { HEADER_SIZE } from '../../../electron/services/backup/format';
import { setupDbPath } from '../../../electron/services/store/setupFiles';
import { integrityCheck } from '../../../db/open';
import { GOOD_PASSPHRASE, OTHER_PASSPHRASE, tempDir, testServices } from '../../fixtures/tempStore';
import { canonicalDump, NOW, rows, seededStore } from '../seed/helpers';

const at = () => NOW;

/** Stores a test left unlocked are locked before their folders go (deferred work must not find them gone). */
const open: { store: { lock: (reason: 'manual') => void } }[] = [];
afterEach(() => {
  for (const services of open.splice(0)) services.store.lock('manual');
});

/** The audit log (and its hash chain) gain the restore's own entries: compared as a prefix. */
const APPEND_ONLY = new Set(['audit_log', 'audit_chain']);

/** The dump split into tables; the audit log is compared as a prefix (the restore adds its own entries). */
function tablesOf(dump: string): Map<string, string[]> {
  const tables = new Map<string, string[]>();
  let current: string[] = [];
  for (const line of dump.split('\n')) {
    if (line.startsWith('## ')) tables.set(line.slice(3), (current = []));
    else current.push(line);
  }
  return tables;
}

async function seededWithBackup() {
  const source = await seededStore({ cases: 12, seed: 7 });
  open.push(source);
  const before = canonicalDump(source.sqlite);
  const file = path.join(tempDir(), 'sicherung.kimsich');
  const result = source.backup.create({ file });
  return { source, before, file, result };
}

async function failure(promise: Promise<unknown>): Promise<KimError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof KimError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

function expectSameContent(restoredDump: string, before: string, changed: string[] = []): void {
  const restored = tablesOf(restoredDump);
  const original = tablesOf(before);
  expect([...restored.keys()]).toEqual([...original.keys()]);
  let compared = 0;
  for (const [table, lines] of original) {
    if (changed.includes(table)) continue;
    if (APPEND_ONLY.has(table)) {
      expect(restored.get(table)!.slice(0, lines.length)).toEqual(lines);
    } else {
      expect(restored.get(table), table).toEqual(lines);
    }
    compared += lines.length;
  }
  expect(compared).toBeGreaterThan(100); // a store with content, not two empty ones
}

describe('Sicherung', () => {
  it('backup → restore with the passphrase gives the same content in every table, and the store passes the integrity check', { timeout: 30_000 }, async () => {
    const { before, file, result } = await seededWithBackup();
    expect(result.bytes).toBe(fs.statSync(file).size);

    const target = testServices({ dbPath: path.join(tempDir(), 'neu', 'kim.db'), now: at });
    fs.mkdirSync(path.dirname(target.store.dbPath));
    await target.backup.restore({ file, passphrase: GOOD_PASSPHRASE });
    open.push(target);
    const { sqlite } = target.store.session();
    expectSameContent(canonicalDump(sqlite), before);
    expect(integrityCheck(sqlite)).toEqual(['ok']);
    expect(rows(sqlite, "SELECT action FROM audit_log WHERE action = 'store.restored_from_backup'")).toHaveLength(1);
    expect(fs.existsSync(setupDbPath(target.store.dbPath))).toBe(false);
    expect(fs.statSync(target.store.dbPath).mode & 0o777).toBe(0o600);

    // the restored store is an ordinary store: lock and unlock again
    target.store.lock('manual');
    await target.store.unlock({ passphrase: GOOD_PASSPHRASE });
    target.store.lock('manual');
  });

  it('records the time of the backup and an audit entry; the reminder is due only after the set number of days', { timeout: 30_000 }, async () => {
    let now = NOW;
    const source = await seededStore({ cases: 2, seed: 1 });
    open.push(source);
    const services = testServices({ dbPath: source.dbPath, now: () => now });
    source.store.lock('manual');
    await services.store.unlock({ passphrase: GOOD_PASSPHRASE });
    expect(services.backup.status()).toEqual({ lastBackupAt: null, reminderDays: 7, due: true });
    services.backup.create({ file: path.join(tempDir(), 'a.kimsich') });
    expect(services.backup.status()).toEqual({ lastBackupAt: NOW.toISOString(), reminderDays: 7, due: false });
    now = new Date(NOW.getTime() + 8 * 86_400_000);
    expect(services.backup.status().due).toBe(true);
    expect(services.backup.setReminderDays({ days: 10 }).due).toBe(false);
    const actions = rows<{ action: string }>(services.store.session().sqlite, 'SELECT action FROM audit_log').map((r) => r.action);
    expect(actions).toContain('backup.created');
    services.store.lock('manual');
  });

  it('a backup opens with the recovery key; restoring with it sets a new passphrase and the old one no longer opens the restored store', {
    timeout: 30_000,
  }, async () => {
    const { source, before, file } = await seededWithBackup();
    const check = await source.backup.verify({ file, secret: { recoveryKey: source.recoveryKey } });
    expect(check.bytes).toBe(fs.statSync(file).size);

    const target = testServices({ dbPath: path.join(tempDir(), 'kim.db'), now: at });
    await target.backup.restore({ file, recoveryKey: source.recoveryKey, newPassphrase: OTHER_PASSPHRASE });
    // the new passphrase's wrap is recorded (the old one retired); everything else is the same
    expectSameContent(canonicalDump(target.store.session().sqlite), before, ['key_wraps']);
    target.store.lock('manual');
    expect((await failure(target.store.unlock({ passphrase: GOOD_PASSPHRASE }))).code).toBe('WRONG_PASSPHRASE');
    const again = testServices({ dbPath: target.store.dbPath, now: at }); // a fresh process: no unlock throttle
    await again.store.unlock({ passphrase: OTHER_PASSPHRASE });
    again.store.lock('manual');
  });

  it('refuses a wrong passphrase and a wrong recovery key with a clear German message, and creates nothing', { timeout: 30_000 }, async () => {
    const { source, file } = await seededWithBackup();
    const wrong = await failure(source.backup.verify({ file, secret: { passphrase: OTHER_PASSPHRASE } }));
    expect(wrong.code).toBe('BACKUP_WRONG_PASSPHRASE');
    expect(wrong.message).toMatch(/Passphrase passt nicht zu dieser Sicherung/);

    const dbPath = path.join(tempDir(), 'kim.db');
    const target = testServices({ dbPath, now: at });
    expect((await failure(target.backup.restore({ file, passphrase: OTHER_PASSPHRASE }))).code).toBe('BACKUP_WRONG_PASSPHRASE');
    const otherKey = source.recoveryKey.replace(/[0-9A-Z](?=[^0-9A-Z]*$)/, (c) => (c === 'A' ? 'B' : 'A'));
    const refused = await failure(target.backup.restore({ file, recoveryKey: otherKey, newPassphrase: OTHER_PASSPHRASE }));
    expect(['BACKUP_WRONG_RECOVERY_KEY']).toContain(refused.code);
    expect(fs.readdirSync(path.dirname(dbPath))).toEqual([]);
    expect(target.store.status().state).toBe('new');
  });

  it('refuses a damaged backup (a flipped byte anywhere, cut short, not a backup) before trying the secret', { timeout: 30_000 }, async () => {
    const { source, file, result } = await seededWithBackup();
    const original = fs.readFileSync(file);
    const keysLength = original.readUInt32BE(12);
    const damaged = (name: string, bytes: Buffer) => {
      const copy = path.join(path.dirname(file), name);
      fs.writeFileSync(copy, bytes);
      return copy;
    };
    const flip = (offset: number) => {
      const copy = Buffer.from(original);
      copy[offset]! ^= 0x01;
      return copy;
    };
    const cases: [string, Buffer, string][] = [
      ['snapshot-mitte', flip(HEADER_SIZE + keysLength + Math.floor((result.bytes - HEADER_SIZE - keysLength) / 2)), 'BACKUP_DAMAGED'],
      ['snapshot-ende', flip(result.bytes - 1), 'BACKUP_DAMAGED'],
      ['schluessel', flip(HEADER_SIZE + 40), 'BACKUP_DAMAGED'],
      ['pruefsumme', flip(30), 'BACKUP_DAMAGED'],
      ['laenge', flip(23), 'BACKUP_DAMAGED'],
      ['gekuerzt', original.subarray(0, original.length - 4096), 'BACKUP_DAMAGED'],
      ['nur-kopf', original.subarray(0, 40), 'BACKUP_DAMAGED'],
      ['leer', Buffer.alloc(0), 'BACKUP_NOT_A_BACKUP'],
      ['fremd', Buffer.from('SQLite format 3\0 und so weiter, eine ganz andere Datei'), 'BACKUP_NOT_A_BACKUP'],
    ];
    for (const [name, bytes, code] of cases) {
      const copy = damaged(name, bytes);
      // the right passphrase: the refusal must come from the damage, not from the secret
      const verified = await failure(source.backup.verify({ file: copy, secret: { passphrase: GOOD_PASSPHRASE } }));
      expect(verified.code, name).toBe(code);
      const dbPath = path.join(tempDir(), 'kim.db');
      const restored = await failure(testServices({ dbPath, now: at }).backup.restore({ file: copy, passphrase: GOOD_PASSPHRASE }));
      expect(restored.code, name).toBe(code);
      expect(fs.readdirSync(path.dirname(dbPath)), name).toEqual([]);
    }
    expect(new KimError('BACKUP_DAMAGED').message).toMatch(/beschädigt oder unvollständig/);
    // the untouched file still verifies
    await source.backup.verify({ file, secret: { passphrase: GOOD_PASSPHRASE } });
  });

  it('never overwrites an existing store', { timeout: 30_000 }, async () => {
    const { source, file } = await seededWithBackup();
    const error = await failure(testServices({ dbPath: source.dbPath, now: at }).backup.restore({ file, passphrase: GOOD_PASSPHRASE }));
    expect(error.code).toBe('STORE_EXISTS');
  });

  it('holds no plaintext: no seeded name, address or birth date is in the backup file, and no temporary file is left', { timeout: 30_000 }, async () => {
    const { source, file } = await seededWithBackup();
    // Whole names, addresses and birth dates (at least 6 bytes: a 3-letter name like 'Ali' turns up
    // in megabytes of ciphertext by chance, 6 bytes practically never).
    const needles = [
      ...rows<{ text: string }>(source.sqlite, "SELECT given_names || ' ' || family_name AS text FROM person_names"),
      ...rows<{ text: string }>(source.sqlite, 'SELECT birth_date AS text FROM persons WHERE birth_date IS NOT NULL'),
      ...rows<{ text: string }>(source.sqlite, 'SELECT address AS text FROM persons WHERE address IS NOT NULL'),
    ]
      .map((row) => row.text)
      .filter((text) => Buffer.byteLength(text) >= 6);
    expect(needles.length).toBeGreaterThan(20);
    const bytes = fs.readFileSync(file);
    for (const needle of needles) expect(bytes.includes(Buffer.from(needle)), needle).toBe(false);
    // schema text too (CREATE TABLE …): the snapshot's pages are all encrypted, page 1 included
    expect(bytes.includes(Buffer.from('CREATE TABLE'))).toBe(false);
    expect(bytes.includes(Buffer.from('SQLite format 3'))).toBe(false);
    expect(fs.readdirSync(path.dirname(file))).toEqual([path.basename(file)]);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  });
});
