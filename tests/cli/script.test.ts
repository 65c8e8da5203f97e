/**
 * The real command, as a person types it: `npm run kim -- …` in the repository, through tsx and
 * the project's Node, with the calibrated KDF (so this one takes a few seconds).
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { GOOD_PASSPHRASE, tempDir } from '../fixtures/tempStore';
import { recoveryKeysIn } from './helpers';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const run = promisify(execFile);

function npmKim(args: string[]) {
  return run('npm', ['run', 'kim', '--', ...args], {
    cwd: ROOT,
    timeout: 50_000,
    env: {
      ...process.env,
      KIM_PASSPHRASE: GOOD_PASSPHRASE,
      PATH: `${path.join(ROOT, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH ?? ''}`,
    },
  });
}

describe('npm run kim', () => {
  it('init then verify, with the passphrase from the environment', { timeout: 60_000 }, async () => {
    const db = path.join(tempDir(), 'kim.db');
    const init = await npmKim(['init', '--db', db]);
    expect(fs.existsSync(db)).toBe(true);
    expect(fs.existsSync(`${db}.keys`)).toBe(true);
    expect(recoveryKeysIn(init.stdout)).toHaveLength(1);

    const verify = await npmKim(['verify', '--db', db]);
    expect(verify.stdout).toContain('Verschlüsselung: SQLCipher 4');
    expect(verify.stdout).toContain('Ergebnis: Die Fallakte ist in Ordnung.');
    expect(init.stdout + init.stderr + verify.stdout + verify.stderr).not.toContain(GOOD_PASSPHRASE);
  });
});
