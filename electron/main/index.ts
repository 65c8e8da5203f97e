/**
 * The main process: thin Electron glue around the services. Everything it decides (URLs, CSP,
 * auto-lock, the handlers) lives in plain modules that the tests exercise without Electron.
 */
import path from 'node:path';
import { app, BrowserWindow, dialog, powerMonitor } from 'electron';
import { createServices } from '../services';
import { createHandlers } from '../ipc/handlers';
import { IDLE_POLL_MS } from '../services/autoLock';
import { registerIpc, sendEvent } from './ipc';
import { hardenApp, hardenSession, registerAppScheme, serveRenderer } from './security';
import { secureWebPreferences } from './webPreferences';
import { APP_ENTRY } from './appUrl';
import { backupDialogs, handoverDialogs } from './fileDialogs';
import { setFontsFolder } from '../services/pdf/fonts';
import { systemTimers, watchRenderer } from './rendererWatch';
import { dataDirForProcess, dbPathIn, electronUserDataDir } from '../services/dataDir';
import { createDiagnosticLog, logDirFor } from '../services/diagnostics/log';
import { applyAppLocale } from './locale';

const isDev = !app.isPackaged;
const root = app.getAppPath();

registerAppScheme();
hardenApp();
// German whatever the system's locale (Chromium's own strings too); before app.whenReady.
applyAppLocale(app.commandLine);
app.setPath('userData', electronUserDataDir({ platform: process.platform, env: process.env, home: app.getPath('home') })); // local, before the lock that lives in it
if (!app.requestSingleInstanceLock()) app.quit();

// The PDFs' fonts ship beside the migrations (build/electron-builder.config.cjs).
setFontsFolder(path.join(root, 'electron', 'assets', 'fonts'));
// The store's folder as IT set it (--data-dir, KIM_DATA_DIR, machine-wide file) or the default;
// a bad setting stops the start with its German message rather than opening another store.
const dataDir = dataDirForProcess();
if (!dataDir.ok) {
  dialog.showErrorBox('KIM Fallakte', dataDir.problem);
  process.exit(1);
}
const services = createServices({
  dbPath: dbPathIn(process.platform, dataDir.location),
  dataLocation: dataDir.location,
  migrationsFolder: path.join(root, 'db', 'migrations'),
});
// The diagnostics log for IT: `logs` beside the store, method names, outcomes and events only.
const log = createDiagnosticLog({ dir: logDirFor(services.store.dbPath), appRoot: root });
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
  // A crashed or hung renderer: lock the store, reload the page (rendererWatch.ts).
  const watched = window;
  watchRenderer(watched, {
    ...systemTimers,
    lock: () => services.store.lock('renderer'),
    reload: ({ replaceProcess }) => {
      if (watched.isDestroyed()) return;
      if (replaceProcess) watched.webContents.forcefullyCrashRenderer();
      watched.webContents.reload();
    },
    log: (entry) => log.event(entry),
  });
  void window.loadURL(APP_ENTRY);
}

app.whenReady().then(() => {
  hardenSession();
  serveRenderer(path.join(root, 'out', 'renderer'));
  registerIpc(createHandlers(services), () => window?.webContents ?? null, { log });
  services.backup.chooseFilesWith(backupDialogs(() => window));
  services.handover.chooseFilesWith(handoverDialogs(() => window));
  services.store.onLocked((reason) => sendEvent(window?.webContents ?? null, { name: 'locked', reason }));
  services.store.onIntegrityChecked((integrity) => sendEvent(window?.webContents ?? null, { name: 'integrityChecked', integrity }));
  services.store.onProblem((event, error) => log.event({ event, error }));
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
