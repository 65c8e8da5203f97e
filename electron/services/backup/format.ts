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
 *
 * The same framing carries the handover package (electron/services/handover/package.ts) under its
 * own magic: a backup is never taken for a package, nor a package for a backup. There the first
 * part is the encryption parameters and the second the ciphertext. `FileFrame` says which kind of
 * file is read and which errors it reports; every function defaults to the backup.
 */
import fs from 'node:fs';
import { createHash, type Hash } from 'node:crypto';
import { KimError, type ErrorCode } from '../../contract/errors';

export const MAGIC = Buffer.from('KIMFSICH', 'latin1');
export const FORMAT_VERSION = 1;
export const HEADER_SIZE = 64;
const CHUNK = 1024 * 1024;
/** A key file is a few kilobytes; anything much larger is not one. */
const MAX_KEYS_SIZE = 1024 * 1024;

/** One kind of file in this framing: its magic (8 bytes), version, first part's limit and errors. */
export interface FileFrame {
  magic: Buffer;
  version: number;
  maxFirstLength: number;
  errors: { missing: ErrorCode; notThis: ErrorCode; fromFuture: ErrorCode; damaged: ErrorCode };
}

export const BACKUP_FRAME: FileFrame = {
  magic: MAGIC,
  version: FORMAT_VERSION,
  maxFirstLength: MAX_KEYS_SIZE,
  errors: { missing: 'BACKUP_FILE_MISSING', notThis: 'BACKUP_NOT_A_BACKUP', fromFuture: 'BACKUP_FROM_FUTURE', damaged: 'BACKUP_DAMAGED' },
};

export interface BackupHeader {
  version: number;
  keysLength: number;
  snapshotLength: number;
  checksum: Buffer;
}

/** The first 24 header bytes, which the checksum covers too. */
export function headerPrefix(keysLength: number, snapshotLength: number, frame: FileFrame = BACKUP_FRAME): Buffer {
  const prefix = Buffer.alloc(24);
  frame.magic.copy(prefix, 0);
  prefix.writeUInt32BE(frame.version, 8);
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
export function readHeader(fd: number, fileSize: number, frame: FileFrame = BACKUP_FRAME): BackupHeader {
  const { magic, errors } = frame;
  const header = Buffer.alloc(HEADER_SIZE);
  const read = fs.readSync(fd, header, 0, HEADER_SIZE, 0);
  if (read < magic.length || !header.subarray(0, magic.length).equals(magic)) throw new KimError(errors.notThis);
  if (read < HEADER_SIZE) throw new KimError(errors.damaged);
  const version = header.readUInt32BE(8);
  if (version > frame.version) throw new KimError(errors.fromFuture);
  if (version !== frame.version) throw new KimError(errors.damaged);
  const keysLength = header.readUInt32BE(12);
  const snapshotLength = Number(header.readBigUInt64BE(16));
  const reservedZero = header.subarray(56).every((b) => b === 0);
  if (!reservedZero || keysLength === 0 || keysLength > frame.maxFirstLength || !Number.isSafeInteger(snapshotLength)) throw new KimError(errors.damaged);
  if (HEADER_SIZE + keysLength + snapshotLength !== fileSize) throw new KimError(errors.damaged);
  return { version, keysLength, snapshotLength, checksum: Buffer.from(header.subarray(24, 56)) };
}

/** Streams `length` bytes from `fd` at `position` into the hash (and, if given, into `out`). */
export function pump(fd: number, position: number, length: number, hash: Hash, out?: number, frame: FileFrame = BACKUP_FRAME): void {
  const buffer = Buffer.alloc(Math.min(CHUNK, Math.max(length, 1)));
  let done = 0;
  while (done < length) {
    const n = fs.readSync(fd, buffer, 0, Math.min(buffer.length, length - done), position + done);
    if (n === 0) throw new KimError(frame.errors.damaged); // the file got shorter while it was read
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
export function openBackup(file: string, frame: FileFrame = BACKUP_FRAME): OpenedBackup {
  const { errors } = frame;
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new KimError(errors.missing, { cause });
    if (code === 'EISDIR') throw new KimError(errors.notThis, { cause });
    throw cause;
  }
  try {
    const stat = fs.fstatSync(fd);
    if (stat.isDirectory()) throw new KimError(errors.notThis);
    const header = readHeader(fd, stat.size, frame);
    const keys = Buffer.alloc(header.keysLength);
    if (fs.readSync(fd, keys, 0, keys.length, HEADER_SIZE) !== keys.length) throw new KimError(errors.damaged);
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
export function checkContent(backup: OpenedBackup, out?: number, frame: FileFrame = BACKUP_FRAME): void {
  const { fd, header, keys } = backup;
  const hash = createHash('sha256');
  hash.update(headerPrefix(header.keysLength, header.snapshotLength, frame));
  hash.update(keys);
  pump(fd, HEADER_SIZE + header.keysLength, header.snapshotLength, hash, out, frame);
  if (!hash.digest().equals(header.checksum)) throw new KimError(frame.errors.damaged);
}
