/**
 * The key file beside the database holds the wrapped data key (never the key itself). It is
 * written atomically (temporary file, fsync, rename) so a crash leaves the old or the new file,
 * never half of one; it is read strictly, and a file that does not parse is never overwritten.
 * It carries a checksum over its content: a flipped bit inside a wrap would otherwise only show
 * as a failed decryption, indistinguishable from a wrong passphrase. Files written before the
 * checksum are still read.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { KimError } from '../../contract/errors';
import type { KeyWrap, WrapKind } from '../crypto/keyWrap';

const base64 = z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/);
const keyWrapSchema = z
  .object({
    kind: z.enum(['passphrase', 'recovery']),
    kdf: z
      .object({
        name: z.literal('scrypt'),
        N: z
          .number()
          .int()
          .min(2 ** 10)
          .max(2 ** 22),
        r: z.number().int().min(1).max(32),
        p: z.number().int().min(1).max(64),
        salt: base64,
      })
      .strict(),
    cipher: z.literal('aes-256-gcm'),
    iv: base64,
    ciphertext: base64,
    tag: base64,
    createdAt: z.iso.datetime(),
  })
  .strict();

/** The audit chain's head, MACed under a key derived from the data key (auditAnchor.ts). */
const auditAnchorSchema = z
  .object({
    entryId: z.number().int().min(1),
    hash: z.string().regex(/^[0-9a-f]{64}$/),
    mac: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .strict();

const keyfileSchema = z
  .object({
    format: z.literal('kim-fallakte-keys'),
    version: z.literal(1),
    wraps: z.array(keyWrapSchema).min(1),
    /** Absent in key files from before the audit chain; the first unlock writes it. */
    auditAnchor: auditAnchorSchema.optional(),
    checksum: z
      .string()
      .regex(/^sha256:[0-9a-f]{64}$/)
      .optional(),
  })
  .strict();

export type Keyfile = Omit<z.infer<typeof keyfileSchema>, 'checksum'>;
export type StoredAuditAnchor = z.infer<typeof auditAnchorSchema>;

export const keyfilePath = (dbPath: string) => `${dbPath}.keys`;

export function newKeyfile(wraps: KeyWrap[], auditAnchor?: StoredAuditAnchor): Keyfile {
  return { format: 'kim-fallakte-keys', version: 1, wraps, ...(auditAnchor ? { auditAnchor } : {}) };
}

export function readKeyfile(file: string): Keyfile {
  let raw: string;
  try {
    raw = fs.readFileSync(file, 'utf8');
  } catch (cause) {
    throw new KimError('KEYFILE_DAMAGED', { cause });
  }
  let parsed: z.infer<typeof keyfileSchema>;
  try {
    parsed = keyfileSchema.parse(JSON.parse(raw));
  } catch (cause) {
    throw new KimError('KEYFILE_DAMAGED', { cause });
  }
  const { checksum, ...keyfile } = parsed;
  if (checksum !== undefined && checksum !== checksumOf(keyfile)) throw new KimError('KEYFILE_DAMAGED');
  return keyfile;
}

/** SHA-256 over the content with keys sorted, so it does not depend on how the JSON was laid out. */
function checksumOf(keyfile: Keyfile): string {
  return `sha256:${createHash('sha256').update(canonicalJson(keyfile)).digest('hex')}`;
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function findWrap(keyfile: Keyfile, kind: WrapKind): KeyWrap {
  const wrap = keyfile.wraps.find((w) => w.kind === kind);
  if (!wrap) throw new KimError('KEYFILE_DAMAGED');
  return wrap;
}

/** A copy of the key file with the wrap of that kind replaced. */
export function withWrap(keyfile: Keyfile, wrap: KeyWrap): Keyfile {
  return { ...keyfile, wraps: [...keyfile.wraps.filter((w) => w.kind !== wrap.kind), wrap] };
}

/**
 * Writes the key file. `exclusive` refuses to replace an existing file (used at setup); the
 * final step is a hard link for exclusive writes and a rename otherwise, both atomic.
 */
export function writeKeyfile(file: string, keyfile: Keyfile, { exclusive }: { exclusive: boolean }): void {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  const fd = fs.openSync(tmp, 'wx', 0o600);
  try {
    try {
      const { format, version, wraps, auditAnchor } = keyfileSchema.parse(keyfile);
      const content = { format, version, wraps, ...(auditAnchor ? { auditAnchor } : {}) };
      fs.writeSync(fd, `${JSON.stringify({ ...content, checksum: checksumOf(content) }, null, 2)}\n`);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch (error) {
    fs.rmSync(tmp, { force: true }); // a full drive: no empty temporary file left beside the key file
    throw error;
  }
  try {
    if (exclusive) {
      fs.linkSync(tmp, file);
      fs.unlinkSync(tmp);
    } else {
      fs.renameSync(tmp, file);
    }
  } catch (error) {
    fs.rmSync(tmp, { force: true });
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new KimError('STORE_EXISTS');
    throw error;
  }
  syncDirectory(path.dirname(file));
}

/**
 * Removes temporary key files a kill left behind just before their rename (`.kim.db.keys.<hex>.tmp`):
 * never the key file itself, and only names this module writes.
 */
export function removeKeyfileLeftovers(file: string): void {
  const dir = path.dirname(file);
  const prefix = `.${path.basename(file)}.`;
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return; // no folder, nothing left over
  }
  for (const name of names) {
    if (name.startsWith(prefix) && /^[0-9a-f]{12}\.tmp$/.test(name.slice(prefix.length))) fs.rmSync(path.join(dir, name), { force: true });
  }
}

/** Makes a rename in `dir` durable (also used by the data key's rotation). */
export function syncDirectory(dir: string): void {
  if (process.platform === 'win32') return; // directories cannot be opened for fsync there
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
