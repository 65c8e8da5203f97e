/**
 * Where the store is when no --db is given: the folder the app itself uses (set by
 * KIM_DATA_DIR or the machine-wide configuration file, else the user's data folder).
 */
import os from 'node:os';
import { type DataDirFiles, dbPathIn, nodeDataDirFiles, resolveDataDir } from '../services/dataDir';
import { CliError, type CliIo } from './io';

/** Throws the German problem when a setting is bad: the CLI must not open another store instead. */
export function defaultDbFor(io: CliIo, files: DataDirFiles = nodeDataDirFiles): string {
  const platform = io.platform ?? process.platform;
  // The app's --data-dir switch is not read here: the command line has its own --db.
  const resolution = resolveDataDir({ platform, env: io.env, home: io.home ?? os.homedir(), argv: [], ...files });
  if (!resolution.ok) throw new CliError(resolution.problem);
  return dbPathIn(platform, resolution.location);
}

/** For the help text, which must show even when a setting is bad: the path, or the problem. */
export function defaultDbForUsage(io: CliIo, files: DataDirFiles = nodeDataDirFiles): string {
  try {
    return defaultDbFor(io, files);
  } catch (error) {
    if (error instanceof CliError) return `keiner – ${error.message}`;
    throw error;
  }
}
