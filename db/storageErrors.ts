/**
 * A write the drive refused, told as something the case manager can act on (issue 17): a full
 * drive and one that turned read-only while the store was open. Without this they came out as
 * INTERNAL ("Ein unerwarteter Fehler … Bitte versuchen Sie es noch einmal"), which asks to repeat
 * what cannot work. Every contract call passes through here (electron/ipc/handlers.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { KimError } from '../electron/contract/errors';

type StorageCode = 'STORAGE_FULL' | 'STORAGE_READ_ONLY';

/** SQLite's codes (better-sqlite3 gives the extended ones) and the file system's errno codes. */
function codeFor(code: string): StorageCode | null {
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') return 'STORAGE_FULL';
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS' || code === 'EACCES') return 'STORAGE_READ_ONLY';
  return null;
}

/** The codes along the error's causes (drizzle wraps SQLite's error in its own). */
function codesOf(error: unknown): string[] {
  const codes: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') codes.push(code);
    current = current.cause;
  }
  return codes;
}

/**
 * SQLite reports a write the system refused as SQLITE_IOERR_… and keeps the errno to itself; a
 * drive that turned read-only (the kernel does so when a disk or USB stick fails) looks like
 * that. So the store's folder is asked: one small file written and removed.
 */
function probeFolder(folder: string): StorageCode | null {
  const probe = path.join(folder, `.kim-schreibprobe.${randomBytes(6).toString('hex')}`);
  try {
    fs.writeFileSync(probe, 'x', { flag: 'wx', mode: 0o600 });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return typeof code === 'string' ? codeFor(code) : null;
  }
  fs.rmSync(probe, { force: true });
  return null;
}

/**
 * The typed error for a write the drive refused, or null for anything else (which stays as it
 * was). Typed errors of the services (KimError) are left alone: they already say what happened.
 */
export function storageError(error: unknown, storeFolder: string): KimError | null {
  if (error instanceof KimError) return null;
  const codes = codesOf(error);
  for (const code of codes) {
    const storage = codeFor(code);
    if (storage) return new KimError(storage, { cause: error });
  }
  if (codes.some((code) => code.startsWith('SQLITE_IOERR'))) {
    const storage = probeFolder(storeFolder);
    if (storage) return new KimError(storage, { cause: error });
  }
  return null;
}
