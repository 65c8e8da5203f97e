/**
 * The handover package: the backup's framing (backup/format.ts) under the magic "KIMFUEBG", so a
 * backup is never taken for a package nor a package for a backup.
 *
 *   header (64 bytes: magic, version, lengths, SHA-256 over everything else)
 *   part 1: JSON of the encryption parameters (scrypt with its random salt, GCM nonce and tag)
 *   part 2: AES-256-GCM ciphertext of the payload (JSON of the rows), authenticated together
 *           with the header's first 24 bytes
 *
 * The key is derived from a one-time passphrase the app makes (24 characters from an alphabet
 * without look-alikes, 120 bits), shown once to the sender and told by phone; it is never stored.
 * The payload is encrypted in memory and only the ciphertext is written: under a temporary name,
 * synced, then renamed (as the backup does), so no plaintext touches the disk and a half-written
 * file never carries the final name.
 *
 * Telling the errors apart honestly: the checksum covers every byte, so any damage in transit is
 * "beschädigt" before the passphrase is tried. Once the checksum holds, a failing GCM tag means
 * the passphrase is wrong (or someone rewrote the file and its checksum on purpose; GCM still
 * refuses it, only the message would then blame the passphrase).
 */
import fs from 'node:fs';
import path from 'node:path';
import { createCipheriv, createDecipheriv, createHash, randomBytes, randomInt } from 'node:crypto';
import { KimError } from '../../contract/errors';
import { deriveKey, MIN_COST, newScryptParams, type ScryptCost, type ScryptParams } from '../crypto/kdf';
import { checkContent, fullHeader, HEADER_SIZE, headerPrefix, openBackup, writeAll, type FileFrame } from '../backup/format';
import { isDirectory } from '../store/setupFiles';
import { syncDirectory } from '../store/keyfile';

export const PACKAGE_FRAME: FileFrame = {
  magic: Buffer.from('KIMFUEBG', 'latin1'),
  version: 1,
  maxFirstLength: 4096,
  errors: { missing: 'HANDOVER_FILE_MISSING', notThis: 'HANDOVER_NOT_A_PACKAGE', fromFuture: 'HANDOVER_FROM_FUTURE', damaged: 'HANDOVER_DAMAGED' },
};

/** A package of a few persons is kilobytes to a few megabytes; far more is not one of ours. */
const MAX_CIPHERTEXT = 256 * 1024 * 1024;
/** The scrypt cost a package may ask for (a crafted header must not make the receiver allocate gigabytes). */
const MAX_N = 2 ** 18;
const MAX_P = 16;

/** No 0/O, no 1/I: 32 characters, 5 bits each; read aloud with the spelling alphabet if needed. */
export const PASSPHRASE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const PASSPHRASE_GROUPS = 6;
const GROUP = 4;

/** A new one-time passphrase: 6 groups of 4, e.g. "K7QM-2XHB-…" (120 bits). */
export function newOneTimePassphrase(): string {
  const groups: string[] = [];
  for (let g = 0; g < PASSPHRASE_GROUPS; g++) {
    let group = '';
    for (let i = 0; i < GROUP; i++) group += PASSPHRASE_ALPHABET[randomInt(PASSPHRASE_ALPHABET.length)];
    groups.push(group);
  }
  return groups.join('-');
}

/** As typed back: case, spaces and dashes do not matter (the key is derived from this form). */
export function canonicalPassphrase(typed: string): string {
  return typed.toUpperCase().replace(/[\s\-–_.]/g, '');
}

interface CipherParams {
  kdf: ScryptParams;
  cipher: 'aes-256-gcm';
  iv: string;
  tag: string;
}

const AAD_LABEL = Buffer.from('kim-fallakte:handover-package:v1');

/**
 * Derives the package key first (scrypt is asynchronous), so that reading the rows, encrypting
 * and writing can then happen in one synchronous run with nothing else in between: what the
 * package holds is what the store held at the moment the cases are marked handed over.
 */
export async function packageSealer(
  passphrase: string,
  cost: ScryptCost = MIN_COST,
): Promise<{ write(file: string, payload: Buffer): number; dispose(): void }> {
  const kdf = newScryptParams(cost);
  const key = await deriveKey(canonicalPassphrase(passphrase), kdf);
  return {
    write: (file, payload) => writeSealed(file, payload, kdf, key),
    dispose: () => key.fill(0),
  };
}

/** Encrypts `payload` and writes the package to `file` (a file there is replaced atomically). Returns its size. */
function writeSealed(file: string, payload: Buffer, kdf: ScryptParams, key: Buffer): number {
  const target = path.resolve(file);
  const dir = path.dirname(target);
  if (!isDirectory(dir) || isDirectory(target)) throw new KimError('HANDOVER_TARGET_UNAVAILABLE');
  const iv = randomBytes(12);
  // The AAD covers the real header prefix, which holds the parameters' length; the parameters
  // hold the tag. The tag's base64 has a fixed width (24 characters for 16 bytes), so the length
  // is known before encrypting; GCM's ciphertext is as long as the payload.
  const withTag = (tag: string): Buffer => Buffer.from(JSON.stringify({ kdf, cipher: 'aes-256-gcm', iv: iv.toString('base64'), tag } satisfies CipherParams));
  const paramsLength = withTag('A'.repeat(24)).length;
  const prefix = headerPrefix(paramsLength, payload.length, PACKAGE_FRAME);
  const cipher = createCipheriv('aes-256-gcm', key, iv).setAAD(Buffer.concat([AAD_LABEL, prefix]));
  const ciphertext = Buffer.concat([cipher.update(payload), cipher.final()]);
  const params = withTag(cipher.getAuthTag().toString('base64'));
  if (params.length !== paramsLength) throw new Error('package parameters changed length');
  const checksum = createHash('sha256').update(prefix).update(params).update(ciphertext).digest();

  const part = path.join(dir, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.part`);
  try {
    const out = fs.openSync(part, 'wx', 0o600);
    try {
      writeAll(out, fullHeader(prefix, checksum));
      writeAll(out, params);
      writeAll(out, ciphertext);
      fs.fsyncSync(out);
    } finally {
      fs.closeSync(out);
    }
    fs.renameSync(part, target);
    syncDirectory(dir);
  } catch (error) {
    fs.rmSync(part, { force: true });
    throw error instanceof KimError ? error : new KimError('HANDOVER_WRITE_FAILED', { cause: error });
  }
  return HEADER_SIZE + params.length + ciphertext.length;
}

/**
 * Reads and decrypts a package: HANDOVER_NOT_A_PACKAGE (other magic, e.g. a backup),
 * HANDOVER_DAMAGED (checksum, lengths, parameters), HANDOVER_WRONG_PASSPHRASE (the tag).
 * The plaintext exists only in memory.
 */
export async function readPackage(file: string, passphrase: string): Promise<Buffer> {
  const opened = openBackup(file, PACKAGE_FRAME);
  let ciphertext: Buffer;
  let prefix: Buffer;
  try {
    const { header, fd } = opened;
    if (header.snapshotLength > MAX_CIPHERTEXT) throw new KimError('HANDOVER_DAMAGED');
    checkContent(opened, undefined, PACKAGE_FRAME);
    ciphertext = Buffer.alloc(header.snapshotLength);
    if (fs.readSync(fd, ciphertext, 0, ciphertext.length, HEADER_SIZE + header.keysLength) !== ciphertext.length) throw new KimError('HANDOVER_DAMAGED');
    prefix = headerPrefix(header.keysLength, header.snapshotLength, PACKAGE_FRAME);
  } finally {
    fs.closeSync(opened.fd);
  }
  const params = parseParams(opened.keys);
  const key = await deriveKey(canonicalPassphrase(passphrase), params.kdf);
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(params.iv, 'base64'))
      .setAAD(Buffer.concat([AAD_LABEL, prefix]))
      .setAuthTag(Buffer.from(params.tag, 'base64'));
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]);
  } catch (cause) {
    throw new KimError('HANDOVER_WRONG_PASSPHRASE', { cause });
  } finally {
    key.fill(0);
  }
}

function parseParams(bytes: Buffer): CipherParams {
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString('utf8'));
  } catch (cause) {
    throw new KimError('HANDOVER_DAMAGED', { cause });
  }
  const p = value as Partial<CipherParams> | null;
  const kdf = p?.kdf;
  const ok =
    p !== null &&
    typeof p === 'object' &&
    p.cipher === 'aes-256-gcm' &&
    typeof p.iv === 'string' &&
    Buffer.from(p.iv, 'base64').length === 12 &&
    typeof p.tag === 'string' &&
    Buffer.from(p.tag, 'base64').length === 16 &&
    kdf?.name === 'scrypt' &&
    Number.isInteger(kdf.N) &&
    kdf.N >= 2 &&
    kdf.N <= MAX_N &&
    (kdf.N & (kdf.N - 1)) === 0 &&
    kdf.r === 8 &&
    Number.isInteger(kdf.p) &&
    kdf.p >= 1 &&
    kdf.p <= MAX_P &&
    typeof kdf.salt === 'string' &&
    Buffer.from(kdf.salt, 'base64').length === 16;
  if (!ok) throw new KimError('HANDOVER_DAMAGED');
  return p as CipherParams;
}

/**
 * The code the receiver reads back by phone: the first 8 hex digits of SHA-256 over the package
 * id and the number of cases taken over. The sender's app computes the same from its own record.
 */
export function confirmationCode(packageId: string, caseCount: number): string {
  const hex = createHash('sha256').update(`kim-fallakte:handover-confirmation:${packageId}:${caseCount}`).digest('hex').slice(0, 8).toUpperCase();
  return `${hex.slice(0, 4)}-${hex.slice(4)}`;
}

/** As typed back: case, spaces and dashes do not matter. */
export function canonicalCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s\-–_.]/g, '');
}
