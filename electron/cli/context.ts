/** What every command gets: the parsed options, the resolved store path and the services. */
import os from 'node:os';
import path from 'node:path';
import { createServices, type Services } from '../services';
import { defaultDbFor } from './defaultDb';
import type { Options } from './args';
import type { CliIo } from './io';

/** db/migrations of this checkout; the command line runs from the repository (tsx). */
export const MIGRATIONS_FOLDER = path.resolve(import.meta.dirname, '..', '..', 'db', 'migrations');

export interface CommandContext {
  io: CliIo;
  options: Options;
  cwd: string;
  dbPath: string;
  osUserName: string;
  migrationsFolder: string;
  createServices(): Services;
}

export function commandContext(io: CliIo, options: Options): CommandContext {
  // npm runs scripts in the package folder; INIT_CWD is where the user typed the command.
  const cwd = io.cwd ?? io.env.INIT_CWD ?? process.cwd();
  const dbPath = options.db !== undefined ? path.resolve(cwd, options.db) : defaultDbFor(io);
  const osUserName = io.osUserName ?? systemUserName(io.env);
  const migrationsFolder = io.services?.migrationsFolder ?? MIGRATIONS_FOLDER;
  return {
    io,
    options,
    cwd,
    dbPath,
    osUserName,
    migrationsFolder,
    createServices: () =>
      createServices({
        dbPath,
        migrationsFolder,
        actor: () => `Kommandozeile (${osUserName})`,
        ...(io.services?.kdfCost ? { kdfCost: io.services.kdfCost } : {}),
        ...(io.services?.now ? { now: io.services.now } : {}),
      }),
  };
}

function systemUserName(env: Record<string, string | undefined>): string {
  try {
    return os.userInfo().username;
  } catch {
    return env.USER ?? env.USERNAME ?? 'unbekannt';
  }
}
