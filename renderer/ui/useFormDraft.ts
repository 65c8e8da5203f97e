/**
 * A form's values, kept as a draft in the encrypted store while the person types, and given back
 * when the form opens again: after a lock, a crash or a restart, or after leaving the screen. The
 * form calls `clear()` once its input is saved as a record; closing the form keeps the draft (it
 * comes back with "Entwurf verwerfen" beside it), so no single key throws typed work away.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { call } from '../api';
import { cancelDraftSave, discardDraft, scheduleDraft, setDirty, type DraftOwner } from '../state/drafts';
import { lockEpoch } from '../state/session';

export interface FormDraft<V> {
  values: V;
  set: <K extends keyof V>(name: K, value: V[K]) => void;
  setValues: (values: V) => void;
  /** The values differ from the form's start (typed now or restored from a draft). */
  dirty: boolean;
  /** When the restored draft was saved (ISO), while it is on screen; null otherwise. */
  restoredAt: string | null;
  /** The input is saved as a record: the draft goes, the form is clean. */
  clear: () => void;
  /** Throws the draft away and starts the form afresh. */
  discard: () => void;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * `key` names the form and what it is about, e.g. `contact:new:<caseId>`; null keeps no draft.
 * `initial` is read on the first render only. Values must be plain JSON.
 */
export function useFormDraft<V extends Record<string, unknown>>(key: string | null, initial: V, owner: DraftOwner = {}): FormDraft<V> {
  const start = useRef(initial);
  const [values, setState] = useState<V>(initial);
  const latest = useRef(values);
  const [restoredAt, setRestoredAt] = useState<string | null>(null);
  const typed = useRef(false);
  const ownerRef = useRef(owner);
  ownerRef.current = owner;

  useEffect(() => {
    if (key === null) return;
    let live = true;
    const epoch = lockEpoch();
    void call('drafts.load', { key }).then((answer) => {
      // What the person typed meanwhile wins over an older draft.
      if (!live || epoch !== lockEpoch() || typed.current || !answer.ok || answer.value === null) return;
      const restored = { ...start.current, ...(JSON.parse(answer.value.fields) as Partial<V>) };
      latest.current = restored;
      setState(restored);
      setRestoredAt(answer.value.savedAt);
      setDirty(key, true);
    });
    return () => {
      live = false;
      // The form leaves the screen; a save still waiting goes out, the draft stays in the store.
      setDirty(key, false);
    };
  }, [key]);

  const setValues = useCallback(
    (next: V) => {
      typed.current = true;
      latest.current = next;
      setState(next);
      if (key === null) return;
      const changed = !same(next, start.current);
      setDirty(key, changed);
      if (changed) scheduleDraft(key, next, ownerRef.current);
      else discardDraft(key);
    },
    [key],
  );

  const set = useCallback(<K extends keyof V>(name: K, value: V[K]) => setValues({ ...latest.current, [name]: value }), [setValues]);

  const clear = useCallback(() => {
    if (key !== null) discardDraft(key);
    setRestoredAt(null);
  }, [key]);

  const discard = useCallback(() => {
    if (key !== null) {
      cancelDraftSave(key);
      discardDraft(key);
    }
    typed.current = false;
    latest.current = start.current;
    setState(start.current);
    setRestoredAt(null);
  }, [key]);

  return { values, set, setValues, dirty: !same(values, start.current), restoredAt, clear, discard };
}

/** Whether a draft of the form is stored: a section opens the form at once when there is one. */
export function useHasDraft(key: string): boolean {
  const [has, setHas] = useState(false);
  useEffect(() => {
    let live = true;
    const epoch = lockEpoch();
    void call('drafts.load', { key }).then((answer) => {
      if (live && epoch === lockEpoch() && answer.ok && answer.value !== null) setHas(true);
    });
    return () => {
      live = false;
    };
  }, [key]);
  return has;
}
