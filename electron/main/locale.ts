/**
 * The app speaks German whatever the system's locale: its own texts are German, and Chromium's own
 * strings (form validation, context menus), `navigator.language` and the Intl default follow
 * Electron's `lang` switch, which this sets before `app.whenReady`. The command line is passed in,
 * so the rule is tested without Electron.
 */

/** The app's one locale. */
export const APP_LOCALE = 'de-DE';

/** The part of Electron's `app.commandLine` this needs. */
export interface LocaleCommandLine {
  appendSwitch(name: string, value?: string): void;
  getSwitchValue(name: string): string;
  hasSwitch(name: string): boolean;
  removeSwitch(name: string): void;
}

/**
 * Sets Chromium's `lang` to the app's locale. Another `--lang` given at start (e.g. an English one
 * on a shortcut) is replaced: the app's texts are German, and Chromium's in another language
 * beside them would only confuse. Must run before `app.whenReady`; later Chromium has chosen.
 */
export function applyAppLocale(commandLine: LocaleCommandLine): void {
  if (commandLine.getSwitchValue('lang') === APP_LOCALE) return;
  if (commandLine.hasSwitch('lang')) commandLine.removeSwitch('lang');
  commandLine.appendSwitch('lang', APP_LOCALE);
}
