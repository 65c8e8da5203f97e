/** Electron's `lang` switch: the app is German whatever the system's or the shortcut's language (issue 16). */
import { describe, expect, it } from 'vitest';
import { APP_LOCALE, applyAppLocale, type LocaleCommandLine } from '../../electron/main/locale';

/** Chromium's command line as Electron exposes it: one value per switch, in the order appended. */
function fakeCommandLine(start: Record<string, string> = {}) {
  const switches = new Map(Object.entries(start));
  const appended: string[] = [];
  const commandLine: LocaleCommandLine = {
    appendSwitch: (name, value = '') => {
      appended.push(`${name}=${value}`);
      switches.set(name, value);
    },
    getSwitchValue: (name) => switches.get(name) ?? '',
    hasSwitch: (name) => switches.has(name),
    removeSwitch: (name) => {
      switches.delete(name);
    },
  };
  return { commandLine, switches, appended };
}

describe('the app locale', () => {
  it('is German (Germany)', () => {
    expect(APP_LOCALE).toBe('de-DE');
  });

  it('sets --lang=de-DE on a command line without one', () => {
    const { commandLine, switches, appended } = fakeCommandLine({ 'data-dir': '/srv/kim' });
    applyAppLocale(commandLine);
    expect(Object.fromEntries(switches)).toEqual({ 'data-dir': '/srv/kim', lang: 'de-DE' });
    expect(appended).toEqual(['lang=de-DE']);
  });

  it('replaces another language given at start', () => {
    const { commandLine, switches } = fakeCommandLine({ lang: 'en-US' });
    applyAppLocale(commandLine);
    expect(switches.get('lang')).toBe('de-DE');
    expect(commandLine.getSwitchValue('lang')).toBe('de-DE');
  });

  it('leaves a German --lang as it is, and applying twice changes nothing more', () => {
    const { commandLine, switches, appended } = fakeCommandLine({ lang: 'de-DE' });
    applyAppLocale(commandLine);
    applyAppLocale(commandLine);
    expect(appended).toEqual([]);
    expect(switches.get('lang')).toBe('de-DE');
  });
});
