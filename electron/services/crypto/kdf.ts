/**
 * Passphrase → key-encryption key, with scrypt (memory-hard, built into Node and Electron, so no
 * native add-on to ship). The cost is calibrated on the device at setup and stored with each wrap.
 */
import { randomBytes, scrypt as scryptCallback } from 'node:crypto';

export interface ScryptParams {
  name: 'scrypt';
  /** CPU/memory cost, a power of two. Memory used is 128 · N · r bytes. */
  N: number;
  r: number;
  p: number;
  /** Base64, 16 random bytes, new for every wrap. */
  salt: string;
}
export type ScryptCost = Omit<ScryptParams, 'salt' | 'name'>;

/** OWASP's floor for scrypt: N=2^17, r=8, p=1 (128 MiB). */
export const MIN_COST: ScryptCost = { N: 2 ** 17, r: 8, p: 1 };
/** Never ask for more than 256 MiB; past that, cost grows through p instead. */
const MAX_N = 2 ** 18;
const MAX_P = 16;
export const TARGET_MS = 250;

export function newScryptParams(cost: ScryptCost): ScryptParams {
  return { name: 'scrypt', ...cost, salt: randomBytes(16).toString('base64') };
}

export function deriveKey(secret: string, params: ScryptParams): Promise<Buffer> {
  const { N, r, p } = params;
  return new Promise((resolve, reject) => {
    scryptCallback(secret.normalize('NFC'), Buffer.from(params.salt, 'base64'), 32, { N, r, p, maxmem: 256 * N * r + 1024 * 1024 }, (err, key) =>
      err ? reject(err) : resolve(key),
    );
  });
}

/** Finds the smallest cost at or above MIN_COST that takes at least TARGET_MS here. */
export async function calibrateScrypt(targetMs = TARGET_MS): Promise<ScryptCost> {
  const cost: ScryptCost = { ...MIN_COST };
  for (;;) {
    const started = performance.now();
    await deriveKey('calibration', newScryptParams(cost));
    if (performance.now() - started >= targetMs) return cost;
    if (cost.N < MAX_N) cost.N *= 2;
    else if (cost.p < MAX_P) cost.p *= 2;
    else return cost;
  }
}
