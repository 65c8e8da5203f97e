/** Electron glue: the app:// scheme and a session that refuses everything the app does not need. */
import fs from 'node:fs/promises';
import { app, protocol, session, type Session, type WebContents } from 'electron';
import { APP_SCHEME, mimeType, resolveAppPath } from './appUrl';
import { BLOCKED_URL_PATTERNS, SECURITY_HEADERS } from './csp';

/** Must run before `app.ready`. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

export function serveRenderer(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppPath(rendererRoot, request.url);
    if (!file) return new Response('Nicht gefunden', { status: 404 });
    try {
      const body = await fs.readFile(file);
      return new Response(body, { headers: { 'Content-Type': mimeType(file), ...SECURITY_HEADERS } });
    } catch {
      return new Response('Nicht gefunden', { status: 404 });
    }
  });
}

export function hardenSession(appSession: Session = session.defaultSession): void {
  appSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  appSession.setPermissionCheckHandler(() => false);
  appSession.setDevicePermissionHandler(() => false);
  appSession.webRequest.onBeforeRequest({ urls: BLOCKED_URL_PATTERNS }, (_details, callback) => callback({ cancel: true }));
  appSession.setProxy({ mode: 'direct' }).catch(() => undefined);
}

/**
 * Every navigation, new window and webview is refused. The renderer is one page that never
 * navigates; loadURL at startup is not a navigation event.
 */
export function hardenContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-frame-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

export function hardenApp(): void {
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
}
