/**
 * The only module that touches `window.kim` (the preload's bridge). Everything else in the
 * renderer calls the main process through `call` and listens through `onKimEvent`.
 */
import type { KimApi } from '../electron/contract/api';
import type { Input, KimEvent, MethodName, MethodResult } from '../electron/contract';
import { errorMessages, type KimErrorBody } from '../electron/contract/errors';

declare global {
  interface Window {
    readonly kim: KimApi;
  }
}

export type { KimErrorBody };

/**
 * Calls one contract method. Never rejects: a broken bridge or an unexpected exception turns
 * into an INTERNAL error result, so every screen has only the Result shape to handle.
 */
export async function call<K extends MethodName>(name: K, input: Input<K>): Promise<MethodResult<K>> {
  try {
    // Correlating the name with its input/result is beyond the compiler here; KimApi guarantees it.
    const method = window.kim[name] as unknown as (input: Input<K>) => Promise<MethodResult<K>>;
    return await method(input);
  } catch {
    return { ok: false, error: { code: 'INTERNAL', message: errorMessages.INTERNAL } } as MethodResult<K>;
  }
}

/**
 * Subscribes to events pushed by the main process; returns the unsubscribe function. Without a
 * bridge (a broken preload) there is nothing to listen to; `call` then reports the error.
 */
export function onKimEvent(listener: (event: KimEvent) => void): () => void {
  if (typeof window.kim?.onEvent !== 'function') return () => {};
  return window.kim.onEvent(listener);
}
