/**
 * The main process: thin Electron glue around the services. Everything it decides (URLs, CSP,
 * auto-lock, the handlers) lives in plain modules that the tests exercise without Electron.
 */
import path from 'node:path';
import { app, BrowserWindow, powerMonitor } from 'electron';
import { createServices } from '../services';
import { createHandlers } from '../ipc/handlers';
import { IDLE_POLL_MS } from '../services/autoLock';
import { registerIpc, sendEvent } from './ipc';
import { hardenApp, hardenSession, registerAppScheme, serveRenderer } from './security';
import { secureWebPreferences } from './webPreferences';
import { APP_ENTRY } from './appUrl';
import { backupDialogs, handoverDialogs } from './fileDialogs';
import { setFontsFolder } from '../services/pdf/fonts';

const isDev = !app.isPackaged;
const root = app.getAppPath();

registerAppScheme();
hardenApp();
if (!app.requestSingleInstanceLock()) app.quit();

// The PDFs' fonts ship beside the migrations (build/electron-builder.config.cjs).
setFontsFolder(path.join(root, 'electron', 'assets', 'fonts'));
const services = createServices({
  dbPath: path.join(app.getPath('userData'), 'kim.db'),
  migrationsFolder: path.join(root, 'db', 'migrations'),
});
let window: BrowserWindow | null = null;

function createWindow(): void {
  window = new BrowserWindow({
    width: 1280,
    height: 840,
    minWidth: 900,
    minHeight: 600,
    title: 'KIM Fallakte',
    show: false,
    webPreferences: secureWebPreferences(path.join(root, 'out', 'preload', 'index.cjs'), { devTools: isDev }),
  });
  window.removeMenu();
  window.once('ready-to-show', () => window?.show());
  window.on('closed', () => {
    window = null;
  });
  void window.loadURL(APP_ENTRY);
}

app.whenReady().then(() => {
  hardenSession();
  serveRenderer(path.join(root, 'out', 'renderer'));
  registerIpc(createHandlers(services), () => window?.webContents ?? null);
  services.backup.chooseFilesWith(backupDialogs(() => window));
  services.handover.chooseFilesWith(handoverDialogs(() => window));
  services.store.onLocked((reason) => sendEvent(window?.webContents ?? null, { name: 'locked', reason }));
  services.store.onIntegrityChecked((integrity) => sendEvent(window?.webContents ?? null, { name: 'integrityChecked', integrity }));
  powerMonitor.on('suspend', () => services.autoLock.onSuspend());
  powerMonitor.on('lock-screen', () => services.autoLock.onScreenLock());
  setInterval(() => services.autoLock.onIdle(powerMonitor.getSystemIdleTime()), IDLE_POLL_MS);
  createWindow();
});

app.on('second-instance', () => {
  if (window?.isMinimized()) window.restore();
  window?.focus();
});
app.on('window-all-closed', () => {
  services.store.lock('manual');
  app.quit();
});
app.on('before-quit', () => services.store.lock('manual'));
