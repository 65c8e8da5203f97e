import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { opensWithKey } from '../../db/open';
import { GOOD_PASSPHRASE, tempDir } from '../fixtures/tempStore';
import { groupFrom, kim, recoveryKeysIn } from './helpers';

const withPassphrase = () => ({ KIM_PASSPHRASE: GOOD_PASSPHRASE });
const confirming = { answer: (question: string, _hidden: boolean, stdout: string) => groupFrom(stdout, question) };

/** True when the raw key (hex) decrypts the file. */
const opensWith = (db: string, hexKey: string) => opensWithKey(db, Buffer.from(hexKey, 'hex'));

describe('kim rekey', () => {
  it('data-key advises rekey; rekey makes the handed-out key useless and shows a new recovery key, confirmed', async () => {
    const db = path.join(tempDir(), 'kim.db');
    const init = await kim(['init', '--db', db, '--name', 'Anna Beispiel'], { env: withPassphrase(), ...confirming });
    expect(init.code, init.stderr).toBe(0);
    const [oldRecoveryKey] = recoveryKeysIn(init.stdout);

    const exported = await kim(['data-key', '--db', db], { env: withPassphrase() });
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stderr).toContain('npm run kim -- rekey');
    const oldKey = exported.stdout.trim();
    expect(opensWith(db, oldKey)).toBe(true);

    const run = await kim(['rekey', '--db', db], { env: withPassphrase(), ...confirming });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('Der Schlüssel der Fallakte ist erneuert');
    expect(run.stdout).toContain('der Wiederherstellungsschlüssel ist bestätigt');
    const [newRecoveryKey] = recoveryKeysIn(run.stdout);
    expect(newRecoveryKey).toBeDefined();
    expect(newRecoveryKey).not.toBe(oldRecoveryKey);
    expect(run.asked.map((a) => a.question)).toEqual([expect.stringMatching(/^Gruppe/), expect.stringMatching(/^Gruppe/)]);

    expect(opensWith(db, oldKey)).toBe(false);
    const byRecovery = await kim(['data-key', '--db', db], { env: { KIM_RECOVERY_KEY: newRecoveryKey! } });
    expect(byRecovery.code, byRecovery.stderr).toBe(0);
    expect(opensWith(db, byRecovery.stdout.trim())).toBe(true);
    const byOldRecovery = await kim(['data-key', '--db', db], { env: { KIM_RECOVERY_KEY: oldRecoveryKey! } });
    expect(byOldRecovery.code).toBe(1);
  });

  it('refuses a wrong passphrase without changing anything', async () => {
    const db = path.join(tempDir(), 'kim.db');
    expect((await kim(['init', '--db', db], { env: withPassphrase() })).code).toBe(0);
    const key = (await kim(['data-key', '--db', db], { env: withPassphrase() })).stdout.trim();
    const run = await kim(['rekey', '--db', db], { env: { KIM_PASSPHRASE: 'Falsche Passphrase 123' } });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Passphrase ist nicht richtig');
    expect(opensWith(db, key)).toBe(true);
  });
});
