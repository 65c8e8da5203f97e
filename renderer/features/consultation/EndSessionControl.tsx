/** "Sprechstunde beenden" with a confirm step; ending shows the summary (`sessions.end`). */
import { useLayoutEffect, useRef, useState } from 'react';
import { consultation } from '../../i18n/consultation';
import { Button } from '../../ui/Button';
import { ErrorMessage, StatusMessage } from '../../ui/Messages';
import { endSession } from './consultationStore';

const t = consultation.running;

export function EndSessionControl() {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirm = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useLayoutEffect(() => {
    if (asking) confirm.current?.focus();
    else if (wasAsking.current) opener.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  async function end() {
    setBusy(true);
    setError(null);
    const problem = await endSession();
    setBusy(false);
    if (problem) setError(problem);
  }

  if (!asking) {
    return (
      <button type="button" className="button button-secondary consultation-end" ref={opener} onClick={() => setAsking(true)}>
        {t.end}
      </button>
    );
  }
  return (
    <div className="notice notice-warning consultation-end-confirm" role="group" aria-label={t.end}>
      <p>{t.endQuestion}</p>
      <div className="submit-actions">
        <button type="button" className="button button-primary" ref={confirm} disabled={busy} onClick={() => void end()}>
          {t.endConfirm}
        </button>
        <Button onClick={() => setAsking(false)} disabled={busy}>
          {t.endCancel}
        </Button>
      </div>
      <ErrorMessage message={error} />
      <StatusMessage>{busy ? <span className="busy">{t.endBusy}</span> : null}</StatusMessage>
    </div>
  );
}
