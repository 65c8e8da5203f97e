/** Runs the command line in-process, with the cheap KDF and captured output. */
import fs from 'node:fs';
import { createHash } from 'node:crypto';
import { runCli } from '../../electron/cli/run';
import Database from 'better-sqlite3';
import { applyCipherKey } from '../../db/open';
import { GOOD_PASSPHRASE, MIGRATIONS, runningClock, TEST_KDF_COST, tempDir } from '../fixtures/tempStore';

/** Answers one prompt; `stdout` is what was printed so far (to copy groups of a recovery key). */
export type Answering = (question: string, hidden: boolean, stdout: string) => string;

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
  /** The prompts asked, in order, with whether the input was hidden. */
  asked: { question: string; hidden: boolean }[];
}

export async function kim(argv: string[], options: { env?: Record<string, string>; answer?: Answering; cwd?: string } = {}): Promise<Run> {
  const run: Run = { code: -1, stdout: '', stderr: '', asked: [] };
  const answer = options.answer;
  run.code = await runCli(argv, {
    env: options.env ?? {},
    stdout: (text) => void (run.stdout += text),
    stderr: (text) => void (run.stderr += text),
    prompt: answer
      ? async (question, { hidden }) => {
          run.asked.push({ question, hidden });
          return answer(question, hidden, run.stdout);
        }
      : undefined,
    cwd: options.cwd ?? tempDir(),
    platform: 'linux',
    home: '/home/niemand',
    osUserName: 'testnutzer',
    services: { kdfCost: async () => TEST_KDF_COST, migrationsFolder: MIGRATIONS, now: runningClock() },
  });
  return run;
}

/** The passphrase the CLI tests' stores are made with, as the environment hands it over. */
export const passphraseEnv = { KIM_PASSPHRASE: GOOD_PASSPHRASE };

/** Reads the store with the data key the `data-key` command hands out (as the IT would). */
export async function query<T>(db: string, sql: string): Promise<T[]> {
  const key = await kim(['data-key', '--db', db], { env: passphraseEnv });
  const sqlite = new Database(db, { readonly: true });
  try {
    applyCipherKey(sqlite, Buffer.from(key.stdout.match(/[0-9a-f]{64}/)![0], 'hex'));
    return sqlite.prepare(sql).all() as T[];
  } finally {
    sqlite.close();
  }
}

/** Crockford base32, 8 groups of 4. */
export const RECOVERY_KEY = /\b(?:[0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}\b/g;

export function recoveryKeysIn(text: string): string[] {
  return text.match(RECOVERY_KEY) ?? [];
}

/** A prompt that answers "Gruppe N" with that group of the last recovery key printed. */
export function groupFrom(stdout: string, question: string): string {
  const n = Number(/Gruppe (\d)/.exec(question)?.[1]);
  const key = recoveryKeysIn(stdout).at(-1);
  if (!key || !n) throw new Error(`unexpected prompt: ${question}`);
  return key.split('-')[n - 1]!;
}

export const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');
