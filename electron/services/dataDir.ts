/**
 * Where the app keeps its store, computed without Electron so the command line finds the same
 * file. IT can set the folder by policy: a command-line switch, an environment variable or a
 * machine-wide configuration file, in that order; otherwise the platform's per-user folder.
 * A bad setting is reported, never skipped: a store silently opened somewhere else would look
 * like lost data (or split one person's cases over two files).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DataDirSource } from '../contract';

export type { DataDirSource };

export const APP_NAME = 'KIM Fallakte';
export const DB_FILE_NAME = 'kim.db';
export const DATA_DIR_SWITCH = '--data-dir';
export const DATA_DIR_ENV = 'KIM_DATA_DIR';
export const MACHINE_CONFIG_FILE = 'config.json';
/**
 * The one placeholder a folder set by policy may hold, on every platform: the signed-in user's
 * name, so one machine-wide setting gives each user of a shared computer a folder of their own
 * (e.g. `D:\KIM\%USERNAME%`). Windows' own spelling, so a shortcut or a system variable that
 * Windows expands itself gives the same folder. Any case (`%username%`) is accepted, as Windows does.
 */
export const USER_PLACEHOLDER = '%USERNAME%';
const HAS_USER_PLACEHOLDER = /%USERNAME%/i;
const USER_PLACEHOLDER_ANY_CASE = /%USERNAME%/gi;

export interface DataDirInput {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  /** The user's home folder (os.homedir()). */
  home: string;
}

export interface DataLocation {
  source: DataDirSource;
  folder: string;
}

export type DataDirResolution = { ok: true; location: DataLocation } | { ok: false; source: DataDirSource; problem: string };

/** The file system as the resolution needs it; injected so the tests decide what exists. */
export interface DataDirFiles {
  /** The file's text; throws (code ENOENT when it does not exist) like fs.readFileSync. */
  readFile: (file: string) => string;
  exists: (file: string) => boolean;
}

export interface ResolveDataDirInput extends DataDirInput, DataDirFiles {
  /** The program's arguments (process.argv); the command line passes none. */
  argv: readonly string[];
  /**
   * The OS user's name for %USERNAME% (os.userInfo().username unless given); asked only when a
   * setting holds the placeholder. May throw (no such user): the setting is then refused.
   */
  userName?: () => string;
}

export const nodeDataDirFiles: DataDirFiles = {
  readFile: (file) => fs.readFileSync(file, 'utf8'),
  exists: (file) => fs.existsSync(file),
};

/** The resolution for this process (the app's main process), its folder made ready. */
export function dataDirForProcess(): DataDirResolution {
  const resolution = resolveDataDir({ platform: process.platform, env: process.env, home: os.homedir(), argv: process.argv, ...nodeDataDirFiles });
  return resolution.ok ? prepareFolder(process.platform, resolution.location, nodeFolderOps) : resolution;
}

export interface FolderOps {
  exists: (folder: string) => boolean;
  /** Creates one folder (its parents must exist), or with `recursive` all missing ones. */
  mkdir: (folder: string, options: { recursive: boolean }) => void;
}

const nodeFolderOps: FolderOps = {
  exists: (folder) => fs.existsSync(folder),
  mkdir: (folder, { recursive }) => fs.mkdirSync(folder, { recursive, mode: 0o700 }),
};

/**
 * Creates the folder when it is missing. The default folder is created with its parents (Electron
 * does not create the local folder on Windows). A folder set by IT is created only inside an
 * existing parent: a network drive that is not connected must not turn into a new, empty local
 * folder where the app would offer to set up a new store.
 */
export function prepareFolder(platform: NodeJS.Platform, location: DataLocation, ops: FolderOps): DataDirResolution {
  const { folder, source } = location;
  if (ops.exists(folder)) return { ok: true, location };
  const parent = pathFor(platform).dirname(folder);
  if (source !== 'standard' && !ops.exists(parent)) {
    return { ok: false, source, problem: `Den Ordner ${parent} für die Fallakte gibt es nicht (ist ein Netzlaufwerk nicht verbunden?). ${FIX_OR_ASK}` };
  }
  try {
    ops.mkdir(folder, { recursive: source === 'standard' });
  } catch {
    return { ok: false, source, problem: `Der Ordner ${folder} für die Fallakte lässt sich nicht anlegen. ${FIX_OR_ASK}` };
  }
  return { ok: true, location };
}

/** The one resolution of the store's folder: switch, environment, machine-wide file, default. */
export function resolveDataDir(input: ResolveDataDirInput): DataDirResolution {
  const fromSwitch = switchValue(input.argv);
  if (fromSwitch !== undefined) return checked(input, 'schalter', fromSwitch, `Der Schalter ${DATA_DIR_SWITCH}`);
  const fromEnv = input.env[DATA_DIR_ENV];
  if (fromEnv !== undefined) return checked(input, 'umgebung', fromEnv, `Die Umgebungsvariable ${DATA_DIR_ENV}`);
  const machine = machineSetting(input);
  if (machine !== undefined) return machine;
  return { ok: true, location: { source: 'standard', folder: defaultFolder(input) } };
}

/** The machine-wide configuration file IT may place (one per computer, for all its users). */
export function machineConfigPath({ platform, env }: Pick<DataDirInput, 'platform' | 'env'>): string {
  switch (platform) {
    case 'win32': {
      // Windows' variables ignore case; an injected plain object does not.
      const programData = nonEmpty(env.ProgramData) ?? nonEmpty(env.PROGRAMDATA) ?? 'C:\\ProgramData';
      return path.win32.join(programData, APP_NAME, MACHINE_CONFIG_FILE);
    }
    case 'darwin':
      return path.posix.join('/Library/Application Support', APP_NAME, MACHINE_CONFIG_FILE);
    default:
      return path.posix.join('/etc/kim-fallakte', MACHINE_CONFIG_FILE);
  }
}

/**
 * The default folder. On Windows it is the local (not roaming) application data: a roaming
 * profile would copy the store over the network at every sign-in. A store that already lives in
 * the old roaming folder stays in use while the local folder has none, so nobody loses it.
 */
export function defaultFolder(input: DataDirInput & Pick<DataDirFiles, 'exists'>): string {
  if (input.platform !== 'win32') return userDataDir(input);
  const local = path.win32.join(localAppDataDir(input), APP_NAME);
  const roaming = userDataDir(input);
  const hasStore = (folder: string) => input.exists(path.win32.join(folder, DB_FILE_NAME));
  return !hasStore(local) && hasStore(roaming) ? roaming : local;
}

/** Windows' local (not roaming) application data: %LOCALAPPDATA%, else its usual place in the profile. */
function localAppDataDir({ env, home }: Pick<DataDirInput, 'env' | 'home'>): string {
  return nonEmpty(env.LOCALAPPDATA) ?? path.win32.join(home, 'AppData', 'Local');
}

/** The folder of Electron's own data (`userData`) inside the app's local folder on Windows. */
export const ELECTRON_DATA_FOLDER = 'Electron';

/**
 * Where Electron keeps its own data (Chromium's cache, local storage, the single-instance lock),
 * set with `app.setPath('userData', …)` before the app is ready. On Windows the local, not the
 * roaming, application data: a roaming profile would copy the cache over the network at every
 * sign-in. A folder of its own beside the default store, so the store's folder stays the store's.
 * Elsewhere it is where Electron keeps it anyway (`userDataDir`). It never follows a folder set
 * by policy: that may be a network share, and the cache belongs to this computer.
 */
export function electronUserDataDir(input: DataDirInput): string {
  if (input.platform !== 'win32') return userDataDir(input);
  return path.win32.join(localAppDataDir(input), APP_NAME, ELECTRON_DATA_FOLDER);
}

/** The application-data folder Electron uses as `appData` on this platform (roaming on Windows). */
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

/** The store file in a resolved folder. */
export function dbPathIn(platform: NodeJS.Platform, location: DataLocation): string {
  return pathFor(platform).join(location.folder, DB_FILE_NAME);
}

/** The store the app opens when nothing is set by policy (before the roaming check). */
export function defaultDbPath(input: DataDirInput): string {
  return pathFor(input.platform).join(userDataDir(input), DB_FILE_NAME);
}

/** `--data-dir=PATH` or `--data-dir PATH`; the last one counts, like most programs do. */
function switchValue(argv: readonly string[]): string | undefined {
  let value: string | undefined;
  argv.forEach((arg, index) => {
    if (arg.startsWith(`${DATA_DIR_SWITCH}=`)) value = arg.slice(DATA_DIR_SWITCH.length + 1);
    else if (arg === DATA_DIR_SWITCH) value = argv[index + 1] ?? '';
  });
  return value;
}

function machineSetting(input: ResolveDataDirInput): DataDirResolution | undefined {
  const file = machineConfigPath(input);
  let text: string;
  try {
    text = input.readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException | null)?.code === 'ENOENT') return undefined;
    return refused(`Die Einstellungsdatei ${file} lässt sich nicht lesen.`);
  }
  let config: unknown;
  try {
    config = JSON.parse(stripBom(text));
  } catch {
    // The usual slip on Windows: single backslashes, which JSON does not allow.
    const hint = input.platform === 'win32' ? ` Jeder \\ im Pfad muss doppelt stehen, zum Beispiel ${JSON.stringify(example('win32'))}.` : '';
    return refused(`Die Einstellungsdatei ${file} ist kein gültiges JSON.${hint}`);
  }
  if (typeof config !== 'object' || config === null || Array.isArray(config)) {
    return refused(`Die Einstellungsdatei ${file} muss ein JSON-Objekt enthalten, zum Beispiel { "dataDir": ${JSON.stringify(example(input.platform))} }.`);
  }
  // A file without "dataDir" sets nothing about the folder (it may hold other settings later).
  if (!('dataDir' in config)) return undefined;
  const value = (config as { dataDir: unknown }).dataDir;
  if (typeof value !== 'string') return refused(`In der Einstellungsdatei ${file} muss „dataDir“ ein Pfad in Anführungszeichen sein.`);
  return checked(input, 'rechner', value, `„dataDir“ in der Einstellungsdatei ${file}`);

  function refused(problem: string): DataDirResolution {
    return { ok: false, source: 'rechner', problem: `${problem} ${FIX_OR_ASK}` };
  }
}

const FIX_OR_ASK = 'Die Fallakte wird deshalb nicht geöffnet. Bitte wenden Sie sich an Ihre IT.';

function checked(input: ResolveDataDirInput, source: DataDirSource, value: string, what: string): DataDirResolution {
  const { platform } = input;
  const trimmed = value.trim();
  if (trimmed === '') return { ok: false, source, problem: `${what} ist leer. ${FIX_OR_ASK}` };
  if (!isAbsolute(platform, trimmed)) {
    return {
      ok: false,
      source,
      problem: `${what} nennt keinen vollständigen Pfad („${trimmed}“). Nötig ist ein Pfad wie ${example(platform)}. ${FIX_OR_ASK}`,
    };
  }
  const named = withUserName(input, trimmed);
  if (!named.ok) return { ok: false, source, problem: `${what} enthält ${USER_PLACEHOLDER}, aber ${named.problem} ${FIX_OR_ASK}` };
  return { ok: true, location: { source, folder: pathFor(platform).normalize(named.folder) } };
}

/**
 * %USERNAME% replaced by the OS user's name. The name becomes part of a path, so one that could
 * leave its folder or that Windows cannot store (a separator, `..`, a reserved character, a
 * control character, a trailing dot or space, a device name) is refused rather than changed:
 * an altered name could meet another user's folder.
 */
function withUserName(input: ResolveDataDirInput, folder: string): { ok: true; folder: string } | { ok: false; problem: string } {
  if (!HAS_USER_PLACEHOLDER.test(folder)) return { ok: true, folder };
  let name: string;
  try {
    name = (input.userName ?? systemUserName)();
  } catch {
    return { ok: false, problem: 'der Name des angemeldeten Benutzers lässt sich nicht ermitteln.' };
  }
  if (!isSafeFolderName(name)) {
    const shown = JSON.stringify(name).slice(1, -1); // control characters visible, not acted on
    return {
      ok: false,
      problem: `der Benutzername „${shown}“ kann nicht in einem Ordnernamen stehen. Ein Ordnername darf keines der Zeichen \\ / : * ? " < > | und keine Steuerzeichen enthalten, nicht mit einem Leerzeichen beginnen, nicht mit Punkt oder Leerzeichen enden und nicht „.“, „..“ oder ein Gerätename wie „CON“ sein.`,
    };
  }
  return { ok: true, folder: folder.replace(USER_PLACEHOLDER_ANY_CASE, () => name) };
}

const systemUserName = () => os.userInfo().username;

/** Safe as one folder name on every platform (Windows' rules are the strictest). */
export function isSafeFolderName(name: string): boolean {
  if (name === '' || name === '.' || name === '..' || name.length > 200) return false;
  if (/[\\/:*?"<>|]/.test(name)) return false;
  if ([...name].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f)) return false; // control characters
  if (/^\s|[\s.]$/.test(name)) return false;
  return !/^(?:con|prn|aux|nul|com\d|lpt\d)(?:\..*)?$/i.test(name);
}

/** A relative path would depend on where the app was started from; Windows needs a drive or a share. */
function isAbsolute(platform: NodeJS.Platform, value: string): boolean {
  if (platform === 'win32') return /^[A-Za-z]:[\\/]/.test(value) || /^[\\/]{2}[^\\/]+[\\/][^\\/]+/.test(value);
  return path.posix.isAbsolute(value);
}

const example = (platform: NodeJS.Platform) => (platform === 'win32' ? 'D:\\KIM Fallakte' : '/srv/kim-fallakte');
const stripBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
const pathFor = (platform: NodeJS.Platform) => (platform === 'win32' ? path.win32 : path.posix);

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}
