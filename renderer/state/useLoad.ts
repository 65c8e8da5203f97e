/**
 * Loads data for a screen through `call` and keeps it in component state. Answers that arrive
 * after the component is gone or after a lock are dropped, so nothing outlives the lock.
 */
import { useCallback, useEffect, useState } from 'react';
import type { Input, MethodName, Output } from '../../electron/contract';
import { call } from '../api';
import { lockEpoch } from './session';

type Loaded<T> = { ok: true; value: T } | { ok: false; error: { message: string } };

export interface LoadState<T> {
  data: T | null;
  error: string | null;
  loading: boolean;
  /** Loads again (after a change); the old data stays on screen meanwhile. */
  reload: () => void;
  /** Replaces the data with a fresher copy a change returned. */
  setData: (data: T) => void;
}

export function useLoad<T>(load: () => Promise<Loaded<T>>, deps: readonly unknown[]): LoadState<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let current = true;
    const epoch = lockEpoch();
    setLoading(true);
    void load().then((result) => {
      if (!current || epoch !== lockEpoch()) return;
      setLoading(false);
      if (result.ok) {
        setData(result.value);
        setError(null);
      } else {
        setError(result.error.message);
      }
    });
    return () => {
      current = false;
    };
    // The caller names what the load depends on; `load` itself changes on every render.
  }, [...deps, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { data, error, loading, reload, setData };
}

/** `useLoad` of one contract method's answer; loads again when the input changes. */
export function useCall<K extends MethodName>(name: K, input: Input<K>): LoadState<Output<K>> {
  const key = JSON.stringify(input);
  return useLoad(() => call(name, JSON.parse(key) as Input<K>), [name, key]);
}
