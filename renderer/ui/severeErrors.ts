import type { ErrorCode } from '../../electron/contract/errors';

/** Errors that no retry fixes: the file is damaged, missing or from a newer version. */
const SEVERE: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'KEYFILE_DAMAGED',
  'DB_DAMAGED',
  'DB_MISSING',
  'DB_IS_DIRECTORY',
  'STORE_READ_ONLY',
  'DB_FROM_FUTURE',
  'STORE_MISSING',
]);

export function isSevereError(code: ErrorCode): boolean {
  return SEVERE.has(code);
}
