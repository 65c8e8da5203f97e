/**
 * The backup file: one file that holds a copy of the key file (the data key wrapped under the
 * passphrase and under the recovery key, never the key itself) and an encrypted snapshot of the
 * database (SQLCipher pages under the data key). Nothing in it is readable without one of the
 * two secrets.
 *
 *   offset  0  8 bytes  magic "KIMFSICH"
 *           8  u32 BE   format version (1)
 *          12  u32 BE   length of the key file copy
 *          16  u64 BE   length of the database snapshot
 *          24  32 bytes SHA-256 over bytes 0–23, the key file copy and the snapshot
 *          56  8 bytes  zero (reserved)
 *          64  key file copy, then snapshot, then nothing
 *
 * The checksum finds a flipped or missing byte anywhere before a secret is even asked for, so
 * damage is told apart from a wrong passphrase.
 */
import fs from 'node:fs';
import { createHash, type Hash } from 'node:crypto';
import { KimError } from '../../contract/errors';

export const MAGIC = Buffer.from('KIMFSICH', 'latin1');
export const FORMAT_VERSION = 1;
export const HEADER_SIZE = 64;
const CHUNK = 1024 * 1024;
/** A key file is a few kilobytes; anything much larger is not one. */
const MAX_KEYS_SIZE = 1024 * 1024;

export interface BackupHeader {
  version: number;
  keysLength: number;
  snapshotLength: number;
  checksum: Buffer;
}

/** The first 24 header bytes, which the checksum covers too. */
export function headerPrefix(keysLength: number, snapshotLength: number): Buffer {
  const prefix = Buffer.alloc(24);
  MAGIC.copy(prefix, 0);
  prefix.writeUInt32BE(FORMAT_VERSION, 8);
  prefix.writeUInt32BE(keysLength, 12);
  prefix.writeBigUInt64BE(BigInt(snapshotLength), 16);
  return prefix;
}

export function fullHeader(prefix: Buffer, checksum: Buffer): Buffer {
  const header = Buffer.alloc(HEADER_SIZE);
  prefix.copy(header, 0);
  checksum.copy(header, 24);
  return header;
}

/**
 * Reads and checks the header against the file's size. Says NOT_A_BACKUP only when the magic is
 * wrong; anything else that does not fit (cut short, lengths that do not add up) is damage.
 */
export function readHeader(fd: number, fileSize: number): BackupHeader {
  const header = Buffer.alloc(HEADER_SIZE);
  const read = fs.readSync(fd, header, 0, HEADER_SIZE, 0);
  if (read < MAGIC.length || !header.subarray(0, MAGIC.length).equals(MAGIC)) throw new KimError('BACKUP_NOT_A_BACKUP');
  if (read < HEADER_SIZE) throw new KimError('BACKUP_DAMAGED');
  const version = header.readUInt32BE(8);
  if (version > FORMAT_VERSION) throw new KimError('BACKUP_FROM_FUTURE');
  if (version !== FORMAT_VERSION) throw new KimError('BACKUP_DAMAGED');
  const keysLength = header.readUInt32BE(12);
  const snapshotLength = Number(header.readBigUInt64BE(16));
  const reservedZero = header.subarray(56).every((b) => b === 0);
  if (!reservedZero || keysLength === 0 || keysLength > MAX_KEYS_SIZE || !Number.isSafeInteger(snapshotLength)) throw new KimError('BACKUP_DAMAGED');
  if (HEADER_SIZE + keysLength + snapshotLength !== fileSize) throw new KimError('BACKUP_DAMAGED');
  return { version, keysLength, snapshotLength, checksum: Buffer.from(header.subarray(24, 56)) };
}

/** Streams `length` bytes from `fd` at `position` into the hash (and, if given, into `out`). */
export function pump(fd: number, position: number, length: number, hash: Hash, out?: number): void {
  const buffer = Buffer.alloc(Math.min(CHUNK, Math.max(length, 1)));
  let done = 0;
  while (done < length) {
    const n = fs.readSync(fd, buffer, 0, Math.min(buffer.length, length - done), position + done);
    if (n === 0) throw new KimError('BACKUP_DAMAGED'); // the file got shorter while it was read
    const chunk = buffer.subarray(0, n);
    hash.update(chunk);
    if (out !== undefined) writeAll(out, chunk);
    done += n;
  }
}

export function writeAll(fd: number, bytes: Buffer): void {
  let done = 0;
  while (done < bytes.length) done += fs.writeSync(fd, bytes, done, bytes.length - done);
}

export interface OpenedBackup {
  fd: number;
  header: BackupHeader;
  /** The key file copy, exactly as it was stored. */
  keys: Buffer;
}

/** Opens a backup and reads its header (checked against the file's size) and key file copy. */
export function openBackup(file: string): OpenedBackup {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new KimError('BACKUP_FILE_MISSING', { cause });
    if (code === 'EISDIR') throw new KimError('BACKUP_NOT_A_BACKUP', { cause });
    throw cause;
  }
  try {
    const stat = fs.fstatSync(fd);
    if (stat.isDirectory()) throw new KimError('BACKUP_NOT_A_BACKUP');
    const header = readHeader(fd, stat.size);
    const keys = Buffer.alloc(header.keysLength);
    if (fs.readSync(fd, keys, 0, keys.length, HEADER_SIZE) !== keys.length) throw new KimError('BACKUP_DAMAGED');
    return { fd, header, keys };
  } catch (error) {
    fs.closeSync(fd);
    throw error;
  }
}

/**
 * One pass over the whole content: the checksum must match. If `out` is given, the snapshot is
 * copied into it during the same pass; the caller discards that copy when this throws.
 */
export function checkContent(backup: OpenedBackup, out?: number): void {
  const { fd, header, keys } = backup;
  const hash = createHash('sha256');
  hash.update(headerPrefix(header.keysLength, header.snapshotLength));
  hash.update(keys);
  pump(fd, HEADER_SIZE + header.keysLength, header.snapshotLength, hash, out);
  if (!hash.digest().equals(header.checksum)) throw new KimError('BACKUP_DAMAGED');
}
