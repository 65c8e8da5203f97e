/**
 * Where the app keeps its store, computed without Electron so the command line finds the same
 * file: Electron's `app.getPath('userData')` is the platform's application-data folder plus the
 * app's name (package.json `productName`, "KIM Fallakte"), and the app stores `kim.db` there.
 */
import path from 'node:path';

export const APP_NAME = 'KIM Fallakte';
export const DB_FILE_NAME = 'kim.db';

export interface DataDirInput {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  /** The user's home folder (os.homedir()). */
  home: string;
}

/** The application-data folder Electron uses as `appData` on this platform. */
export function appDataDir({ platform, env, home }: DataDirInput): string {
  switch (platform) {
    case 'win32':
      return nonEmpty(env.APPDATA) ?? path.win32.join(home, 'AppData', 'Roaming');
    case 'darwin':
      return path.posix.join(home, 'Library', 'Application Support');
    default:
      return nonEmpty(env.XDG_CONFIG_HOME) ?? path.posix.join(home, '.config');
  }
}

/** The folder of the app's data, as `app.getPath('userData')` gives it. */
export function userDataDir(input: DataDirInput): string {
  return pathFor(input.platform).join(appDataDir(input), APP_NAME);
}

/** The store the app opens by default. */
export function defaultDbPath(input: DataDirInput): string {
  return pathFor(input.platform).join(userDataDir(input), DB_FILE_NAME);
}

const pathFor = (platform: NodeJS.Platform) => (platform === 'win32' ? path.win32 : path.posix);

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}
