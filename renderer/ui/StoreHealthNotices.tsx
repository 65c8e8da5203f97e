/**
 * The notices about the store itself, above every screen of the open app: a problem found by the
 * background check (an alert, it concerns all the data), an audit log changed outside the app
 * (an alert naming the first broken entry), and a small reminder to renew the data
 * key after it was handed out. Nothing is shown while all is well or unknown.
 */
import { useEffect } from 'react';
import { storeHealthTexts as t } from '../i18n/storeHealth';
import { listenForStoreHealth, refreshStoreHealth, useStoreHealth } from '../state/storeHealth';

export function StoreHealthNotices() {
  const health = useStoreHealth((s) => s.health);
  useEffect(() => {
    const stop = listenForStoreHealth();
    void refreshStoreHealth();
    return stop;
  }, []);
  if (!health) return null;
  return (
    <>
      {health.integrity === 'problem' ? (
        <p className="message message-error message-severe" role="alert">
          {t.integrityProblem}
        </p>
      ) : null}
      {health.auditChainProblem ? (
        <p className="message message-error message-severe" role="alert">
          {t.auditChainProblem} {health.auditChainProblem}
        </p>
      ) : null}
      {health.rekeyRecommended ? <p className="notice notice-info">{t.rekeyRecommendedShort}</p> : null}
    </>
  );
}
