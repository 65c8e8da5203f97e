import { describe, expect, it } from 'vitest';
import { defaultDbPath, userDataDir } from '../../electron/services/dataDir';

describe('defaultDbPath: the same folder as Electron’s userData for "KIM Fallakte"', () => {
  it('Linux: $XDG_CONFIG_HOME, else ~/.config', () => {
    expect(defaultDbPath({ platform: 'linux', env: { XDG_CONFIG_HOME: '/home/anna/.cfg' }, home: '/home/anna' })).toBe('/home/anna/.cfg/KIM Fallakte/kim.db');
    expect(defaultDbPath({ platform: 'linux', env: {}, home: '/home/anna' })).toBe('/home/anna/.config/KIM Fallakte/kim.db');
    expect(defaultDbPath({ platform: 'linux', env: { XDG_CONFIG_HOME: '' }, home: '/home/anna' })).toBe('/home/anna/.config/KIM Fallakte/kim.db');
  });

  it('macOS: ~/Library/Application Support (XDG is ignored)', () => {
    expect(defaultDbPath({ platform: 'darwin', env: { XDG_CONFIG_HOME: '/x' }, home: '/Users/anna' })).toBe(
      '/Users/anna/Library/Application Support/KIM Fallakte/kim.db',
    );
  });

  it('Windows: %APPDATA%, else the roaming folder under the profile', () => {
    expect(defaultDbPath({ platform: 'win32', env: { APPDATA: 'C:\\Users\\anna\\AppData\\Roaming' }, home: 'C:\\Users\\anna' })).toBe(
      'C:\\Users\\anna\\AppData\\Roaming\\KIM Fallakte\\kim.db',
    );
    expect(defaultDbPath({ platform: 'win32', env: {}, home: 'C:\\Users\\anna' })).toBe('C:\\Users\\anna\\AppData\\Roaming\\KIM Fallakte\\kim.db');
    expect(userDataDir({ platform: 'win32', env: { APPDATA: 'D:\\Profile' }, home: 'C:\\Users\\anna' })).toBe('D:\\Profile\\KIM Fallakte');
  });
});
