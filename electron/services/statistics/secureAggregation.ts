/**
 * Secure aggregation of the district statistic (issue 15; the pairwise masks of Bonawitz et al.,
 * CCS 2017, without drop-outs: every unit of a roster delivers, or nothing is summed).
 *
 * Each unit has an X25519 key pair. Two units derive the same pair key from their Diffie-Hellman
 * secret (HKDF-SHA-256, bound to both unit ids), and from it one mask per cell (HMAC-SHA-256 over
 * roster version, period, table and cell). A unit adds the mask it shares with every unit whose
 * id sorts after its own and subtracts the one it shares with every unit before it, all modulo
 * 2^32. So in the sum of every unit's vector each mask is added once and subtracted once: the
 * sum is the exact district count. Any one vector, and any sum of vectors that leaves out at
 * least two units, still carries masks only the units left out know: uniformly random to whoever
 * holds them.
 *
 * Each unit also has an Ed25519 key pair: it signs its masked export, so a changed file, or one
 * from a key the roster does not list, is refused. Fingerprints and the roster's code are 100
 * bits of SHA-256 in Crockford's base32, to read out on the phone.
 *
 * Only Node's crypto (X25519, Ed25519, HKDF, HMAC): no primitive of our own. Pure functions, no store.
 */
import {
  createHash,
  createHmac,
  createPrivateKey,
  createPublicKey,
  diffieHellman,
  generateKeyPairSync,
  hkdfSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';

/** Counts and masks are added modulo 2^32: a count must be an integer in [0, 2^32). */
export const MASK_MODULUS = 2 ** 32;

/** DER prefixes of X25519 keys (RFC 8410): the raw 32 bytes follow them. */
const PKCS8_PREFIX = Buffer.from('302e020100300506032b656e04220420', 'hex');
const SPKI_PREFIX = Buffer.from('302a300506032b656e032100', 'hex');

/** A unit's key pair, each half as the raw 32 bytes in base64 (the public half goes into the key file). */
export interface UnitKeyPair {
  publicKey: string;
  privateKey: string;
}

/** A new key pair; `seed` (32 bytes) only for tests that must be reproducible. */
export function newUnitKeyPair(seed?: Uint8Array): UnitKeyPair {
  const privateKey = seed
    ? createPrivateKey({ key: Buffer.concat([PKCS8_PREFIX, Buffer.from(seed)]), format: 'der', type: 'pkcs8' })
    : generateKeyPairSync('x25519').privateKey;
  return { privateKey: rawPrivate(privateKey).toString('base64'), publicKey: rawPublic(createPublicKey(privateKey)).toString('base64') };
}

const rawPrivate = (key: KeyObject): Buffer => key.export({ format: 'der', type: 'pkcs8' }).subarray(PKCS8_PREFIX.length);
const rawPublic = (key: KeyObject): Buffer => key.export({ format: 'der', type: 'spki' }).subarray(SPKI_PREFIX.length);

function privateKeyOf(raw: string): KeyObject {
  const bytes = Buffer.from(raw, 'base64');
  if (bytes.length !== 32) throw new RangeError('an X25519 private key has 32 bytes');
  return createPrivateKey({ key: Buffer.concat([PKCS8_PREFIX, bytes]), format: 'der', type: 'pkcs8' });
}

function publicKeyOf(raw: string): KeyObject {
  const bytes = Buffer.from(raw, 'base64');
  if (bytes.length !== 32) throw new RangeError('an X25519 public key has 32 bytes');
  return createPublicKey({ key: Buffer.concat([SPKI_PREFIX, bytes]), format: 'der', type: 'spki' });
}

/** Crockford's base32: read aloud on the phone without 0/O or 1/I/L mix-ups. */
const BASE32 = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** 100 bits of a SHA-256 as 20 base32 signs in five groups ("7KQ3-M9XA-…"), to read out on the phone. */
function readableDigest(bytes: Buffer): string {
  const digest = createHash('sha256').update(bytes).digest();
  let bits = 0n;
  for (const byte of digest.subarray(0, 13)) bits = (bits << 8n) | BigInt(byte);
  bits >>= 4n; // 104 bits read, 100 used
  let signs = '';
  for (let i = 19; i >= 0; i--) signs += BASE32[Number((bits >> BigInt(5 * i)) & 31n)];
  return (signs.match(/.{4}/g) ?? []).join('-');
}

/** The fingerprint of one public key. */
export const fingerprint = (publicKey: string): string => readableDigest(Buffer.from(publicKey, 'base64'));

/**
 * The fingerprint a coordinator and a unit read out to each other on the phone: of both public
 * keys of the unit (the masks' and the signature's), so neither can be swapped unnoticed.
 */
export const unitFingerprint = (keys: { agreement: string; signing: string }): string =>
  readableDigest(Buffer.concat([Buffer.from(keys.agreement, 'base64'), Buffer.from(keys.signing, 'base64')]));

/**
 * The code of a roster file, read out like a fingerprint: a unit that compares it with the
 * coordinators knows it holds the very list they made, with every unit's keys.
 */
export const rosterCode = (canonicalText: string): string => readableDigest(Buffer.from(canonicalText, 'utf8'));

/** The text a roster's code and an export's signature are computed over: JSON.stringify of the parsed value (key order as in the file). */
export const canonicalText = (value: unknown): string => JSON.stringify(value);

// ---------------------------------------------------------------- signatures (Ed25519)

const ED_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const ED_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/** A unit's signing key pair (Ed25519), raw 32-byte halves in base64; `seed` only for reproducible tests. */
export function newSigningKeyPair(seed?: Uint8Array): UnitKeyPair {
  const privateKey = seed
    ? createPrivateKey({ key: Buffer.concat([ED_PKCS8_PREFIX, Buffer.from(seed)]), format: 'der', type: 'pkcs8' })
    : generateKeyPairSync('ed25519').privateKey;
  return {
    privateKey: privateKey.export({ format: 'der', type: 'pkcs8' }).subarray(ED_PKCS8_PREFIX.length).toString('base64'),
    publicKey: createPublicKey(privateKey).export({ format: 'der', type: 'spki' }).subarray(ED_SPKI_PREFIX.length).toString('base64'),
  };
}

/** Ed25519 signature (base64) of the text. */
export function signText(privateKey: string, text: string): string {
  const bytes = Buffer.from(privateKey, 'base64');
  if (bytes.length !== 32) throw new RangeError('an Ed25519 private key has 32 bytes');
  const key = createPrivateKey({ key: Buffer.concat([ED_PKCS8_PREFIX, bytes]), format: 'der', type: 'pkcs8' });
  return sign(null, Buffer.from(text, 'utf8'), key).toString('base64');
}

/** Whether `signature` is the Ed25519 signature of the text under the public key; false for any malformed part. */
export function verifyText(publicKey: string, text: string, signature: string): boolean {
  const bytes = Buffer.from(publicKey, 'base64');
  const signed = Buffer.from(signature, 'base64');
  if (bytes.length !== 32 || signed.length !== 64) return false;
  try {
    const key = createPublicKey({ key: Buffer.concat([ED_SPKI_PREFIX, bytes]), format: 'der', type: 'spki' });
    return verify(null, Buffer.from(text, 'utf8'), key, signed);
  } catch {
    return false;
  }
}

/** One unit of a roster as the masks need it. */
export interface RosterUnit {
  unitId: string;
  publicKey: string;
}

/** Where a vector belongs: its masks are bound to it, so a vector of another period or roster version cancels nothing. */
export interface MaskContext {
  rosterId: string;
  rosterVersion: number;
  period: string;
}

/** A cell of the statistic by its table and its key within the table. */
export interface CellRef {
  table: string;
  cell: string;
}

/** The key two units share: the same on both sides, bound to both ids (in sorted order). */
function pairKey(ownPrivate: KeyObject, own: string, other: RosterUnit): Buffer {
  const secret = diffieHellman({ privateKey: ownPrivate, publicKey: publicKeyOf(other.publicKey) });
  const [low, high] = [own, other.unitId].sort();
  return Buffer.from(hkdfSync('sha256', secret, 'kim-fallakte district statistic v1', `pair ${low} ${high}`, 32));
}

/** The mask of one cell under one pair key: the first 32 bits of an HMAC over what the vector is for. */
function cellMask(key: Buffer, context: MaskContext, ref: CellRef): number {
  const mac = createHmac('sha256', key)
    .update(JSON.stringify([context.rosterId, context.rosterVersion, context.period, ref.table, ref.cell]))
    .digest();
  return mac.readUInt32BE(0);
}

/**
 * A unit's masked vector: each cell's exact count plus, for every other unit of the roster, the
 * pair's mask (added when the other id sorts after this unit's, subtracted when before), mod 2^32.
 */
export function maskedVector(
  own: { unitId: string; privateKey: string },
  roster: readonly RosterUnit[],
  context: MaskContext,
  cells: readonly (CellRef & { count: number })[],
): number[] {
  const privateKey = privateKeyOf(own.privateKey);
  const others = roster.filter((unit) => unit.unitId !== own.unitId);
  if (others.length === roster.length) throw new RangeError('the unit is not on the roster');
  const keys = others.map((other) => ({ key: pairKey(privateKey, own.unitId, other), sign: own.unitId < other.unitId ? 1 : -1 }));
  return cells.map((cell) => {
    if (!Number.isInteger(cell.count) || cell.count < 0 || cell.count >= MASK_MODULUS) throw new RangeError('a count is an integer from 0 to 2^32 − 1');
    let value = cell.count;
    for (const { key, sign } of keys) value = (value + sign * cellMask(key, context, cell)) % MASK_MODULUS;
    return value < 0 ? value + MASK_MODULUS : value;
  });
}

/** The sum of vectors cell by cell, mod 2^32: of every unit's vector, the exact district counts. */
export function sumVectors(vectors: readonly (readonly number[])[]): number[] {
  const length = vectors[0]?.length ?? 0;
  if (vectors.some((v) => v.length !== length)) throw new RangeError('vectors of different length');
  return Array.from({ length }, (_, i) => vectors.reduce((sum, v) => (sum + (v[i] ?? 0)) % MASK_MODULUS, 0));
}
