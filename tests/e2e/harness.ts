/**
 * The real-browser harness: the production renderer build served on 127.0.0.1 with the app's CSP,
 * Debian's Chromium driven by playwright-core, and `window.kim` bridged to the real services
 * (real encrypted database, real KDF) through the same dispatch the main process uses.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, expect } from 'vitest';
import { methodNames, type KimEvent } from '../../electron/contract';
import { dispatch } from '../../electron/ipc/dispatch';
import { createHandlers } from '../../electron/ipc/handlers';
import { createServices, type Services } from '../../electron/services';
import { resolveAppPath, mimeType } from '../../electron/main/appUrl';
import { SECURITY_HEADERS } from '../../electron/main/csp';
import { GOOD_PASSPHRASE, MIGRATIONS, runningClock, tempDir } from '../fixtures/tempStore';

const RENDERER = path.resolve('out/renderer');
export const CHROMIUM = process.env.KIM_CHROMIUM ?? '/usr/bin/chromium';
export const SCREENSHOTS = path.resolve('test-results/screenshots');

/**
 * The browser tests' clock: Monday, 23 November 2026, 10:30 local time when this module loads,
 * then running like a real clock (delays, auto-lock and countdowns need time to pass). The
 * services read it as `now`, and each page's clock is set to it, so the day the app shows and
 * the day the services write are the same on any real date.
 */
export const E2E_START = new Date(2026, 10, 23, 10, 30);
/** E2E_START's day, 'YYYY-MM-DD' (the tests take far less than the 13 hours left of it). */
export const E2E_TODAY = '2026-11-23';
export const e2eNow = runningClock(E2E_START);

/** E2E_TODAY plus `days`, as 'YYYY-MM-DD' and as typed in German ('TT.MM.JJJJ'). */
export function e2eDay(days: number): { iso: string; german: string } {
  const day = new Date(E2E_START.getFullYear(), E2E_START.getMonth(), E2E_START.getDate() + days);
  const [y, m, d] = [day.getFullYear(), String(day.getMonth() + 1).padStart(2, '0'), String(day.getDate()).padStart(2, '0')];
  return { iso: `${y}-${m}-${d}`, german: `${d}.${m}.${y}` };
}

/** Serves the built renderer like the app:// handler does: same containment, same headers. */
export async function serveRenderer(): Promise<{ url: string; close: () => Promise<void> }> {
  if (!fs.existsSync(path.join(RENDERER, 'index.html'))) throw new Error('out/renderer fehlt: zuerst `npm run build` (npm test tut das).');
  const server = http.createServer((req, res) => {
    const file = resolveAppPath(RENDERER, `app://kim${new URL(req.url ?? '/', 'http://x').pathname}`);
    if (!file || !fs.existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': mimeType(file), ...SECURITY_HEADERS }).end(fs.readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** The languages the tests start Chromium in: the app's, and an English system's. */
export type ChromiumLanguage = 'de-DE' | 'en-US';

/**
 * Debian's Chromium takes its own strings (form validation, `validationMessage`) from the
 * environment's language, not from `--lang` (which sets `navigator.language`), and falls back to
 * English without chromium-l10n's language packs. Electron takes both from its `lang` switch
 * (electron/main/locale.ts), so the German harness sets both, as the app runs.
 */
const LANGUAGE_ENV: Record<ChromiumLanguage, Record<string, string>> = {
  'de-DE': { LANG: 'de_DE.UTF-8', LANGUAGE: 'de', LC_ALL: 'de_DE.UTF-8' },
  'en-US': { LANG: 'en_US.UTF-8', LANGUAGE: 'en', LC_ALL: 'en_US.UTF-8' },
};
/** Where chromium-l10n puts Chromium's German strings. */
export const CHROMIUM_GERMAN_PACK = '/usr/lib/chromium/locales/de.pak';

/** Debian's pack, or one beside the binary (a KIM_CHROMIUM that ships its own locales). */
function germanPackPresent(): boolean {
  const beside = path.join(path.dirname(fs.realpathSync(CHROMIUM)), 'locales', 'de.pak');
  return fs.existsSync(CHROMIUM_GERMAN_PACK) || fs.existsSync(beside);
}

export async function launchChromium({ lang = 'de-DE' }: { lang?: ChromiumLanguage } = {}): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium fehlt unter ${CHROMIUM}: apt-get install -y chromium`);
  if (lang === 'de-DE' && !germanPackPresent()) {
    throw new Error(`Chromiums deutsche Sprachdateien fehlen (${CHROMIUM_GERMAN_PACK}): apt-get install -y chromium-l10n`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    env: { ...process.env, ...LANGUAGE_ENV[lang] },
    args: [
      '--headless',
      `--lang=${lang}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * A new store set up as a case manager would (recovery key written down and confirmed), unlocked,
 * for 'Anna Beispiel': real services on the tests' clock (by default in a temporary folder).
 */
export async function setUpStore(dbPath?: string): Promise<Services> {
  const services = realServices(dbPath);
  const { recoveryKey } = await services.store.create({ userName: 'Anna Beispiel', passphrase: GOOD_PASSPHRASE });
  const groups = recoveryKey.split('-');
  services.store.confirmRecoveryKey({
    answers: [
      { group: 1, value: groups[0]! },
      { group: 2, value: groups[1]! },
    ],
  });
  return services;
}

/** Real services on an encrypted database (by default a fresh one in a temporary folder), on the tests' clock. */
export function realServices(dbPath: string = path.join(tempDir(), 'kim.db')): Services {
  return createServices({ dbPath, migrationsFolder: MIGRATIONS, now: e2eNow });
}

/**
 * Gives the page a frozen `window.kim` with exactly the contract's methods, each calling the
 * real dispatch; main-process events (auto-lock) are pushed to it as the preload would.
 */
export async function bridge(page: Page, services: Services): Promise<void> {
  // The page's Date runs on the services' clock; its timers keep running as they would.
  await page.clock.install({ time: e2eNow() });
  const handlers = createHandlers(services);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.exposeBinding('__kimInvoke', (_source, name: string, input: unknown) => dispatch(handlers, name, input));
  await page.addInitScript((names: string[]) => {
    const listeners = new Set<(event: unknown) => void>();
    const api: Record<string, unknown> = {};
    const invoke = (window as unknown as { __kimInvoke: (n: string, i: unknown) => Promise<unknown> }).__kimInvoke;
    for (const name of names) api[name] = (input: unknown) => invoke(name, input);
    api.onEvent = (listener: (event: unknown) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    };
    Object.defineProperty(window, '__kimEmit', { value: (event: unknown) => listeners.forEach((l) => l(event)) });
    Object.defineProperty(window, 'kim', { value: Object.freeze(api) });
  }, methodNames);
  services.store.onLocked((reason) => {
    const event: KimEvent = { name: 'locked', reason };
    void page.evaluate((e) => (window as unknown as { __kimEmit: (e: unknown) => void }).__kimEmit(e), event);
  });
  (page as Page & { kimRequests?: string[] }).kimRequests = requests;
}

/** Every URL the page requested: only the loopback server may appear. */
export function requestedUrls(page: Page): string[] {
  return (page as Page & { kimRequests?: string[] }).kimRequests ?? [];
}

/** axe on the whole page, or only on the parts `only` selects (CSS) where the rest was checked in the same state before. */
export async function expectNoAxeViolations(page: Page, screen: string, only: string[] = []): Promise<void> {
  const { violations } = await only.reduce((axe, selector) => axe.include(selector), new AxeBuilder({ page })).analyze();
  const summary = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, `axe auf ${screen}`).toEqual([]);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/**
 * One Chromium and one renderer server for a test file: started before its tests, stopped after.
 * Use the getters inside tests.
 */
export function useChromium(options: { lang?: ChromiumLanguage } = {}): { browser: () => Browser; url: () => string } {
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serveRenderer>> | undefined;
  beforeAll(async () => {
    server = await serveRenderer();
    browser = await launchChromium(options);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return { browser: () => browser!, url: () => server!.url };
}

/**
 * The app in a new browser window of the given size on the services: on the main navigation when
 * the store is unlocked, else on the unlock screen. `system` is the page's locale and zone (by
 * default German and the machine's zone).
 */
export async function openApp(
  chromium: ReturnType<typeof useChromium>,
  services: Services,
  width = 1280,
  height = 800,
  system: { locale?: ChromiumLanguage; timezoneId?: string } = {},
): Promise<Page> {
  const context = await chromium.browser().newContext({ viewport: { width, height }, locale: system.locale ?? 'de-DE', timezoneId: system.timezoneId });
  const page = await context.newPage();
  await bridge(page, services);
  await page.goto(chromium.url());
  if (services.store.status().state === 'unlocked') await page.getByRole('navigation', { name: 'Hauptnavigation' }).waitFor({ timeout: 20_000 });
  return page;
}
