/**
 * Loads one contract method's answer into component state, for the network sections (referrals,
 * contacts, conferences). Answers that arrive after a lock or after the component left are
 * dropped; `reload` fetches again and keeps the old value on screen meanwhile.
 */
import { useCallback, useEffect, useState } from 'react';
import type { Input, MethodName, Output } from '../../../electron/contract';
import { call } from '../../api';
import { lockEpoch } from '../../state/session';

export interface Loaded<T> {
  value: T | null;
  /** The German message of a failed load. */
  error: string | null;
  reload: () => void;
}

export function useLoaded<K extends MethodName>(name: K, input: Input<K>): Loaded<Output<K>> {
  const key = JSON.stringify(input);
  const [state, setState] = useState<{ value: Output<K> | null; error: string | null }>({ value: null, error: null });
  const [round, setRound] = useState(0);

  useEffect(() => {
    let current = true;
    const epoch = lockEpoch();
    void call(name, JSON.parse(key) as Input<K>).then((result) => {
      if (!current || epoch !== lockEpoch()) return;
      setState(result.ok ? { value: result.value, error: null } : { value: null, error: result.error.message });
    });
    return () => {
      current = false;
    };
  }, [name, key, round]);

  const reload = useCallback(() => setRound((n) => n + 1), []);
  return { ...state, reload };
}
