/** Where the store is when no --db is given: the app's own data folder for this user. */
import os from 'node:os';
import { defaultDbPath } from '../services/dataDir';
import type { CliIo } from './io';

export function defaultDbFor(io: CliIo): string {
  return defaultDbPath({ platform: io.platform ?? process.platform, env: io.env, home: io.home ?? os.homedir() });
}
