import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { errorMessages, KimError } from '../../../electron/contract/errors';
import { createdStore, GOOD_PASSPHRASE, tempDir, testServices } from '../../fixtures/tempStore';
import { kim, sha256 } from '../../cli/helpers';
import { codeOf } from '../../fixtures/kimError';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The key file with one bit of the passphrase wrap's ciphertext flipped; still valid JSON and base64. */
function flipOneBit(keyfile: string): void {
  const raw = fs.readFileSync(keyfile, 'utf8');
  const wrap = (JSON.parse(raw) as { wraps: { kind: string; ciphertext: string }[] }).wraps.find((w) => w.kind === 'passphrase')!;
  const at = 10; // well inside the ciphertext, away from the padding
  const flipped = BASE64[BASE64.indexOf(wrap.ciphertext[at]!) ^ 1]!; // 'A'↔'B', 'C'↔'D', …: one bit of the decoded bytes
  const ciphertext = `${wrap.ciphertext.slice(0, at)}${flipped}${wrap.ciphertext.slice(at + 1)}`;
  fs.writeFileSync(keyfile, raw.replace(wrap.ciphertext, ciphertext));
}

describe('a key file with one flipped bit', () => {
  it('is reported as a damaged key file, not as a wrong passphrase, and adds no unlock delay', async () => {
    const now = () => new Date('2026-11-21T09:00:00Z'); // the clock stands still: any delay would refuse the next attempt
    const { store, dbPath } = await createdStore({ now });
    store.lock('manual');
    const intact = fs.readFileSync(store.keyfile);
    flipOneBit(store.keyfile);
    expect(JSON.parse(fs.readFileSync(store.keyfile, 'utf8')).format).toBe('kim-fallakte-keys');

    const services = testServices({ dbPath, now });
    expect(await codeOf(services.store.unlock({ passphrase: GOOD_PASSPHRASE }))).toBe('KEYFILE_DAMAGED');
    expect(await codeOf(services.store.unlock({ passphrase: 'falsch-falsch-falsch' }))).toBe('KEYFILE_DAMAGED');
    expect(await codeOf(services.store.unlock({ passphrase: GOOD_PASSPHRASE }))).toBe('KEYFILE_DAMAGED');

    fs.writeFileSync(store.keyfile, intact); // the backup of the key file
    expect((await services.store.unlock({ passphrase: GOOD_PASSPHRASE })).state).toBe('unlocked');
    services.store.lock('manual');
  });

  it('every key file written carries the checksum; one written before it is still read', async () => {
    const { store, dbPath } = await createdStore();
    store.lock('manual');
    const content = JSON.parse(fs.readFileSync(store.keyfile, 'utf8')) as Record<string, unknown>;
    expect(content.checksum).toMatch(/^sha256:[0-9a-f]{64}$/);
    delete content.checksum;
    fs.writeFileSync(store.keyfile, JSON.stringify(content, null, 2));
    const services = testServices({ dbPath });
    expect((await services.store.unlock({ passphrase: GOOD_PASSPHRASE })).state).toBe('unlocked');
    services.store.lock('manual');
  });
});

describe('a folder given as the database', () => {
  it('gets its own message from the service and the command line, and nothing is created in it', async () => {
    const folder = tempDir();
    expect(() => testServices({ dbPath: folder }).store.status()).toThrow(errorMessages.DB_IS_DIRECTORY);
    for (const argv of [
      ['verify', '--db', folder],
      ['init', '--db', folder],
      ['data-key', '--db', folder],
    ]) {
      const run = await kim(argv, { env: { KIM_PASSPHRASE: GOOD_PASSPHRASE } });
      expect(run.code, argv[0]).toBe(1);
      expect(run.stderr, argv[0]).toContain(errorMessages.DB_IS_DIRECTORY);
      expect(run.stderr, argv[0]).not.toContain(errorMessages.KEYFILE_DAMAGED);
    }
    expect(fs.readdirSync(folder)).toEqual([]);
  });
});

describe('a read-only store', () => {
  /** As root every file is writable: the unlock then runs as the unprivileged user "nobody". */
  const asRoot = process.getuid?.() === 0;
  const NOBODY = 65534;

  function unlockCode(dbPath: string): string {
    const child = spawnSync(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'readOnlyChild.ts'), dbPath], {
      encoding: 'utf8',
      timeout: 60_000,
      ...(asRoot ? { uid: NOBODY, gid: NOBODY, env: { ...process.env, HOME: '/tmp' } } : {}),
    });
    expect(child.status, child.stderr).toBe(0);
    return child.stdout;
  }

  async function storeFor(owner: 'files' | 'files-and-folder') {
    const { store, dbPath } = await createdStore();
    store.lock('manual');
    const dir = path.dirname(dbPath);
    if (asRoot) {
      fs.chmodSync(dir, 0o755);
      for (const f of [dbPath, store.keyfile]) fs.chownSync(f, NOBODY, NOBODY);
      if (owner === 'files-and-folder') fs.chownSync(dir, NOBODY, NOBODY);
    }
    return { dbPath, dir, keyfile: store.keyfile };
  }

  it('a database file without write permission is reported as read-only, not damaged, and left as it was', async () => {
    const { dbPath, dir, keyfile } = await storeFor('files-and-folder');
    fs.chmodSync(dbPath, 0o400);
    const before = [sha256(dbPath), sha256(keyfile)];
    expect(unlockCode(dbPath)).toBe('STORE_READ_ONLY');
    expect([sha256(dbPath), sha256(keyfile)]).toEqual(before);
    expect(fs.readdirSync(dir).sort()).toEqual(['kim.db', 'kim.db.keys']);
  }, 60_000);

  it('a folder without write permission is reported as read-only, not damaged', async () => {
    const { dbPath, dir } = await storeFor('files');
    if (!asRoot) fs.chmodSync(dir, 0o555);
    try {
      expect(unlockCode(dbPath)).toBe('STORE_READ_ONLY');
      expect(fs.readdirSync(dir).sort()).toEqual(['kim.db', 'kim.db.keys']);
    } finally {
      fs.chmodSync(dir, 0o755); // so the test's clean-up can remove it
    }
    expect(new KimError('STORE_READ_ONLY').message).toMatch(/schreibgeschützt.*nicht beschädigt/);
  }, 60_000);
});
