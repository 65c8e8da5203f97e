/**
 * What the main process does when the window's renderer crashes or hangs (issue 16): the store is
 * locked at once (a renderer in an unknown state must not keep an open store behind it) and the
 * window reloads, so the person finds the unlock screen and, after unlocking, the drafts kept in
 * the encrypted store. A hang gets a grace period first: Electron reports `unresponsive` for a
 * long task too, and `responsive` within the grace cancels everything.
 *
 * Electron-free with injected dependencies, so tests drive it with fake timers; the glue in
 * index.ts only connects the window's events.
 */

/** Electron's `render-process-gone` details (only what is used here). */
export interface GoneDetails {
  reason: string;
  exitCode?: number;
}

/** A log entry: event names, reasons and codes only, never page content. */
export interface RendererWatchEntry {
  event:
    | 'renderer.gone'
    | 'renderer.unresponsive'
    | 'renderer.responsive'
    | 'renderer.hung'
    | 'renderer.reload'
    | 'renderer.reloadSkipped'
    | 'renderer.replaced';
  reason?: string;
  exitCode?: number;
}

export interface RendererWatchDeps {
  /** Locks the store (a no-op when it is locked already). */
  lock: () => void;
  /**
   * Reloads the window's page. `replaceProcess`: the renderer hangs and cannot reload itself, so
   * the glue first ends its process (webContents.forcefullyCrashRenderer) and reloads in a new one.
   */
  reload: (options: { replaceProcess: boolean }) => void;
  log: (entry: RendererWatchEntry) => void;
  setTimeout: (run: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
  /** Milliseconds on a monotonic or wall clock, for the crash-loop guard. */
  now: () => number;
  graceMs?: number;
}

/** How long a hang may last before the window is reloaded. */
export const UNRESPONSIVE_GRACE_MS = 10_000;
/** A renderer that keeps crashing right after each reload is not reloaded forever. */
export const MAX_RELOADS = 3;
export const RELOAD_WINDOW_MS = 60_000;
/** How long the `render-process-gone` caused by ending a hung renderer is expected. */
export const OWN_KILL_WINDOW_MS = 5_000;

/** The renderer ended on purpose (the window closes, the app quits): nothing to reload. */
const NO_RELOAD_REASONS = new Set(['clean-exit']);

export interface RendererWatch {
  onGone(details: GoneDetails): void;
  onUnresponsive(): void;
  onResponsive(): void;
  /** The window is closed: no timer may fire afterwards. */
  dispose(): void;
}

export function createRendererWatch(deps: RendererWatchDeps): RendererWatch {
  const graceMs = deps.graceMs ?? UNRESPONSIVE_GRACE_MS;
  let hangTimer: unknown = null;
  let ownKillTimer: unknown = null;
  let disposed = false;
  const reloads: number[] = [];

  function cancelHang(): void {
    if (hangTimer === null) return;
    deps.clearTimeout(hangTimer);
    hangTimer = null;
  }

  function expectOwnKill(expected: boolean): void {
    if (ownKillTimer !== null) deps.clearTimeout(ownKillTimer);
    ownKillTimer = expected
      ? deps.setTimeout(() => {
          ownKillTimer = null;
        }, OWN_KILL_WINDOW_MS)
      : null;
  }

  /** Reloads unless the renderer keeps failing; the store stays locked either way. */
  function reload(replaceProcess: boolean, reason: string): void {
    const now = deps.now();
    while (reloads.length > 0 && now - reloads[0]! > RELOAD_WINDOW_MS) reloads.shift();
    if (reloads.length >= MAX_RELOADS) {
      deps.log({ event: 'renderer.reloadSkipped', reason });
      return;
    }
    reloads.push(now);
    deps.log({ event: 'renderer.reload', reason });
    if (replaceProcess) expectOwnKill(true);
    deps.reload({ replaceProcess });
  }

  return {
    onGone(details) {
      if (disposed) return;
      cancelHang();
      if (ownKillTimer !== null) {
        // The hung renderer this module ended itself; it has been locked and reloaded already.
        expectOwnKill(false);
        deps.log({ event: 'renderer.replaced', reason: details.reason, exitCode: details.exitCode });
        return;
      }
      deps.log({ event: 'renderer.gone', reason: details.reason, exitCode: details.exitCode });
      deps.lock();
      if (!NO_RELOAD_REASONS.has(details.reason)) reload(false, details.reason);
    },
    onUnresponsive() {
      if (disposed || hangTimer !== null) return;
      deps.log({ event: 'renderer.unresponsive' });
      hangTimer = deps.setTimeout(() => {
        hangTimer = null;
        deps.log({ event: 'renderer.hung', reason: `${graceMs}ms` });
        deps.lock();
        reload(true, 'unresponsive');
      }, graceMs);
    },
    onResponsive() {
      if (disposed || hangTimer === null) return;
      cancelHang();
      deps.log({ event: 'renderer.responsive' });
    },
    dispose() {
      disposed = true;
      cancelHang();
      expectOwnKill(false);
    },
  };
}

/** The parts of a BrowserWindow the watch listens to (typed loosely so tests need no Electron). */
export interface WatchedWindow {
  on(event: 'unresponsive' | 'responsive' | 'closed', listener: () => void): unknown;
  webContents: {
    on(event: 'render-process-gone', listener: (event: unknown, details: GoneDetails) => void): unknown;
  };
}

/** The real clock and timers, for the glue in index.ts. */
export const systemTimers: Pick<RendererWatchDeps, 'setTimeout' | 'clearTimeout' | 'now'> = {
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  now: () => performance.now(),
};

/** Connects the watch to a window's events; ends it when the window closes. */
export function watchRenderer(window: WatchedWindow, deps: RendererWatchDeps): RendererWatch {
  const watch = createRendererWatch(deps);
  window.webContents.on('render-process-gone', (_event, details) => watch.onGone(details));
  window.on('unresponsive', () => watch.onUnresponsive());
  window.on('responsive', () => watch.onResponsive());
  window.on('closed', () => watch.dispose());
  return watch;
}
