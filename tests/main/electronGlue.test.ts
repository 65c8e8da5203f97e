/**
 * Electron cannot start on these machines, so the thin glue is driven here with a stand-in for
 * the 'electron' module: the same code registers IPC, hardens contents and sessions, and serves
 * the app:// scheme.
 */
import fs from 'node:fs';
import path from 'node:path';
import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  ipcMain: { handle: vi.fn() },
  protocol: { handle: vi.fn(), registerSchemesAsPrivileged: vi.fn() },
  app: { on: vi.fn() },
  session: { defaultSession: null },
}));
vi.mock('electron', () => electron);

const { registerIpc } = await import('../../electron/main/ipc');
const { hardenContents, hardenSession, serveRenderer } = await import('../../electron/main/security');
const { methodNames } = await import('../../electron/contract');
const { BLOCKED_URL_PATTERNS, CONTENT_SECURITY_POLICY } = await import('../../electron/main/csp');
const { secureWebPreferences } = await import('../../electron/main/webPreferences');
const { tempDir } = await import('../fixtures/tempStore');

type Handler = (event: unknown, input: unknown) => Promise<unknown>;

function fakeWindow(url: string) {
  const mainFrame = { url };
  return { mainFrame, isDestroyed: () => false };
}

describe('IPC registration', () => {
  beforeEach(() => electron.ipcMain.handle.mockReset());

  it('registers one channel per contract method and answers only the app page itself', async () => {
    const handlers = Object.fromEntries(methodNames.map((n) => [n, vi.fn(() => 'ran')]));
    const window = fakeWindow('app://kim/index.html');
    registerIpc(handlers as never, () => window as never);
    const channels = electron.ipcMain.handle.mock.calls.map((c) => c[0]);
    expect(channels).toEqual(methodNames.map((n) => `kim:${n}`));

    const handlerFor = (name: string) => electron.ipcMain.handle.mock.calls.find((c) => c[0] === `kim:${name}`)![1] as Handler;
    const status = handlerFor('store.status');
    expect(await status({ sender: window, senderFrame: window.mainFrame }, {})).toEqual({ ok: true, value: 'ran' });

    const forbidden = { ok: false, error: { code: 'FORBIDDEN', message: expect.any(String) } };
    const subframe = { url: 'app://kim/index.html' };
    expect(await status({ sender: window, senderFrame: subframe }, {})).toEqual(forbidden);
    const otherPage = fakeWindow('https://evil.example/');
    expect(await status({ sender: otherPage, senderFrame: otherPage.mainFrame }, {})).toEqual(forbidden);
    window.mainFrame.url = 'file:///tmp/x.html';
    expect(await status({ sender: window, senderFrame: window.mainFrame }, {})).toEqual(forbidden);
    expect(await status({ sender: window, senderFrame: null }, {})).toEqual(forbidden);
    expect(handlers['store.status']).toHaveBeenCalledTimes(1);
  });
});

describe('hardening', () => {
  it('refuses every navigation, new window and webview', () => {
    const contents = Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn() });
    hardenContents(contents as never);
    const navigate = (url: string) => {
      const event = { preventDefault: vi.fn() };
      contents.emit('will-navigate', event, url);
      return event.preventDefault.mock.calls.length > 0;
    };
    expect(navigate('https://example.org/')).toBe(true);
    expect(navigate('file:///etc/passwd')).toBe(true);
    expect(navigate('app://kim/index.html')).toBe(true);
    const frameNavigation = { preventDefault: vi.fn() };
    contents.emit('will-frame-navigate', frameNavigation);
    expect(frameNavigation.preventDefault).toHaveBeenCalled();
    const webview = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', webview);
    expect(webview.preventDefault).toHaveBeenCalled();
    const opener = contents.setWindowOpenHandler.mock.calls[0]![0] as () => unknown;
    expect(opener()).toEqual({ action: 'deny' });
  });

  it('denies every permission and cancels every network request of the session', () => {
    const session = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
      setProxy: vi.fn(async () => undefined),
      webRequest: { onBeforeRequest: vi.fn() },
    };
    hardenSession(session as never);
    const grant = vi.fn();
    session.setPermissionRequestHandler.mock.calls[0]![0](null, 'media', grant);
    expect(grant).toHaveBeenCalledWith(false);
    expect(session.setPermissionCheckHandler.mock.calls[0]![0]()).toBe(false);
    const [filter, listener] = session.webRequest.onBeforeRequest.mock.calls[0]!;
    expect(filter).toEqual({ urls: BLOCKED_URL_PATTERNS });
    expect(BLOCKED_URL_PATTERNS).toEqual(expect.arrayContaining(['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*']));
    const answer = vi.fn();
    listener({ url: 'https://example.org' }, answer);
    expect(answer).toHaveBeenCalledWith({ cancel: true });
  });

  it('serves the renderer over app:// with the CSP and nothing outside its folder', async () => {
    const root = tempDir();
    fs.writeFileSync(path.join(root, 'index.html'), '<h1>KIM</h1>');
    fs.writeFileSync(path.join(path.dirname(root), 'secret.txt'), 'geheim');
    serveRenderer(root);
    const handler = electron.protocol.handle.mock.calls[0]![1] as (r: { url: string }) => Promise<Response>;
    const page = await handler({ url: 'app://kim/' });
    expect(page.status).toBe(200);
    expect(await page.text()).toBe('<h1>KIM</h1>');
    expect(page.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect((await handler({ url: 'app://kim/..%2fsecret.txt' })).status).toBe(404);
    expect((await handler({ url: 'app://kim/missing.js' })).status).toBe(404);
    fs.rmSync(path.join(path.dirname(root), 'secret.txt'));
  });

  it('the CSP allows only the app itself', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-|https?:|\*/);
    const html = fs.readFileSync('renderer/index.html', 'utf8');
    expect(html).toContain("default-src 'none'; script-src 'self'");
  });

  it('the window is sandboxed, isolated and without Node; DevTools only when asked', () => {
    const prefs = secureWebPreferences('/p.cjs', { devTools: false });
    expect(prefs).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, webviewTag: false, webSecurity: true, devTools: false });
  });
});

describe('build output', () => {
  it('the preload bundle requires nothing but electron (a sandboxed preload cannot)', () => {
    const file = 'out/preload/index.cjs';
    expect(fs.existsSync(file), 'run `npm run build` first (npm test does)').toBe(true);
    const requires = [...fs.readFileSync(file, 'utf8').matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
    expect(new Set(requires)).toEqual(new Set(['electron']));
  });
});
