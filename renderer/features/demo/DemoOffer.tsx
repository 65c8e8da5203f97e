/** On a new, empty store: the offer to load fictional demo data, clearly marked as such. */
import { useState } from 'react';
import { call } from '../../api';
import { demo as t } from '../../i18n/demo';
import './demo.css';
import { lockEpoch } from '../../state/session';
import { Button } from '../../ui/Button';
import { ErrorMessage, StatusMessage } from '../../ui/Messages';
import { loadDemoStatus, useDemo } from './demoStore';

/** Enough to see every phase and outcome, quick enough to wait for. */
const DEMO_CASE_COUNT = 60;

/** `onLoaded`: the screen showing the offer reloads what it lists (Heute would say "nichts fällig" otherwise). */
export function DemoOffer({ onLoaded }: { onLoaded?: () => void }) {
  const status = useDemo((s) => s.status);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  if (done) return <StatusMessage>{done}</StatusMessage>;
  if (!status || status.isDemo || status.cases > 0) return null;

  async function load() {
    const epoch = lockEpoch();
    setBusy(true);
    setError(null);
    const result = await call('demo.load', { cases: DEMO_CASE_COUNT });
    if (epoch !== lockEpoch()) return;
    setBusy(false);
    if (result.ok) {
      setDone(t.loaded(result.value.cases, result.value.persons));
      onLoaded?.();
      await loadDemoStatus();
    } else {
      setError(result.error.message);
    }
  }

  return (
    <section className="demo-offer" aria-labelledby="demo-offer-title">
      <h2 id="demo-offer-title">{t.offerTitle}</h2>
      <p>{t.offerText}</p>
      <p className="demo-offer-warning">{t.offerWarning}</p>
      <ErrorMessage message={error} />
      <Button variant="primary" onClick={() => void load()} disabled={busy}>
        {t.load}
      </Button>
      <StatusMessage>{busy ? <span className="busy">{t.loading}</span> : null}</StatusMessage>
    </section>
  );
}
