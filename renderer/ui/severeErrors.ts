import { type ErrorCode, storeFileErrors } from '../../electron/contract/errors';

/** Errors that no retry fixes: the store's files are damaged, missing, read-only or from a newer version. */
const SEVERE: ReadonlySet<ErrorCode> = new Set<ErrorCode>(storeFileErrors);

export function isSevereError(code: ErrorCode): boolean {
  return SEVERE.has(code);
}
