import { describe, expect, it } from 'vitest';
import { createdStore } from '../fixtures/tempStore';

describe('auto-lock', () => {
  it('locks after the configured idle time, not before', async () => {
    const { store, settings, autoLock } = await createdStore();
    const reasons: string[] = [];
    store.onLocked((r) => reasons.push(r));
    expect(settings.get().autoLockMinutes).toBe(5);
    autoLock.onIdle(5 * 60 - 1);
    expect(store.status().state).toBe('unlocked');
    settings.update({ autoLockMinutes: 2 });
    autoLock.onIdle(2 * 60);
    expect(store.status().state).toBe('locked');
    expect(reasons).toEqual(['idle']);
    autoLock.onIdle(10_000);
    expect(reasons).toEqual(['idle']);
  });

  it('locks on suspend and on screen lock', async () => {
    const first = await createdStore();
    first.autoLock.onSuspend();
    expect(first.store.status().state).toBe('locked');
    const second = await createdStore();
    const reasons: string[] = [];
    second.store.onLocked((r) => reasons.push(r));
    second.autoLock.onScreenLock();
    expect(reasons).toEqual(['screen-lock']);
    expect(() => second.settings.get()).toThrow(/gesperrt/);
  });
});
