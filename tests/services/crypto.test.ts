import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { calibrateScrypt, deriveKey, MIN_COST, newScryptParams, TARGET_MS } from '../../electron/services/crypto/kdf';
import { unwrapDataKey, wrapDataKey } from '../../electron/services/crypto/keyWrap';
import { generateRecoveryKey, parseRecoveryKey } from '../../electron/services/crypto/recoveryKey';
import { TEST_KDF_COST, TEST_START } from '../fixtures/tempStore';

describe('key derivation', () => {
  // A lower bound on cost, not a speed test: a slower machine only makes it pass more clearly.
  it('is calibrated to at least the OWASP floor and at least 250 ms on this machine', { timeout: 30_000 }, async () => {
    const cost = await calibrateScrypt();
    expect(cost.N).toBeGreaterThanOrEqual(MIN_COST.N);
    expect(cost.r).toBe(8);
    const started = performance.now();
    await deriveKey('eine Passphrase', newScryptParams(cost));
    expect(performance.now() - started).toBeGreaterThanOrEqual(TARGET_MS * 0.9);
  });

  it('depends on salt and secret', async () => {
    const params = newScryptParams(TEST_KDF_COST);
    const a = await deriveKey('Passphrase', params);
    expect(await deriveKey('Passphrase', params)).toEqual(a);
    expect(await deriveKey('Passphrase!', params)).not.toEqual(a);
    expect(await deriveKey('Passphrase', newScryptParams(TEST_KDF_COST))).not.toEqual(a);
  });
});

describe('key wrap', () => {
  it('gives the data key back only for the right secret and kind', async () => {
    const dataKey = randomBytes(32);
    const wrap = await wrapDataKey('passphrase', 'richtig', dataKey, TEST_KDF_COST, TEST_START);
    expect(await unwrapDataKey(wrap, 'richtig')).toEqual(dataKey);
    expect(await unwrapDataKey(wrap, 'falsch')).toBeNull();
    expect(await unwrapDataKey({ ...wrap, kind: 'recovery' }, 'richtig')).toBeNull();
    const flipped = Buffer.from(wrap.ciphertext, 'base64');
    flipped[0]! ^= 1;
    expect(await unwrapDataKey({ ...wrap, ciphertext: flipped.toString('base64') }, 'richtig')).toBeNull();
    expect(JSON.stringify(wrap)).not.toContain(dataKey.toString('base64'));
  });
});

describe('recovery key', () => {
  it('is random, and parses back from sloppy typing', () => {
    const keys = new Set(Array.from({ length: 50 }, generateRecoveryKey));
    expect(keys.size).toBe(50);
    const key = [...keys][0]!;
    expect(parseRecoveryKey(key)).toBe(key);
    expect(parseRecoveryKey(key.toLowerCase().replace(/-/g, ' '))).toBe(key);
    expect(parseRecoveryKey(key.replace(/0/g, 'O').replace(/1/g, 'l'))).toBe(key);
    expect(parseRecoveryKey(key.slice(0, -1))).toBeNull();
    expect(parseRecoveryKey(`${key.slice(0, -1)}U`)).toBeNull();
  });
});
