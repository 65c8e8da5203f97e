/**
 * People found as one types (`persons.find`: every spelling, transliteration variants, typing
 * errors, case number, date of birth), asked after a short typing pause; late answers ignored.
 * A restricted person is not found (the main process leaves them out).
 */
import { useEffect, useState } from 'react';
import type { PersonHit } from '../../electron/contract/areas/consultation';
import { call } from '../api';
import { lockEpoch } from '../state/session';

const TYPING_PAUSE_MS = 200;
export const MIN_QUERY = 2;

export interface Found {
  /** The text the hits answer; null while nothing (or too little) is typed. */
  query: string | null;
  hits: PersonHit[];
  pending: boolean;
  error: string | null;
}

export function usePersonFind(text: string, limit = 10): Found {
  const query = text.trim();
  const [found, setFound] = useState<Found>({ query: null, hits: [], pending: false, error: null });
  useEffect(() => {
    if (query.length < MIN_QUERY) {
      setFound({ query: null, hits: [], pending: false, error: null });
      return;
    }
    let current = true;
    const epoch = lockEpoch();
    setFound((f) => ({ ...f, pending: true }));
    const timer = setTimeout(() => {
      void call('persons.find', { query, limit }).then((answer) => {
        if (!current || epoch !== lockEpoch()) return;
        setFound(answer.ok ? { query, hits: answer.value, pending: false, error: null } : { query, hits: [], pending: false, error: answer.error.message });
      });
    }, TYPING_PAUSE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, limit]);
  return found;
}
