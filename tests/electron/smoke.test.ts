/**
 * The Electron smoke test: the app packaged as IT ships it (electron-builder with the project's
 * config, fuses flipped, code in an asar), started in real Electron. It checks the packaged
 * binary's fuses, that the shipped binary starts the app and ignores --inspect, and, driven
 * through playwright-core's `_electron`, the window's web preferences, a page without Node, the
 * German locale, and a case manager's first run: set up a store, lock with Strg+L, unlock.
 *
 * It needs Electron's own binary (node_modules/electron/dist, fetched by
 * `node node_modules/electron/install.js`), Linux (the packaging fixture builds the Linux app) and
 * a display (`xvfb-run -a`). Where any of that is missing it is reported as not run, with the
 * reason, never as passed. Heavy modules (playwright-core, electron-builder) are loaded only when
 * it runs, so the skipped file costs `npm test` next to nothing.
 *
 * Playwright attaches to Electron's main process through `--inspect`, which the shipped binary's
 * EnableNodeCliInspectArguments fuse refuses (on purpose). So the Playwright part drives a copy of
 * the packaged executable, beside it in the same app folder, in which only that one fuse is on;
 * a test proves that the copy differs from the shipped binary in that one byte and nothing else,
 * and another starts the shipped binary itself.
 *
 * Nothing here reads or asserts the date: the app runs on the real clock, and no assertion
 * depends on it.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import type { ElectronApplication, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ENTRY } from '../../electron/main/appUrl';
import { secureWebPreferences } from '../../electron/main/webPreferences';
import { GOOD_PASSPHRASE } from '../fixtures/storeSettings';

const ROOT = path.resolve(import.meta.dirname, '../..');
/** Electron's unpacked distribution; another one (e.g. from IT's own mirror) with KIM_ELECTRON_DIST. */
const ELECTRON_DIST = path.resolve(process.env.KIM_ELECTRON_DIST ?? path.join(ROOT, 'node_modules', 'electron', 'dist'));
const SCREENSHOTS = path.join(ROOT, 'test-results', 'screenshots');
const USER_NAME = 'Anna Beispiel';
/** A fuse byte: ASCII '1' is on, '0' is off (@electron/fuses' FuseState, which its index does not export). */
const FUSE_ON = 0x31;
const FUSE_OFF = 0x30;
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/** Why the test cannot run on this machine; undefined when it can. */
function notRunnableBecause(): string | undefined {
  if (process.platform !== 'linux') return `it packages the Linux app (tests/fixtures/packApp.ts), this is ${process.platform}`;
  if (!fs.existsSync(path.join(ELECTRON_DIST, 'electron'))) {
    return `Electron's binary is missing (${path.relative(ROOT, ELECTRON_DIST) || ELECTRON_DIST}/electron): run \`node node_modules/electron/install.js\` where Electron's downloads are reachable, or set KIM_ELECTRON_DIST`;
  }
  if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return 'no display (DISPLAY is not set): run it under `xvfb-run -a`';
  return undefined;
}

const notRunnable = notRunnableBecause();
if (notRunnable) console.warn(`Electron smoke test NOT RUN (not passed): ${notRunnable}.`);

/** The packaging fixture's result (tests/fixtures/packApp.ts). */
interface Packed {
  appDir: string;
  executable: string;
  asarPath: string;
  unpackedDir: string;
}

/**
 * The Chromium sandbox stays on, as for a case manager, except as root, where Chromium refuses to
 * start with it (CI containers), or where KIM_ELECTRON_NO_SANDBOX=1 says the machine cannot
 * provide it (e.g. Ubuntu's AppArmor rule against unprivileged user namespaces).
 */
const chromiumSandbox = process.getuid?.() !== 0 && process.env.KIM_ELECTRON_NO_SANDBOX !== '1';

/**
 * The app's environment: an English system locale (the app must speak German anyway), Electron's
 * per-user folders in a temporary folder (never the developer's own), and nothing of the test
 * runner's that would change how the binary starts or where the store is.
 */
function appEnv(configHome: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) if (value !== undefined) env[name] = value;
  for (const name of ['KIM_DATA_DIR', 'ELECTRON_RUN_AS_NODE', 'NODE_OPTIONS', 'LC_ALL', 'LC_MESSAGES']) delete env[name];
  return { ...env, LANG: 'en_US.UTF-8', LANGUAGE: 'en_US:en', XDG_CONFIG_HOME: configHome };
}

/** Where the fuse wire sits in a binary: the byte after the sentinel is the version, then the length, then one byte per fuse. */
function fuseWireStart(binary: Buffer): number {
  const at = binary.indexOf(FUSE_SENTINEL);
  if (at < 0) throw new Error('no fuse sentinel in the binary');
  return at + FUSE_SENTINEL.length + 2;
}

/**
 * A copy of the packaged executable beside it, so it loads the same resources/app.asar, with only
 * EnableNodeCliInspectArguments switched on: `_electron` needs --inspect to reach the main process.
 */
async function inspectableCopy(executable: string): Promise<string> {
  const { flipFuses, FuseV1Options, FuseVersion } = await import('@electron/fuses');
  const copy = `${executable}-playwright`;
  fs.copyFileSync(executable, copy);
  fs.chmodSync(copy, 0o755);
  await flipFuses(copy, { version: FuseVersion.V1, [FuseV1Options.EnableNodeCliInspectArguments]: true });
  return copy;
}

/** Ends a process started with `detached` and all its children (Chromium's zygote, renderers, GPU process). */
async function endProcessGroup(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name);
    } catch {
      // Already gone.
    }
  };
  signal('SIGTERM');
  const timer = setTimeout(() => signal('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/** Resolves with the first match of `pattern` in what the process prints (stdout and stderr together). */
function waitForOutput(child: ChildProcess, output: () => string, pattern: RegExp, ms: number): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const match = output().match(pattern);
      if (!match) return;
      done();
      resolve(match);
    };
    const exit = (code: number | null) => {
      done();
      reject(new Error(`the app exited (${code}) before printing ${pattern}:\n${output()}`));
    };
    const timer = setTimeout(() => {
      done();
      reject(new Error(`no ${pattern} within ${ms} ms:\n${output()}`));
    }, ms);
    const done = () => {
      clearTimeout(timer);
      child.stdout?.off('data', check);
      child.stderr?.off('data', check);
      child.off('exit', exit);
    };
    child.stdout?.on('data', check);
    child.stderr?.on('data', check);
    child.once('exit', exit);
    check();
  });
}

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name });

async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `electron-${name}.png`) });
}

/** First run as a case manager does it (the steps of tests/e2e/firstRun.test.ts): name, passphrase, recovery key written down and confirmed. */
async function setUpStoreInApp(page: Page): Promise<void> {
  await heading(page, 'KIM Fallakte einrichten').waitFor({ timeout: 30_000 });
  await page.getByLabel('Ihr Name', { exact: true }).fill(USER_NAME);
  await page.getByLabel('Passphrase', { exact: true }).fill(GOOD_PASSPHRASE);
  await page.getByLabel('Passphrase wiederholen', { exact: true }).fill(GOOD_PASSPHRASE);
  await screenshot(page, '01-einrichten');
  await page.getByLabel('Passphrase wiederholen', { exact: true }).press('Enter');
  // The real key derivation (calibrated on this machine) runs here: seconds, not milliseconds.
  await heading(page, 'Ihr Wiederherstellungsschlüssel').waitFor({ timeout: 60_000 });
  const groups = await page.locator('.recovery-key-value').allTextContents();
  expect(groups).toHaveLength(8);
  await page.getByRole('button', { name: 'Ich habe den Schlüssel aufgeschrieben' }).click();
  await heading(page, 'Wiederherstellungsschlüssel bestätigen').waitFor();
  const fields = page.getByRole('textbox', { name: /^Gruppe \d$/ });
  expect(await fields.count()).toBe(2);
  for (const field of await fields.all()) {
    const label = await field.evaluate((element) => (element as unknown as { labels: { textContent: string | null }[] | null }).labels?.[0]?.textContent ?? '');
    const n = Number(label.match(/\d/)?.[0]);
    await field.fill(groups[n - 1]!);
  }
  await fields.last().press('Enter');
}

describe.skipIf(notRunnable !== undefined)(`the packaged app in Electron${notRunnable ? ` (NOT RUN: ${notRunnable})` : ''}`, () => {
  let tempRoot: string;
  let packed: Packed;
  /** The executable Playwright drives (inspectableCopy). */
  let copy: string;

  beforeAll(async () => {
    if (!fs.existsSync(path.join(ROOT, 'out', 'main', 'index.js'))) throw new Error('out/ fehlt: zuerst `npm run build`.');
    const distVersion = fs.readFileSync(path.join(ELECTRON_DIST, 'version'), 'utf8').trim().replace(/^v/, '');
    const wanted = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
    expect(distVersion, `Electron in ${ELECTRON_DIST}`).toBe(wanted);
    tempRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'kim-electron-'));
    const { packUnpacked } = await import('../fixtures/packApp');
    packed = await packUnpacked({ electronDist: ELECTRON_DIST, outDir: path.join(tempRoot, 'release') });
    copy = await inspectableCopy(packed.executable);
  });

  afterAll(() => {
    if (tempRoot) fs.rmSync(tempRoot, { recursive: true, force: true });
  });

  it('the packaged binary carries the fuses of build/electron-builder.config.cjs', async () => {
    const { getCurrentFuseWire, FuseV1Options } = await import('@electron/fuses');
    const config = createRequire(import.meta.url)('../../build/electron-builder.config.cjs') as { electronFuses: Record<string, boolean> };
    const wire = (await getCurrentFuseWire(packed.executable)) as unknown as Record<number, number>;
    const configured = Object.entries(config.electronFuses);
    expect(configured.length).toBeGreaterThan(0);
    for (const [name, on] of configured) {
      // The config's names are @electron/fuses' option names with a small first letter.
      const index = (FuseV1Options as unknown as Record<string, number | undefined>)[name.charAt(0).toUpperCase() + name.slice(1)];
      expect(index, `fuse ${name} unknown to @electron/fuses`).toBeTypeOf('number');
      expect(wire[index!], `fuse ${name}`).toBe(on ? FUSE_ON : FUSE_OFF);
    }
    // The guard the whole test relies on below: --inspect is off in what IT ships.
    expect(config.electronFuses.enableNodeCliInspectArguments).toBe(false);
  });

  it('Playwright drives a copy of the shipped binary that differs from it in the --inspect fuse only', async () => {
    const { FuseV1Options } = await import('@electron/fuses');
    const shipped = fs.readFileSync(packed.executable);
    const driven = fs.readFileSync(copy);
    expect(driven.length).toBe(shipped.length);
    const differing: number[] = [];
    for (let i = 0; i < shipped.length; i++) if (shipped[i] !== driven[i]) differing.push(i);
    const inspectFuse = fuseWireStart(shipped) + FuseV1Options.EnableNodeCliInspectArguments;
    expect(differing).toEqual([inspectFuse]);
    expect([shipped[inspectFuse], driven[inspectFuse]]).toEqual([FUSE_OFF, FUSE_ON]);
  });

  it('the shipped binary starts the app from its asar and ignores --inspect (the fuse holds at run time)', async () => {
    const dataDir = path.join(tempRoot, 'shipped-data');
    fs.mkdirSync(dataDir);
    let output = '';
    const child = spawn(
      packed.executable,
      ['--inspect=0', '--remote-debugging-port=0', `--data-dir=${dataDir}`, ...(chromiumSandbox ? [] : ['--no-sandbox'])],
      { env: appEnv(path.join(tempRoot, 'shipped-config')), detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child.stdout.on('data', (chunk: Buffer) => void (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => void (output += chunk.toString()));
    try {
      const [, port] = await waitForOutput(child, () => output, /DevTools listening on ws:\/\/127\.0\.0\.1:(\d+)\//, 60_000);
      // The window's page, as Chromium's DevTools endpoint lists it (loopback only).
      await expect
        .poll(
          async () => {
            try {
              const targets = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as { type: string; url: string; title: string }[];
              return targets.filter((target) => target.type === 'page').map(({ url, title }) => ({ url, title }));
            } catch {
              return []; // The endpoint is not answering yet: ask again.
            }
          },
          { timeout: 30_000 },
        )
        .toEqual([{ url: APP_ENTRY, title: 'KIM Fallakte' }]);
      // Node's inspector would have announced itself long before the page loaded.
      expect(output).not.toMatch(/Debugger listening/);
      expect(child.exitCode).toBeNull();
    } finally {
      await endProcessGroup(child);
    }
  });

  describe('driven through Playwright', () => {
    let electronApp: ElectronApplication;
    let page: Page;
    let dataDir: string;
    let configHome: string;

    beforeAll(async () => {
      dataDir = path.join(tempRoot, 'data');
      configHome = path.join(tempRoot, 'config');
      fs.mkdirSync(dataDir);
      const { _electron } = await import('playwright-core');
      electronApp = await _electron.launch({
        executablePath: copy,
        args: [`--data-dir=${dataDir}`],
        env: appEnv(configHome),
        chromiumSandbox,
        timeout: 60_000,
      });
      page = await electronApp.firstWindow({ timeout: 60_000 });
      await page.waitForLoadState('domcontentloaded');
    });

    afterAll(async () => {
      await electronApp?.close();
    });

    it('runs the packaged app: from the asar, its data where the test put it, one window, on the app:// entry', async () => {
      const main = await electronApp.evaluate(({ app, BrowserWindow }) => ({
        packaged: app.isPackaged,
        appPath: app.getAppPath(),
        userData: app.getPath('userData'),
        windows: BrowserWindow.getAllWindows().length,
      }));
      // Chromium's own data (cache, local storage) in the per-user folder of the test's XDG_CONFIG_HOME.
      expect(main).toEqual({ packaged: true, appPath: fs.realpathSync(packed.asarPath), userData: path.join(configHome, 'KIM Fallakte'), windows: 1 });
      expect(page.url()).toBe(APP_ENTRY);
      expect(await page.title()).toBe('KIM Fallakte');
    });

    it('gives the window the secure web preferences of electron/main/webPreferences.ts, DevTools off', async () => {
      const preferences = await electronApp.evaluate(({ BrowserWindow }) => {
        const contents = BrowserWindow.getAllWindows()[0]?.webContents as unknown as { getLastWebPreferences(): Record<string, unknown> | null } | undefined;
        return contents?.getLastWebPreferences() ?? null;
      });
      // Spelled out, so weakening webPreferences.ts fails here too, not only the comparison below.
      expect(preferences).toMatchObject({
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        webSecurity: true,
        webviewTag: false,
        spellcheck: false,
        devTools: false,
      });
      const { preload: _, ...expected } = secureWebPreferences('', { devTools: false });
      expect(preferences).toMatchObject(expected);
      expect(preferences?.preload).toBe(path.join(fs.realpathSync(packed.asarPath), 'out', 'preload', 'index.cjs'));
    });

    it('leaves the page without Node: only window.kim of the preload', async () => {
      const globals = await page.evaluate(() => ({
        process: typeof process,
        require: typeof require,
        kim: typeof (globalThis as { kim?: unknown }).kim,
      }));
      expect(globals).toEqual({ process: 'undefined', require: 'undefined', kim: 'object' });
    });

    it('speaks German on an English system: navigator.language is de-DE', async () => {
      expect(await page.evaluate(() => navigator.language)).toBe('de-DE');
      expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().locale)).toMatch(/^de\b/);
    });

    it('sets up a store, locks with Strg+L and unlocks with the passphrase', async () => {
      await setUpStoreInApp(page);
      const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
      await nav.waitFor({ timeout: 30_000 });
      await expect.poll(() => page.getByText(USER_NAME).first().isVisible()).toBe(true);
      await screenshot(page, '02-app-rahmen');

      await page.keyboard.press('Control+L');
      await heading(page, 'Fallakte entsperren').waitFor({ timeout: 10_000 });
      expect(await page.getByText(USER_NAME).count()).toBe(0);
      await screenshot(page, '03-gesperrt');

      await page.getByLabel('Passphrase', { exact: true }).fill(GOOD_PASSPHRASE);
      await page.getByLabel('Passphrase', { exact: true }).press('Enter');
      await nav.waitFor({ timeout: 60_000 });
      await expect.poll(() => page.getByText(USER_NAME).first().isVisible()).toBe(true);

      // The store is where --data-dir put it, not in the per-user default.
      expect(fs.existsSync(path.join(dataDir, 'kim.db'))).toBe(true);
      expect(fs.existsSync(path.join(configHome, 'KIM Fallakte', 'kim.db'))).toBe(false);
      // The diagnostics log beside it recorded the calls, and nothing that was typed.
      const log = fs.readFileSync(path.join(dataDir, 'logs', 'kim.log'), 'utf8');
      const calls = log
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as { method?: string; outcome?: string });
      for (const method of ['store.create', 'store.lock', 'store.unlock']) {
        expect(calls, method).toContainEqual(expect.objectContaining({ method, outcome: 'ok' }));
      }
      // Every call came from the app's own page (the main process refuses any other sender).
      expect(calls.filter((call) => call.outcome === 'FORBIDDEN')).toEqual([]);
      expect(log).not.toContain(GOOD_PASSPHRASE);
      expect(log).not.toContain(USER_NAME);
    });
  });
});
