/**
 * The data key is stored only wrapped: AES-256-GCM under a key derived from a secret (the
 * passphrase or the recovery key). A wrong secret fails GCM's authentication, nothing else.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { deriveKey, newScryptParams, type ScryptCost, type ScryptParams } from './kdf';

export type WrapKind = 'passphrase' | 'recovery';

export interface KeyWrap {
  kind: WrapKind;
  kdf: ScryptParams;
  cipher: 'aes-256-gcm';
  iv: string;
  ciphertext: string;
  tag: string;
  createdAt: string;
}

/** Binds a wrap to its kind, so a passphrase wrap cannot be passed off as a recovery wrap. */
const aad = (kind: WrapKind) => Buffer.from(`kim-fallakte:key-wrap:v1:${kind}`);

export async function wrapDataKey(kind: WrapKind, secret: string, dataKey: Buffer, cost: ScryptCost, now: Date): Promise<KeyWrap> {
  const kdf = newScryptParams(cost);
  const kek = await deriveKey(secret, kdf);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', kek, iv).setAAD(aad(kind));
  const ciphertext = Buffer.concat([cipher.update(dataKey), cipher.final()]);
  kek.fill(0);
  return {
    kind,
    kdf,
    cipher: 'aes-256-gcm',
    iv: iv.toString('base64'),
    ciphertext: ciphertext.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    createdAt: now.toISOString(),
  };
}

/** The data key, or null when the secret is wrong (or the wrap was altered). */
export async function unwrapDataKey(wrap: KeyWrap, secret: string): Promise<Buffer | null> {
  const kek = await deriveKey(secret, wrap.kdf);
  try {
    const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(wrap.iv, 'base64')).setAAD(aad(wrap.kind)).setAuthTag(Buffer.from(wrap.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(wrap.ciphertext, 'base64')), decipher.final()]);
  } catch {
    return null;
  } finally {
    kek.fill(0);
  }
}
