/**
 * A fake `window.kim` for renderer tests: every contract method is a vi.fn() returning a
 * Result (defaults below, override per test), and `emit` pushes events like the main process.
 */
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi, type Mock } from 'vitest';
import type { KimApi } from '../../electron/contract/api';
import { methodNames, type KimEvent, type MethodName } from '../../electron/contract';
import { errorMessages, type ErrorCode } from '../../electron/contract/errors';
import { App } from '../../renderer/App';
import { resetAfterLock, useSession } from '../../renderer/state/session';
import { setClock } from '../../renderer/state/clock';
import { forgetRouteAtLock } from '../../renderer/features/frame/navigation';
import { TEST_NOW } from './testClock';

export type FakeKim = { [K in MethodName]: Mock<KimApi[K]> } & { onEvent: Mock<KimApi['onEvent']> };

export const KEY = '7K2M-AB3C-D4EF-GH5J-K6MN-P7QR-S8TV-W9XY';
export const KEY_GROUPS = KEY.split('-');
export const GOOD_PASSPHRASE = 'Kaffee-Tasse-Regen-1987';
export const OTHER_PASSPHRASE = 'Fahrrad Brücke Nebel Ahorn';

export function ok<T>(value: T) {
  return { ok: true as const, value };
}

export function fail<C extends ErrorCode>(code: C, extra: { retryAfterMs?: number } = {}) {
  return { ok: false as const, error: { code, message: errorMessages[code], ...extra } };
}

export const unlockedStatus = { state: 'unlocked' as const, recoveryKeyPending: false };
export const newStatus = { state: 'new' as const, recoveryKeyPending: false };

export function installFakeKim() {
  const listeners = new Set<(event: KimEvent) => void>();
  // Methods a test does not set up answer INTERNAL, so a forgotten set-up shows, not hangs.
  const unanswered = Object.fromEntries(methodNames.map((name) => [name, vi.fn(async () => fail('INTERNAL'))]));
  const kim = {
    ...unanswered,
    'store.status': vi.fn(async () => ok({ state: 'locked' as const, recoveryKeyPending: false })),
    'store.location': vi.fn(async () =>
      ok({ folder: '/home/aylin/.config/KIM Fallakte', source: 'standard' as const, sourceLabel: 'Standardordner Ihres Benutzerkontos' }),
    ),
    'store.create': vi.fn(async () => ok({ recoveryKey: KEY })),
    'store.unlock': vi.fn(async () => ok({ state: 'unlocked' as const, recoveryKeyPending: false, recoveryKey: null })),
    'store.unlockWithRecoveryKey': vi.fn(async () => ok({ state: 'unlocked' as const, recoveryKeyPending: false, recoveryKey: null })),
    'store.lock': vi.fn(async () => ok(null)),
    // Forms keep drafts and show earlier versions: none unless a test sets them up.
    'drafts.save': vi.fn(async () => ok(null)),
    'drafts.load': vi.fn(async () => ok(null)),
    'drafts.discard': vi.fn(async () => ok(null)),
    'drafts.resume': vi.fn(async () => ok(null)),
    'versions.list': vi.fn(async () => ok([])),
    'store.changePassphrase': vi.fn(async () => ok(null)),
    'recoveryKey.confirm': vi.fn(async () => ok(null)),
    'recoveryKey.renew': vi.fn(async () => ok({ recoveryKey: KEY })),
    'settings.get': vi.fn(async () => ok({ userName: 'Aylin Demir', autoLockMinutes: 5, reassessmentMonths: 6 })),
    'settings.update': vi.fn(async (patch) => ok({ userName: 'Aylin Demir', autoLockMinutes: 5, reassessmentMonths: 6, ...patch })),
    // Heute and Einstellungen ask for the last backup: a recent one, so no reminder unless a test wants one.
    'backup.status': vi.fn(async () => ok({ lastBackupAt: new Date(2026, 10, 20, 16, 0).toISOString(), reminderDays: 7, due: false })),
    // Mounted on Heute and Einstellungen: a healthy store has a period and, usually, nothing due.
    'erasure.settings': vi.fn(async () => ok({ retentionYears: 10 })),
    'erasure.due': vi.fn(async () => ok([])),
    // Signature forms ask which printout was signed: none printed unless a test sets them up.
    'printouts.list': vi.fn(async () => ok([])),
    onEvent: vi.fn((listener: (event: KimEvent) => void) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    }),
  } as unknown as FakeKim;
  Object.defineProperty(window, 'kim', { value: kim, configurable: true, writable: true });
  return {
    kim,
    listenerCount: () => listeners.size,
    emit: (event: KimEvent) => {
      for (const listener of [...listeners]) listener(event);
    },
  };
}

/** Forgets whatever an earlier test left in the stores. */
export function resetAppState(): void {
  resetAfterLock(null);
  forgetRouteAtLock();
  useSession.setState({ phase: { name: 'loading', error: null }, notice: null }, true);
}

export interface RenderAppOptions {
  /** Adjust the fake before the app starts (e.g. what store.status answers). */
  configure?: (kim: FakeKim) => void;
}

/**
 * Fakes only the clock and intervals (the countdowns use them). Testing Library and user-event
 * wait on setTimeout, which must stay real: with vitest's fake setTimeout they never return.
 */
export function useFakeClock(): void {
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'], now: TEST_NOW });
  // The renderer's clock follows the faked time, so advancing the timers moves the countdowns.
  setClock(() => new Date());
}

/** A fresh fake bridge, clean stores and the whole app rendered. */
export function renderApp(options: RenderAppOptions = {}) {
  const fake = installFakeKim();
  options.configure?.(fake.kim);
  resetAppState();
  const user = userEvent.setup();
  const view = render(<App />);
  return { ...fake, user, view };
}
