/** What a command needs from the outside world; injected so the tests run the CLI in-process. */
import type { StoreServiceOptions } from '../services/store/storeService';

/** Asks one question; `hidden` input is not echoed. Only given when a person is at a terminal. */
export type Prompt = (question: string, options: { hidden: boolean }) => Promise<string>;

export interface CliIo {
  env: Record<string, string | undefined>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Absent when nobody can answer (stdin is not a terminal). */
  prompt?: Prompt | undefined;
  /** Relative paths are resolved against this (default: INIT_CWD from npm, else process.cwd()). */
  cwd?: string;
  platform?: NodeJS.Platform;
  home?: string;
  /** The operating-system user (default: os.userInfo().username). */
  osUserName?: string;
  /** Passed to the services; tests use a cheap KDF. */
  services?: Partial<Pick<StoreServiceOptions, 'kdfCost' | 'now' | 'migrationsFolder'>>;
}

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;
export const EXIT_CANCELLED = 130;

/** A failure the command line reports itself, in German, with its exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT_FAILURE,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export const usageError = (message: string) => new CliError(message, EXIT_USAGE);
