import { methodNames, type Input, type KimEvent, type MethodName, type MethodResult } from './index';

export type Invoke = (name: MethodName, input: unknown) => Promise<unknown>;
export type Subscribe = (listener: (event: KimEvent) => void) => () => void;

export type KimApi = { readonly [K in MethodName]: (input: Input<K>) => Promise<MethodResult<K>> } & {
  readonly onEvent: Subscribe;
};

/**
 * Builds the frozen `window.kim`: one function per contract method and nothing else.
 * Used by the preload and by the browser tests' bridge, so both expose the same surface.
 */
export function buildApi(invoke: Invoke, subscribe: Subscribe): KimApi {
  const api: Record<string, unknown> = {};
  for (const name of methodNames) {
    api[name] = (input: unknown) => invoke(name, input);
  }
  api.onEvent = subscribe;
  return Object.freeze(api) as KimApi;
}
