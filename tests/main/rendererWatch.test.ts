/**
 * A crashed or hung renderer locks the store and reloads the window (issue 16), driven with fake
 * timers: no real waiting, no Electron.
 */
import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createRendererWatch,
  MAX_RELOADS,
  OWN_KILL_WINDOW_MS,
  RELOAD_WINDOW_MS,
  UNRESPONSIVE_GRACE_MS,
  watchRenderer,
  type RendererWatchDeps,
} from '../../electron/main/rendererWatch';

const START = new Date(2026, 10, 21, 9, 0).getTime();

function setup(graceMs?: number) {
  const order: string[] = [];
  const deps = {
    lock: vi.fn(() => order.push('lock')),
    reload: vi.fn((options: { replaceProcess: boolean }) => order.push(options.replaceProcess ? 'replace+reload' : 'reload')),
    log: vi.fn(),
    setTimeout: (run: () => void, ms: number) => setTimeout(run, ms),
    clearTimeout: (handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    now: () => Date.now(),
  };
  const options: RendererWatchDeps = graceMs === undefined ? deps : { ...deps, graceMs };
  return { deps, order, watch: createRendererWatch(options) };
}

const events = (log: { mock: { calls: unknown[][] } }) => log.mock.calls.map((c) => (c[0] as { event: string }).event);

beforeEach(() => {
  vi.useFakeTimers({ now: START });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('a crashed renderer', () => {
  it('locks the store first, then reloads the window, and logs the reason and exit code only', () => {
    const { deps, order, watch } = setup();
    watch.onGone({ reason: 'crashed', exitCode: 139 });
    expect(order).toEqual(['lock', 'reload']);
    expect(deps.log).toHaveBeenCalledWith({ event: 'renderer.gone', reason: 'crashed', exitCode: 139 });
    expect(events(deps.log)).toEqual(['renderer.gone', 'renderer.reload']);
  });

  it.each(['oom', 'killed', 'abnormal-exit', 'launch-failed'])('reloads after %s', (reason) => {
    const { deps, watch } = setup();
    watch.onGone({ reason, exitCode: 1 });
    expect(deps.lock).toHaveBeenCalledTimes(1);
    expect(deps.reload).toHaveBeenCalledWith({ replaceProcess: false });
  });

  it('locks but does not reload when the renderer ended cleanly (the window closes)', () => {
    const { deps, watch } = setup();
    watch.onGone({ reason: 'clean-exit', exitCode: 0 });
    expect(deps.lock).toHaveBeenCalledTimes(1);
    expect(deps.reload).not.toHaveBeenCalled();
  });

  it('stops reloading a renderer that crashes again and again, and starts again a while later', () => {
    const { deps, watch } = setup();
    for (let i = 0; i < MAX_RELOADS + 2; i++) {
      watch.onGone({ reason: 'crashed', exitCode: 1 });
      vi.advanceTimersByTime(1_000);
    }
    expect(deps.lock).toHaveBeenCalledTimes(MAX_RELOADS + 2);
    expect(deps.reload).toHaveBeenCalledTimes(MAX_RELOADS);
    expect(events(deps.log)).toContain('renderer.reloadSkipped');

    vi.advanceTimersByTime(RELOAD_WINDOW_MS);
    watch.onGone({ reason: 'crashed', exitCode: 1 });
    expect(deps.reload).toHaveBeenCalledTimes(MAX_RELOADS + 1);
  });
});

describe('a hung renderer', () => {
  it('is left alone during the grace period, then the store is locked and the renderer replaced', () => {
    const { deps, order, watch } = setup();
    watch.onUnresponsive();
    vi.advanceTimersByTime(UNRESPONSIVE_GRACE_MS - 1);
    expect(deps.lock).not.toHaveBeenCalled();
    expect(deps.reload).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(order).toEqual(['lock', 'replace+reload']);
    expect(events(deps.log)).toEqual(['renderer.unresponsive', 'renderer.hung', 'renderer.reload']);
  });

  it('is not touched when it answers again within the grace period', () => {
    const { deps, watch } = setup();
    watch.onUnresponsive();
    vi.advanceTimersByTime(UNRESPONSIVE_GRACE_MS - 1);
    watch.onResponsive();
    vi.advanceTimersByTime(UNRESPONSIVE_GRACE_MS * 3);
    expect(deps.lock).not.toHaveBeenCalled();
    expect(deps.reload).not.toHaveBeenCalled();
    expect(events(deps.log)).toEqual(['renderer.unresponsive', 'renderer.responsive']);
  });

  it('counts the grace from the first report, not from repeated ones', () => {
    const { deps, watch } = setup();
    watch.onUnresponsive();
    vi.advanceTimersByTime(UNRESPONSIVE_GRACE_MS / 2);
    watch.onUnresponsive();
    vi.advanceTimersByTime(UNRESPONSIVE_GRACE_MS / 2);
    expect(deps.lock).toHaveBeenCalledTimes(1);
    expect(deps.reload).toHaveBeenCalledTimes(1);
  });

  it('takes the grace period it is given', () => {
    const { deps, watch } = setup(2_000);
    watch.onUnresponsive();
    vi.advanceTimersByTime(2_000);
    expect(deps.lock).toHaveBeenCalledTimes(1);
  });

  it('does not reload twice when the renderer it ended reports itself gone', () => {
    const { deps, watch } = setup();
    watch.onUnresponsive();
    vi.advanceTimersByTime(UNRESPONSIVE_GRACE_MS);
    watch.onGone({ reason: 'killed', exitCode: 9 });
    expect(deps.reload).toHaveBeenCalledTimes(1);
    expect(events(deps.log).at(-1)).toBe('renderer.replaced');

    // A later, real crash is handled again.
    watch.onGone({ reason: 'crashed', exitCode: 1 });
    expect(deps.reload).toHaveBeenCalledTimes(2);
  });

  it('treats a crash long after its own kill as a new crash', () => {
    const { deps, watch } = setup();
    watch.onUnresponsive();
    vi.advanceTimersByTime(UNRESPONSIVE_GRACE_MS + OWN_KILL_WINDOW_MS);
    watch.onGone({ reason: 'crashed', exitCode: 1 });
    expect(deps.reload).toHaveBeenCalledTimes(2);
  });

  it('cancels a waiting hang when the renderer crashes meanwhile', () => {
    const { deps, watch } = setup();
    watch.onUnresponsive();
    watch.onGone({ reason: 'crashed', exitCode: 1 });
    vi.advanceTimersByTime(UNRESPONSIVE_GRACE_MS * 2);
    expect(deps.lock).toHaveBeenCalledTimes(1);
    expect(deps.reload).toHaveBeenCalledTimes(1);
    expect(deps.reload).toHaveBeenCalledWith({ replaceProcess: false });
  });
});

describe('the window', () => {
  function fakeWindow() {
    const window = Object.assign(new EventEmitter(), { webContents: new EventEmitter() });
    return window;
  }

  it("connects the window's events and ends the watch when it closes", () => {
    const window = fakeWindow();
    const { deps } = setup();
    watchRenderer(window, deps);

    window.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 5 });
    expect(deps.lock).toHaveBeenCalledTimes(1);
    expect(deps.reload).toHaveBeenCalledTimes(1);

    window.emit('unresponsive');
    window.emit('responsive');
    vi.advanceTimersByTime(UNRESPONSIVE_GRACE_MS);
    expect(deps.lock).toHaveBeenCalledTimes(1);

    window.emit('unresponsive');
    window.emit('closed');
    vi.advanceTimersByTime(UNRESPONSIVE_GRACE_MS);
    window.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 5 });
    expect(deps.lock).toHaveBeenCalledTimes(1);
    expect(deps.reload).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });
});
