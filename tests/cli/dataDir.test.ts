import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDbFor, defaultDbForUsage } from '../../electron/cli/defaultDb';
import {
  type DataDirFiles,
  defaultDbPath,
  electronUserDataDir,
  type FolderOps,
  machineConfigPath,
  prepareFolder,
  type ResolveDataDirInput,
  resolveDataDir,
  USER_PLACEHOLDER,
  userDataDir,
} from '../../electron/services/dataDir';
import { GOOD_PASSPHRASE, tempDir } from '../fixtures/tempStore';
import { kim } from './helpers';

/** A file system of the given files (path → text, or an Error to throw on reading). */
function filesOf(files: Record<string, string | Error> = {}): DataDirFiles {
  return {
    readFile: (file) => {
      const content = files[file];
      if (content === undefined) throw Object.assign(new Error(`ENOENT: ${file}`), { code: 'ENOENT' });
      if (content instanceof Error) throw content;
      return content;
    },
    exists: (file) => file in files,
  };
}

const linux = (over: Partial<ResolveDataDirInput> = {}): ResolveDataDirInput => ({
  platform: 'linux',
  env: {},
  home: '/home/anna',
  argv: ['/opt/kim/kim-fallakte'],
  ...filesOf(),
  ...over,
});
const LINUX_CONFIG = '/etc/kim-fallakte/config.json';
const WIN_CONFIG = 'C:\\ProgramData\\KIM Fallakte\\config.json';
const WIN_ENV = { APPDATA: 'C:\\Users\\anna\\AppData\\Roaming', LOCALAPPDATA: 'C:\\Users\\anna\\AppData\\Local', ProgramData: 'C:\\ProgramData' };
const windows = (over: Partial<ResolveDataDirInput> = {}): ResolveDataDirInput => ({
  platform: 'win32',
  env: WIN_ENV,
  home: 'C:\\Users\\anna',
  argv: ['C:\\Programme\\KIM Fallakte\\KIM Fallakte.exe'],
  ...filesOf(),
  ...over,
});

function okLocation(input: ResolveDataDirInput) {
  const result = resolveDataDir(input);
  if (!result.ok) throw new Error(`expected a folder, got: ${result.problem}`);
  return result.location;
}
function problemOf(input: ResolveDataDirInput) {
  const result = resolveDataDir(input);
  if (result.ok) throw new Error(`expected a problem, got: ${JSON.stringify(result.location)}`);
  return result;
}

describe('resolveDataDir: each source', () => {
  it('the switch --data-dir=PATH (and --data-dir PATH)', () => {
    expect(okLocation(linux({ argv: ['kim', '--data-dir=/srv/kim/anna'] }))).toEqual({ source: 'schalter', folder: '/srv/kim/anna' });
    expect(okLocation(linux({ argv: ['kim', '--data-dir', '/srv/kim/b'] }))).toEqual({ source: 'schalter', folder: '/srv/kim/b' });
    expect(okLocation(windows({ argv: ['kim.exe', '--data-dir=D:\\KIM\\anna'] }))).toEqual({ source: 'schalter', folder: 'D:\\KIM\\anna' });
    expect(okLocation(windows({ argv: ['kim.exe', '--data-dir=\\\\server\\kim\\anna'] }))).toEqual({ source: 'schalter', folder: '\\\\server\\kim\\anna' });
  });

  it('the environment variable KIM_DATA_DIR', () => {
    expect(okLocation(linux({ env: { KIM_DATA_DIR: '/srv/kim/anna/' } }))).toEqual({ source: 'umgebung', folder: '/srv/kim/anna/' });
    expect(okLocation(windows({ env: { ...WIN_ENV, KIM_DATA_DIR: 'E:/Daten/KIM' } }))).toEqual({ source: 'umgebung', folder: 'E:\\Daten\\KIM' });
  });

  it('the machine-wide configuration file, at its place on each platform', () => {
    expect(okLocation(linux({ ...filesOf({ [LINUX_CONFIG]: '{ "dataDir": "/srv/kim" }' }) }))).toEqual({ source: 'rechner', folder: '/srv/kim' });
    expect(okLocation(windows({ ...filesOf({ [WIN_CONFIG]: '\uFEFF{ "dataDir": "D:\\\\KIM Fallakte" }' }) }))).toEqual({
      source: 'rechner',
      folder: 'D:\\KIM Fallakte',
    });
    expect(machineConfigPath({ platform: 'win32', env: { PROGRAMDATA: 'E:\\PD' } })).toBe('E:\\PD\\KIM Fallakte\\config.json');
    expect(machineConfigPath({ platform: 'win32', env: {} })).toBe(WIN_CONFIG);
    expect(machineConfigPath({ platform: 'linux', env: {} })).toBe(LINUX_CONFIG);
    expect(machineConfigPath({ platform: 'darwin', env: {} })).toBe('/Library/Application Support/KIM Fallakte/config.json');
    const mac = {
      platform: 'darwin' as const,
      home: '/Users/anna',
      ...filesOf({ '/Library/Application Support/KIM Fallakte/config.json': '{"dataDir":"/Volumes/KIM"}' }),
    };
    expect(okLocation(linux(mac))).toEqual({ source: 'rechner', folder: '/Volumes/KIM' });
  });

  it('a configuration file without "dataDir" sets nothing: the default', () => {
    expect(okLocation(linux({ ...filesOf({ [LINUX_CONFIG]: '{ "other": 1 }' }) }))).toEqual({ source: 'standard', folder: '/home/anna/.config/KIM Fallakte' });
  });

  it('the default: Electron’s userData on Linux and macOS', () => {
    expect(okLocation(linux())).toEqual({ source: 'standard', folder: '/home/anna/.config/KIM Fallakte' });
    expect(okLocation(linux({ env: { XDG_CONFIG_HOME: '/home/anna/.cfg' } })).folder).toBe('/home/anna/.cfg/KIM Fallakte');
    expect(okLocation(linux({ platform: 'darwin', home: '/Users/anna' })).folder).toBe('/Users/anna/Library/Application Support/KIM Fallakte');
  });
});

describe('resolveDataDir: the order switch > environment > machine > default', () => {
  const all = {
    argv: ['kim', '--data-dir=/aus/schalter'],
    env: { KIM_DATA_DIR: '/aus/umgebung' },
    ...filesOf({ [LINUX_CONFIG]: '{"dataDir":"/aus/rechner"}' }),
  };
  it('each source wins over the ones after it', () => {
    expect(okLocation(linux(all))).toEqual({ source: 'schalter', folder: '/aus/schalter' });
    expect(okLocation(linux({ ...all, argv: ['kim'] }))).toEqual({ source: 'umgebung', folder: '/aus/umgebung' });
    expect(okLocation(linux({ ...all, argv: ['kim'], env: {} }))).toEqual({ source: 'rechner', folder: '/aus/rechner' });
  });

  it('a broken machine file does not matter when a switch or the variable decides', () => {
    const broken = filesOf({ [LINUX_CONFIG]: '{ kaputt' });
    expect(okLocation(linux({ ...broken, env: { KIM_DATA_DIR: '/aus/umgebung' } })).source).toBe('umgebung');
    expect(okLocation(linux({ ...broken, argv: ['kim', '--data-dir=/aus/schalter'] })).source).toBe('schalter');
  });

  it('the last switch counts', () => {
    expect(okLocation(linux({ argv: ['kim', '--data-dir=/erst', '--data-dir=/dann'] })).folder).toBe('/dann');
  });
});

describe('resolveDataDir: Windows uses local application data, keeping an old roaming store', () => {
  const local = 'C:\\Users\\anna\\AppData\\Local\\KIM Fallakte';
  const roaming = 'C:\\Users\\anna\\AppData\\Roaming\\KIM Fallakte';

  it('a new installation: %LOCALAPPDATA%, not the roaming folder', () => {
    expect(okLocation(windows())).toEqual({ source: 'standard', folder: local });
    expect(okLocation(windows({ env: {} })).folder).toBe(local); // without the variable: under the profile
  });

  it('a store in the old roaming folder (and none in the local one) keeps being used', () => {
    expect(okLocation(windows({ ...filesOf({ [`${roaming}\\kim.db`]: '' }) }))).toEqual({ source: 'standard', folder: roaming });
  });

  it('once the local folder has a store, it wins', () => {
    expect(okLocation(windows({ ...filesOf({ [`${roaming}\\kim.db`]: '', [`${local}\\kim.db`]: '' }) })).folder).toBe(local);
  });

  it('a roaming folder without a store does not count', () => {
    expect(okLocation(windows({ ...filesOf({ [roaming]: '' }) })).folder).toBe(local);
  });
});

describe('resolveDataDir: bad values are reported in German, never skipped', () => {
  it('a relative or empty switch', () => {
    const relative = problemOf(linux({ argv: ['kim', '--data-dir=daten'], env: { KIM_DATA_DIR: '/srv/kim' } }));
    expect(relative.source).toBe('schalter');
    expect(relative.problem).toContain('Der Schalter --data-dir nennt keinen vollständigen Pfad („daten“)');
    expect(relative.problem).toContain('Bitte wenden Sie sich an Ihre IT.');
    expect(problemOf(linux({ argv: ['kim', '--data-dir='] })).problem).toContain('Der Schalter --data-dir ist leer.');
    expect(problemOf(linux({ argv: ['kim', '--data-dir'] })).problem).toContain('ist leer');
  });

  it('a relative or empty environment variable; on Windows a path without drive', () => {
    expect(problemOf(linux({ env: { KIM_DATA_DIR: './kim' } }))).toMatchObject({ source: 'umgebung' });
    expect(problemOf(linux({ env: { KIM_DATA_DIR: '  ' } })).problem).toContain('Die Umgebungsvariable KIM_DATA_DIR ist leer.');
    const noDrive = problemOf(windows({ env: { ...WIN_ENV, KIM_DATA_DIR: '\\KIM' } }));
    expect(noDrive.problem).toContain('D:\\KIM Fallakte');
    expect(problemOf(windows({ env: { ...WIN_ENV, KIM_DATA_DIR: 'D:KIM' } })).source).toBe('umgebung');
  });

  it('an unreadable configuration file: refused, naming the file', () => {
    const denied = Object.assign(new Error('EACCES'), { code: 'EACCES' });
    const result = problemOf(linux({ ...filesOf({ [LINUX_CONFIG]: denied }) }));
    expect(result).toEqual({
      ok: false,
      source: 'rechner',
      problem: `Die Einstellungsdatei ${LINUX_CONFIG} lässt sich nicht lesen. Die Fallakte wird deshalb nicht geöffnet. Bitte wenden Sie sich an Ihre IT.`,
    });
  });

  it('malformed JSON: refused, naming the file (on Windows with the hint about backslashes)', () => {
    expect(problemOf(linux({ ...filesOf({ [LINUX_CONFIG]: '{ dataDir: /srv }' }) })).problem).toContain(
      `Die Einstellungsdatei ${LINUX_CONFIG} ist kein gültiges JSON.`,
    );
    const win = problemOf(windows({ ...filesOf({ [WIN_CONFIG]: '{ "dataDir": "D:\\KIM" }' }) }));
    expect(win.problem).toContain(
      `Die Einstellungsdatei ${WIN_CONFIG} ist kein gültiges JSON. Jeder \\ im Pfad muss doppelt stehen, zum Beispiel "D:\\\\KIM Fallakte".`,
    );
  });

  it('not an object, a value that is not a string, a relative path', () => {
    for (const text of ['[]', '"/srv/kim"', 'null']) {
      expect(problemOf(linux({ ...filesOf({ [LINUX_CONFIG]: text }) })).problem).toContain('muss ein JSON-Objekt enthalten');
    }
    for (const value of ['42', 'null', '["/srv"]', '{"path":"/srv"}']) {
      const result = problemOf(linux({ ...filesOf({ [LINUX_CONFIG]: `{"dataDir": ${value}}` }) }));
      expect(result.problem).toContain(`In der Einstellungsdatei ${LINUX_CONFIG} muss „dataDir“ ein Pfad in Anführungszeichen sein.`);
    }
    const relative = problemOf(linux({ ...filesOf({ [LINUX_CONFIG]: '{"dataDir":"kim"}' }) }));
    expect(relative).toMatchObject({ source: 'rechner' });
    expect(relative.problem).toContain(`„dataDir“ in der Einstellungsdatei ${LINUX_CONFIG} nennt keinen vollständigen Pfad („kim“)`);
    expect(problemOf(linux({ ...filesOf({ [LINUX_CONFIG]: '{"dataDir":""}' }) })).problem).toContain('ist leer');
  });
});

describe('prepareFolder', () => {
  function ops(existing: string[]) {
    const made: { folder: string; recursive: boolean }[] = [];
    const folderOps: FolderOps = { exists: (f) => existing.includes(f), mkdir: (folder, { recursive }) => void made.push({ folder, recursive }) };
    return { folderOps, made };
  }

  it('leaves an existing folder alone', () => {
    const { folderOps, made } = ops(['/srv/kim']);
    expect(prepareFolder('linux', { source: 'rechner', folder: '/srv/kim' }, folderOps).ok).toBe(true);
    expect(made).toEqual([]);
  });

  it('creates the default folder with its parents (Electron does not make %LOCALAPPDATA%\\KIM Fallakte)', () => {
    const { folderOps, made } = ops([]);
    const folder = 'C:\\Users\\anna\\AppData\\Local\\KIM Fallakte';
    expect(prepareFolder('win32', { source: 'standard', folder }, folderOps).ok).toBe(true);
    expect(made).toEqual([{ folder, recursive: true }]);
  });

  it('creates a folder set by IT only inside an existing parent (a disconnected drive is reported)', () => {
    const { folderOps, made } = ops(['/srv/kim']);
    expect(prepareFolder('linux', { source: 'umgebung', folder: '/srv/kim/anna' }, folderOps).ok).toBe(true);
    expect(made).toEqual([{ folder: '/srv/kim/anna', recursive: false }]);
    const missing = prepareFolder('win32', { source: 'rechner', folder: 'K:\\KIM\\anna' }, ops([]).folderOps);
    expect(missing).toEqual({
      ok: false,
      source: 'rechner',
      problem:
        'Den Ordner K:\\KIM für die Fallakte gibt es nicht (ist ein Netzlaufwerk nicht verbunden?). Die Fallakte wird deshalb nicht geöffnet. Bitte wenden Sie sich an Ihre IT.',
    });
  });

  it('reports a folder that cannot be created', () => {
    const failing: FolderOps = {
      exists: () => false,
      mkdir: () => {
        throw new Error('EACCES');
      },
    };
    const result = prepareFolder('linux', { source: 'standard', folder: '/home/anna/.config/KIM Fallakte' }, failing);
    expect(result).toMatchObject({ ok: false, source: 'standard' });
    expect(!result.ok && result.problem).toContain('Der Ordner /home/anna/.config/KIM Fallakte für die Fallakte lässt sich nicht anlegen.');
  });
});

describe('the command line’s default --db', () => {
  const io = (env: Record<string, string>) => ({ env, stdout: () => {}, stderr: () => {}, platform: 'linux' as const, home: '/home/anna' });

  it('follows KIM_DATA_DIR and the machine-wide file (not the app’s --data-dir switch)', () => {
    expect(defaultDbFor(io({ KIM_DATA_DIR: '/srv/kim' }), filesOf())).toBe('/srv/kim/kim.db');
    expect(defaultDbFor(io({}), filesOf({ [LINUX_CONFIG]: '{"dataDir":"/srv/rechner"}' }))).toBe('/srv/rechner/kim.db');
    expect(defaultDbFor(io({}), filesOf())).toBe('/home/anna/.config/KIM Fallakte/kim.db');
    expect(defaultDbFor({ ...io({}), platform: 'win32', home: 'C:\\Users\\anna' }, filesOf())).toBe('C:\\Users\\anna\\AppData\\Local\\KIM Fallakte\\kim.db');
  });

  it('refuses a broken machine-wide file with its German message, naming the file', () => {
    expect(() => defaultDbFor(io({}), filesOf({ [LINUX_CONFIG]: '{' }))).toThrow(`Die Einstellungsdatei ${LINUX_CONFIG} ist kein gültiges JSON.`);
    // The help text still shows, with the problem in place of the path.
    expect(defaultDbForUsage(io({}), filesOf({ [LINUX_CONFIG]: '{' }))).toBe(
      `keiner – Die Einstellungsdatei ${LINUX_CONFIG} ist kein gültiges JSON. Die Fallakte wird deshalb nicht geöffnet. Bitte wenden Sie sich an Ihre IT.`,
    );
    expect(defaultDbForUsage(io({ KIM_DATA_DIR: '/srv/kim' }), filesOf())).toBe('/srv/kim/kim.db');
  });

  it('kim init without --db creates the store in KIM_DATA_DIR; a bad KIM_DATA_DIR stops it; --db still wins', async () => {
    const dir = tempDir();
    const init = await kim(['init', '--name', 'Anna Beispiel'], { env: { KIM_PASSPHRASE: GOOD_PASSPHRASE, KIM_DATA_DIR: dir } });
    expect(init.code, init.stderr).toBe(0);
    expect(fs.existsSync(path.join(dir, 'kim.db'))).toBe(true);

    const bad = await kim(['init', '--name', 'Anna Beispiel'], { env: { KIM_PASSPHRASE: GOOD_PASSPHRASE, KIM_DATA_DIR: 'relativ' } });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('Die Umgebungsvariable KIM_DATA_DIR nennt keinen vollständigen Pfad („relativ“)');

    const db = path.join(tempDir(), 'kim.db');
    const withDb = await kim(['init', '--db', db, '--name', 'Anna Beispiel'], { env: { KIM_PASSPHRASE: GOOD_PASSPHRASE, KIM_DATA_DIR: 'relativ' } });
    expect(withDb.code, withDb.stderr).toBe(0);
    expect(fs.existsSync(db)).toBe(true);
  });
});

describe('Electron’s userData (the old default, roaming on Windows)', () => {
  it('is the platform’s application-data folder plus "KIM Fallakte"', () => {
    expect(defaultDbPath({ platform: 'linux', env: { XDG_CONFIG_HOME: '' }, home: '/home/anna' })).toBe('/home/anna/.config/KIM Fallakte/kim.db');
    expect(userDataDir({ platform: 'win32', env: {}, home: 'C:\\Users\\anna' })).toBe('C:\\Users\\anna\\AppData\\Roaming\\KIM Fallakte');
    expect(userDataDir({ platform: 'win32', env: { APPDATA: 'D:\\Profile' }, home: 'C:\\Users\\anna' })).toBe('D:\\Profile\\KIM Fallakte');
  });
});

describe('%USERNAME% in a folder set by policy (one folder per user on a shared computer)', () => {
  const user = (name: string) => () => name;

  it('is replaced by the OS user name in the machine-wide file, on Windows and Linux', () => {
    const winFile = filesOf({ [WIN_CONFIG]: '{ "dataDir": "D:\\\\KIM\\\\%USERNAME%" }' });
    expect(okLocation(windows({ ...winFile, userName: user('anna.beispiel') }))).toEqual({ source: 'rechner', folder: 'D:\\KIM\\anna.beispiel' });
    expect(okLocation(windows({ ...winFile, userName: user('Jörg Müller') }))).toEqual({ source: 'rechner', folder: 'D:\\KIM\\Jörg Müller' });
    const linuxFile = filesOf({ [LINUX_CONFIG]: '{ "dataDir": "/srv/kim/%USERNAME%/akte" }' });
    expect(okLocation(linux({ ...linuxFile, userName: user('anna') }))).toEqual({ source: 'rechner', folder: '/srv/kim/anna/akte' });
    expect(USER_PLACEHOLDER).toBe('%USERNAME%');
  });

  it('works in the switch and the variable too, in any case and more than once; a path without it never asks for the name', () => {
    expect(okLocation(windows({ argv: ['kim.exe', '--data-dir=\\\\server\\kim\\%username%'], userName: user('anna') }))).toEqual({
      source: 'schalter',
      folder: '\\\\server\\kim\\anna',
    });
    expect(okLocation(linux({ env: { KIM_DATA_DIR: '/srv/%UserName%/%USERNAME%' }, userName: user('bo') }))).toEqual({
      source: 'umgebung',
      folder: '/srv/bo/bo',
    });
    const asked = () => {
      throw new Error('must not be asked');
    };
    expect(okLocation(linux({ env: { KIM_DATA_DIR: '/srv/kim/anna' }, userName: asked }))).toEqual({ source: 'umgebung', folder: '/srv/kim/anna' });
    // Only this one placeholder: other variables are not expanded (Windows may have done so already).
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the shell's spelling, as text, is the point
    const otherSpellings = '/srv/%HOME%/${USER}';
    expect(okLocation(linux({ env: { KIM_DATA_DIR: otherSpellings }, userName: asked }))).toEqual({ source: 'umgebung', folder: otherSpellings });
  });

  it('refuses a user name unsafe in a path, with a German reason that names the setting', () => {
    const file = filesOf({ [WIN_CONFIG]: '{ "dataDir": "D:\\\\KIM\\\\%USERNAME%" }' });
    for (const name of [
      '..',
      '.',
      '',
      'a/b',
      'a\\b',
      'dom:anna',
      'an*na',
      'a?',
      'a"b',
      'a<b',
      'a>b',
      'a|b',
      'anna.',
      'anna ',
      ' anna',
      'a\u0000b',
      'a\nb',
      'CON',
      'nul.txt',
      'x'.repeat(201),
    ]) {
      const refused = problemOf(windows({ ...file, userName: user(name) }));
      expect(refused.source, JSON.stringify(name)).toBe('rechner');
      expect(refused.problem, JSON.stringify(name)).toMatch(
        /^„dataDir“ in der Einstellungsdatei .+ enthält %USERNAME%, aber der Benutzername „.*“ kann nicht in einem Ordnernamen stehen\. Ein Ordnername darf .* Bitte wenden Sie sich an Ihre IT\.$/s,
      );
    }
    // A control character is shown escaped, not written raw into the message.
    expect(problemOf(windows({ ...file, userName: user('a\nb') })).problem).toContain('„a\\nb“');
    expect(problemOf(linux({ env: { KIM_DATA_DIR: '/srv/%USERNAME%' }, userName: user('../root') })).problem).toMatch(
      /^Die Umgebungsvariable KIM_DATA_DIR enthält %USERNAME%, aber der Benutzername „\.\.\/root“ kann nicht/,
    );
  });

  it('refuses the setting when the user name cannot be found', () => {
    const noUser = () => {
      throw Object.assign(new Error('ENOENT: no such user'), { code: 'ENOENT' });
    };
    expect(problemOf(linux({ env: { KIM_DATA_DIR: '/srv/%USERNAME%' }, userName: noUser })).problem).toBe(
      'Die Umgebungsvariable KIM_DATA_DIR enthält %USERNAME%, aber der Name des angemeldeten Benutzers lässt sich nicht ermitteln. Die Fallakte wird deshalb nicht geöffnet. Bitte wenden Sie sich an Ihre IT.',
    );
  });

  it('a relative path stays refused as before, placeholder or not', () => {
    expect(problemOf(windows({ env: { ...WIN_ENV, KIM_DATA_DIR: '%USERNAME%\\KIM' }, userName: user('anna') })).problem).toContain(
      'nennt keinen vollständigen Pfad („%USERNAME%\\KIM“)',
    );
  });
});

describe('Electron’s own data (userData: Chromium’s cache, local storage, the single-instance lock)', () => {
  it('is local, not roaming, on Windows, in a folder of its own beside the default store', () => {
    expect(electronUserDataDir({ platform: 'win32', env: WIN_ENV, home: 'C:\\Users\\anna' })).toBe('C:\\Users\\anna\\AppData\\Local\\KIM Fallakte\\Electron');
    expect(electronUserDataDir({ platform: 'win32', env: { LOCALAPPDATA: 'E:\\Lokal' }, home: 'C:\\Users\\anna' })).toBe('E:\\Lokal\\KIM Fallakte\\Electron');
    expect(electronUserDataDir({ platform: 'win32', env: { LOCALAPPDATA: '' }, home: 'C:\\Users\\anna' })).toBe(
      'C:\\Users\\anna\\AppData\\Local\\KIM Fallakte\\Electron',
    );
  });

  it('does not follow a folder set by policy (a network share must not hold the cache)', () => {
    const env = { ...WIN_ENV, KIM_DATA_DIR: '\\\\server\\kim\\anna' };
    expect(okLocation(windows({ env })).folder).toBe('\\\\server\\kim\\anna');
    expect(electronUserDataDir({ platform: 'win32', env, home: 'C:\\Users\\anna' })).toBe('C:\\Users\\anna\\AppData\\Local\\KIM Fallakte\\Electron');
  });

  it('stays where Electron keeps it on Linux and macOS', () => {
    expect(electronUserDataDir({ platform: 'linux', env: {}, home: '/home/anna' })).toBe('/home/anna/.config/KIM Fallakte');
    expect(electronUserDataDir({ platform: 'linux', env: { XDG_CONFIG_HOME: '/x/conf' }, home: '/home/anna' })).toBe('/x/conf/KIM Fallakte');
    expect(electronUserDataDir({ platform: 'darwin', env: {}, home: '/Users/anna' })).toBe('/Users/anna/Library/Application Support/KIM Fallakte');
  });
});
