import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GOOD_PASSPHRASE, OTHER_PASSPHRASE, tempDir } from '../fixtures/tempStore';
import { kim, recoveryKeysIn } from './helpers';

const withPassphrase = (passphrase = GOOD_PASSPHRASE) => ({ KIM_PASSPHRASE: passphrase });

async function storeWithDemoData() {
  const db = path.join(tempDir(), 'kim.db');
  const init = await kim(['init', '--db', db, '--name', 'Anna Beispiel'], { env: withPassphrase() });
  expect(init.code, init.stderr).toBe(0);
  const seed = await kim(['seed', '--db', db, '--cases', '5'], { env: withPassphrase() });
  expect(seed.code, seed.stderr).toBe(0);
  return { db, recoveryKey: recoveryKeysIn(init.stdout)[0]! };
}

describe('kim backup / restore', () => {
  it('backs up, restores into a new path with the passphrase, and the restored store passes verify', { timeout: 30_000 }, async () => {
    const { db } = await storeWithDemoData();
    const cwd = tempDir();
    const backup = await kim(['backup', '--db', db, '--out', 'sicherung.kimsich'], { env: withPassphrase(), cwd });
    expect(backup.code, backup.stderr).toBe(0);
    expect(backup.stdout).toContain(`Die Sicherung ist geschrieben: ${path.join(cwd, 'sicherung.kimsich')}`);
    expect(backup.stdout).toMatch(/Größe: [\d,]+ (KB|MB)/);
    const head = /Stand des Protokolls in der Sicherung: Eintrag (\d+), Prüfwert ([0-9a-f]{64})/.exec(backup.stdout);
    expect(head).not.toBeNull();

    const target = path.join(tempDir(), 'neues-geraet', 'neu.db'); // a folder that does not exist yet
    const restore = await kim(['restore', path.join(cwd, 'sicherung.kimsich'), '--db', target], { env: withPassphrase() });
    expect(restore.code, restore.stderr).toBe(0);
    expect(restore.stdout).toMatch(/wiederhergestellt \(Stand: \d\d\.\d\d\.\d{4}\)/);
    // the restore names the same head, read from the snapshot itself
    expect(restore.stdout).toContain(`Eintrag ${head![1]}, Prüfwert ${head![2]}`);
    const verify = await kim(['verify', '--db', target], { env: withPassphrase() });
    expect(verify.code, verify.stdout + verify.stderr).toBe(0);
    expect(verify.stdout).toContain('Die Fallakte ist in Ordnung.');
  });

  it('restores with the recovery key and a new passphrase', { timeout: 30_000 }, async () => {
    const { db, recoveryKey } = await storeWithDemoData();
    const file = path.join(tempDir(), 's.kimsich');
    expect((await kim(['backup', '--db', db, '--out', file], { env: withPassphrase() })).code).toBe(0);
    const target = path.join(tempDir(), 'neu.db');
    const restore = await kim(['restore', file, '--db', target], { env: { KIM_RECOVERY_KEY: recoveryKey, KIM_NEW_PASSPHRASE: OTHER_PASSPHRASE } });
    expect(restore.code, restore.stderr).toBe(0);
    expect(restore.stdout).toContain('neuen Passphrase');
    expect((await kim(['verify', '--db', target], { env: withPassphrase(OTHER_PASSPHRASE) })).code).toBe(0);
    expect((await kim(['verify', '--db', target], { env: withPassphrase() })).code).toBe(1);
  });

  it('refuses to overwrite a store, a wrong passphrase and a damaged file, in German, and leaves nothing behind', { timeout: 30_000 }, async () => {
    const { db } = await storeWithDemoData();
    const file = path.join(tempDir(), 's.kimsich');
    expect((await kim(['backup', '--db', db, '--out', file], { env: withPassphrase() })).code).toBe(0);

    const onto = await kim(['restore', file, '--db', db], { env: withPassphrase() });
    expect(onto.code).toBe(1);
    expect(onto.stderr).toContain('Hier gibt es schon eine Fallakte. Sie wird nicht überschrieben.');

    const folder = tempDir();
    const target = path.join(folder, 'neu.db');
    const wrong = await kim(['restore', file, '--db', target], { env: withPassphrase(OTHER_PASSPHRASE) });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('Die Passphrase passt nicht zu dieser Sicherung.');

    const bytes = fs.readFileSync(file);
    bytes[bytes.length - 100]! ^= 0xff;
    fs.writeFileSync(file, bytes);
    const damaged = await kim(['restore', file, '--db', target], { env: withPassphrase() });
    expect(damaged.code).toBe(1);
    expect(damaged.stderr).toContain('Die Sicherungsdatei ist beschädigt oder unvollständig.');
    expect(fs.readdirSync(folder)).toEqual([]);

    const missingOut = await kim(['backup', '--db', db], { env: withPassphrase() });
    expect(missingOut.code).toBe(2);
    expect(missingOut.stderr).toContain('--out DATEI');
  });
});
