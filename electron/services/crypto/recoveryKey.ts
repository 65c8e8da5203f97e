/**
 * The recovery key: 160 random bits in Crockford base32, shown as 8 groups of 4 characters
 * (e.g. `7K2M-…`). Crockford's alphabet has no I, L, O or U, so a key copied by hand reads back
 * unambiguously; typing O for 0 or I/L for 1 is forgiven.
 */
import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const RECOVERY_GROUPS = 8;
const GROUP_LENGTH = 4;

export function generateRecoveryKey(): string {
  const bytes = randomBytes(20);
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += ALPHABET[(value >>> bits) & 31];
    }
    value &= (1 << bits) - 1;
  }
  return formatRecoveryKey(out);
}

function formatRecoveryKey(compact: string): string {
  return compact.match(new RegExp(`.{${GROUP_LENGTH}}`, 'g'))!.join('-');
}

/** Upper case, separators dropped, look-alikes mapped. */
export function normalizeRecoveryInput(input: string): string {
  return input
    .toUpperCase()
    .replace(/[\s\-–_.]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}

/** The canonical form of a typed key, or null if it cannot be one. */
export function parseRecoveryKey(input: string): string | null {
  const compact = normalizeRecoveryInput(input);
  if (compact.length !== RECOVERY_GROUPS * GROUP_LENGTH) return null;
  if ([...compact].some((c) => !ALPHABET.includes(c))) return null;
  return formatRecoveryKey(compact);
}

/** Group n (1-based) of a canonical key. */
export function recoveryGroup(key: string, n: number): string {
  return key.split('-')[n - 1] ?? '';
}
