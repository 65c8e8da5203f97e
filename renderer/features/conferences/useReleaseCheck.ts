/**
 * Asks the main process (`caseConferences.checkReleases`) whether each chosen partner has a valid
 * release for the client on the conference date, whenever the partners or the date change.
 * Only the answer to the latest question counts.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ConferenceReleaseCheck } from '../../../electron/contract/areas/network';
import { call } from '../../api';
import { isIsoDate } from '../../i18n/network';
import { lockEpoch } from '../../state/session';

export interface ReleaseCheckState {
  check: ConferenceReleaseCheck | null;
  checking: boolean;
  error: string | null;
  /** Checks now and returns the answer (null when it failed or is outdated). */
  recheck: () => Promise<ConferenceReleaseCheck | null>;
}

export function useReleaseCheck(caseId: string, date: string, partnerIds: readonly string[]): ReleaseCheckState {
  const [check, setCheck] = useState<ConferenceReleaseCheck | null>(null);
  const [checking, setChecking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(0);
  const key = partnerIds.join(',');

  const recheck = useCallback(async (): Promise<ConferenceReleaseCheck | null> => {
    const round = ++latest.current;
    const ids = key === '' ? [] : key.split(',');
    if (ids.length === 0 || !isIsoDate(date)) {
      setCheck(null);
      setChecking(false);
      setError(null);
      return null;
    }
    setChecking(true);
    const epoch = lockEpoch();
    const result = await call('caseConferences.checkReleases', { caseId, date, partnerIds: ids });
    if (round !== latest.current || epoch !== lockEpoch()) return null;
    setChecking(false);
    if (!result.ok) {
      setCheck(null);
      setError(result.error.message);
      return null;
    }
    setCheck(result.value);
    setError(null);
    return result.value;
  }, [caseId, date, key]);

  useEffect(() => {
    void recheck();
  }, [recheck]);

  return { check, checking, error, recheck };
}
