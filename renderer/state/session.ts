/**
 * The app's phase (which screen family is shown) and the one rule about locking: when the store
 * locks, every store that holds case data is reset, and so is this one.
 */
import { create } from 'zustand';
import type { KimEvent, LockReason, StoreStatus, UnlockResult } from '../../electron/contract';
import { call, onKimEvent } from '../api';

/** Why a recovery key is on screen; changes only the explanation above it. */
export type RecoveryKeyReason = 'created' | 'replaced' | 'renewed';

export type Phase =
  | { name: 'loading'; error: string | null }
  | { name: 'setup' }
  | { name: 'showRecoveryKey'; recoveryKey: string; reason: RecoveryKeyReason }
  | { name: 'locked'; reason: LockReason | null }
  | { name: 'recover' }
  | { name: 'unlocked' }
  /** The district view without unlocking, opened from the setup or unlock screen. */
  | { name: 'district'; from: 'setup' | 'locked' };

interface SessionState {
  phase: Phase;
  /** A one-off success text the app frame shows after a flow outside it (e.g. a renewed key). */
  notice: string | null;
}

const initialState: SessionState = { phase: { name: 'loading', error: null }, notice: null };

export const useSession = create<SessionState>()(() => initialState);

// ---- reset on lock ------------------------------------------------------------------------

const resetters = new Set<() => void>();
/** Bumped on every lock, so answers to calls made before the lock can be thrown away. */
let epoch = 0;

/** Registers a reset for a store holding case data; returns the unregister function. */
export function registerResetOnLock(reset: () => void): () => void {
  resetters.add(reset);
  return () => resetters.delete(reset);
}

/** The lock count; compare before and after an await to drop answers that arrive after a lock. */
export function lockEpoch(): number {
  return epoch;
}

/** Drops everything the renderer holds and shows the unlock screen. */
export function resetAfterLock(reason: LockReason | null): void {
  epoch += 1;
  for (const reset of resetters) {
    try {
      reset();
    } catch {
      // One faulty store must not keep the others holding data.
    }
  }
  const { phase } = useSession.getState();
  // Someone already on an unlock screen keeps what they were typing.
  const stay = phase.name === 'locked' || phase.name === 'recover';
  useSession.setState({ phase: stay ? phase : { name: 'locked', reason }, notice: null }, true);
}

// ---- transitions --------------------------------------------------------------------------

function setPhase(phase: Phase): void {
  useSession.setState({ phase });
}

function phaseForStatus(status: StoreStatus): Phase {
  if (status.state === 'new') return { name: 'setup' };
  // After a reload (the window crashed or hung) the reason comes from the store: the 'locked'
  // event went to the page that was gone.
  if (status.state === 'locked') return { name: 'locked', reason: status.lockReason ?? null };
  return { name: 'unlocked' };
}

/** Asks the main process where we stand and picks the first screen. */
export async function loadStatus(): Promise<void> {
  setPhase({ name: 'loading', error: null });
  const startEpoch = epoch;
  const result = await call('store.status', {});
  if (epoch !== startEpoch || useSession.getState().phase.name !== 'loading') return;
  setPhase(result.ok ? phaseForStatus(result.value) : { name: 'loading', error: result.error.message });
}

const eventHandlers = new Set<(event: KimEvent) => void>();

/** Registers a handler for the main process's other events (one subscription serves them all). */
export function registerEventHandler(handler: (event: KimEvent) => void): () => void {
  eventHandlers.add(handler);
  return () => eventHandlers.delete(handler);
}

/** The one subscription to the main process's events; returns the unsubscribe function. */
export function listenForEvents(): () => void {
  return onKimEvent((event) => {
    if (event.name === 'locked') resetAfterLock(event.reason);
    else for (const handler of eventHandlers) handler(event);
  });
}

export function storeCreated(recoveryKey: string): void {
  setPhase({ name: 'showRecoveryKey', recoveryKey, reason: 'created' });
}

/** After unlocking by passphrase or recovery key. */
export function storeUnlocked(result: UnlockResult): void {
  setPhase(result.recoveryKey ? { name: 'showRecoveryKey', recoveryKey: result.recoveryKey, reason: 'replaced' } : { name: 'unlocked' });
}

export function recoveryKeyRenewed(recoveryKey: string): void {
  setPhase({ name: 'showRecoveryKey', recoveryKey, reason: 'renewed' });
}

/** The key was typed back correctly: it leaves memory and the app opens. */
export function recoveryKeyConfirmed(notice: string | null): void {
  useSession.setState({ phase: { name: 'unlocked' }, notice });
}

export function clearNotice(): void {
  if (useSession.getState().notice !== null) useSession.setState({ notice: null });
}

export function showRecover(): void {
  setPhase({ name: 'recover' });
}

export function showUnlock(): void {
  setPhase({ name: 'locked', reason: null });
}

/** Coordinators without case data merge statistics without unlocking; the store stays as it is. */
export function showDistrict(from: 'setup' | 'locked'): void {
  setPhase({ name: 'district', from });
}

export function leaveDistrict(): void {
  const { phase } = useSession.getState();
  setPhase(phase.name === 'district' && phase.from === 'setup' ? { name: 'setup' } : { name: 'locked', reason: null });
}

/** Locks the store by hand. The UI is reset at once, without waiting for the 'locked' event. */
export async function lockNow(): Promise<void> {
  const pending = call('store.lock', {});
  resetAfterLock('manual');
  await pending;
}
