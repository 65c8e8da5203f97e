/** On a new, empty store: the offer to load fictional demo data, clearly marked as such. */
import { useState } from 'react';
import { call } from '../../api';
import { demo as t } from '../../i18n/demo';
import './demo.css';
import { Button } from '../../ui/Button';
import { ErrorMessage, StatusMessage } from '../../ui/Messages';
import { useSubmit } from '../../ui/useSubmit';
import { loadDemoStatus, useDemo } from './demoStore';

/** Enough to see every phase and outcome, quick enough to wait for. */
const DEMO_CASE_COUNT = 60;

/** `onLoaded`: the screen showing the offer reloads what it lists (Heute would say "nichts fällig" otherwise). */
export function DemoOffer({ onLoaded }: { onLoaded?: () => void }) {
  const status = useDemo((s) => s.status);
  const [done, setDone] = useState<string | null>(null);
  const { busy, error, submit } = useSubmit(
    () => call('demo.load', { cases: DEMO_CASE_COUNT }),
    (loaded) => {
      setDone(t.loaded(loaded.cases, loaded.persons));
      onLoaded?.();
      void loadDemoStatus();
    },
  );

  if (done) return <StatusMessage>{done}</StatusMessage>;
  if (!status || status.isDemo || status.cases > 0) return null;

  return (
    <section className="demo-offer" aria-labelledby="demo-offer-title">
      <h2 id="demo-offer-title">{t.offerTitle}</h2>
      <p>{t.offerText}</p>
      <p className="demo-offer-warning">{t.offerWarning}</p>
      <ErrorMessage message={error} />
      <Button variant="primary" onClick={() => void submit()} disabled={busy}>
        {t.load}
      </Button>
      <StatusMessage>{busy ? <span className="busy">{t.loading}</span> : null}</StatusMessage>
    </section>
  );
}
