import { describe, expect, it, vi } from 'vitest';
import { KimError } from '../../../electron/contract/errors';
import { createdStore, GOOD_PASSPHRASE, testServices } from '../../fixtures/tempStore';

/** Counts the secrets actually checked (each one a key derivation), whatever the outcome. */
const checks = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../electron/services/crypto/keyWrap', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../electron/services/crypto/keyWrap')>();
  return {
    ...original,
    unwrapDataKey: async (...args: Parameters<typeof original.unwrapDataKey>) => {
      checks.count += 1;
      return original.unwrapDataKey(...args);
    },
  };
});

const codeOf = (result: PromiseSettledResult<unknown>) =>
  result.status === 'rejected' && result.reason instanceof KimError ? result.reason.code : `unexpected: ${result.status}`;

describe('concurrent unlock attempts', () => {
  it('16 simultaneous wrong passphrases: only one is checked before the first failure counts', async () => {
    const now = () => new Date('2026-11-21T09:00:00Z');
    const { store, dbPath } = await createdStore({ now });
    store.lock('manual');
    const { store: locked } = testServices({ dbPath, now });
    checks.count = 0;

    const results = await Promise.allSettled(Array.from({ length: 16 }, (_, i) => locked.unlock({ passphrase: `falsch-geraten-${i}` })));
    const codes = results.map(codeOf);
    expect(checks.count).toBe(1);
    expect(codes.filter((c) => c === 'WRONG_PASSPHRASE')).toHaveLength(1);
    expect(codes.filter((c) => c === 'UNLOCK_THROTTLED')).toHaveLength(15);

    // The delay of that one failure holds: even the right passphrase waits, unchecked.
    await expect(locked.unlock({ passphrase: GOOD_PASSPHRASE })).rejects.toMatchObject({ code: 'UNLOCK_THROTTLED' });
    expect(checks.count).toBe(1);
  });

  it('a second attempt while the first is checked is refused; once that one is done, the next is free', async () => {
    const { store, dbPath } = await createdStore();
    store.lock('manual');
    const { store: locked } = testServices({ dbPath });
    const results = await Promise.allSettled([locked.unlock({ passphrase: GOOD_PASSPHRASE }), locked.unlock({ passphrase: GOOD_PASSPHRASE })]);
    expect(results[0]!.status).toBe('fulfilled');
    expect(codeOf(results[1]!)).toBe('UNLOCK_THROTTLED');
    locked.lock('manual');
    expect((await locked.unlock({ passphrase: GOOD_PASSPHRASE })).state).toBe('unlocked');
    locked.lock('manual');
  });
});
