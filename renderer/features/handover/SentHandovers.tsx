/**
 * The handovers sent from this store with their state: waiting for the colleague's code (a field
 * to enter it), confirmed (erase the persons here, after a second click), erased.
 */
import { useEffect, useId, useState } from 'react';
import type { HandoverSummary } from '../../../electron/contract/areas/handover';
import { call } from '../../api';
import { germanDateTime } from '../../i18n/dates';
import { lockEpoch } from '../../state/session';
import { Button } from '../../ui/Button';
import { ErrorMessage, StatusMessage } from '../../ui/Messages';
import { SubmitRow } from '../../ui/SubmitRow';
import { TextField } from '../../ui/TextField';
import { useSubmit } from '../../ui/useSubmit';
import { handoverTexts as t } from '../../i18n/handover';

export function SentHandovers() {
  const headingId = useId();
  const [list, setList] = useState<HandoverSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const epoch = lockEpoch();
    void call('handover.list', {}).then((result) => {
      if (epoch !== lockEpoch()) return;
      if (result.ok) setList(result.value);
      else setError(result.error.message);
    });
  }, []);

  const replace = (next: HandoverSummary) => setList((l) => l?.map((h) => (h.id === next.id ? next : h)) ?? l);

  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{t.sentListTitle}</h3>
      {list === null ? (
        error ? (
          <ErrorMessage message={error} />
        ) : (
          <StatusMessage>{t.loading}</StatusMessage>
        )
      ) : list.length === 0 ? (
        <p>{t.sentListEmpty}</p>
      ) : (
        <ul className="handover-list">
          {list.map((h) => (
            <li key={h.id}>
              <p>
                {t.sentItem(germanDateTime(h.createdAt), h.recipient, h.caseNumbers)} – <strong>{t.status[h.status]}</strong>
              </p>
              {h.status === 'versandt' ? <ConfirmForm handover={h} onDone={replace} /> : null}
              {h.status === 'bestaetigt' ? <EraseHandedOver handover={h} onDone={replace} /> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ConfirmForm({ handover, onDone }: { handover: HandoverSummary; onDone: (h: HandoverSummary) => void }) {
  const [code, setCode] = useState('');
  const { busy, error, submit } = useSubmit(
    () => (code.trim() === '' ? null : call('handover.confirm', { handoverId: handover.id, code: code.trim() })),
    onDone,
  );

  return (
    <form className="form" onSubmit={submit} aria-busy={busy} noValidate>
      <TextField label={t.codeLabel} value={code} onChange={setCode} autoComplete="off" spellCheck={false} maxLength={20} inputClassName="input-code" />
      <ErrorMessage message={error} />
      <SubmitRow label={t.confirm} busy={busy} busyLabel={t.confirming} problem={code.trim() === '' ? t.codeMissing : null} />
    </form>
  );
}

function EraseHandedOver({ handover, onDone }: { handover: HandoverSummary; onDone: (h: HandoverSummary) => void }) {
  const [asking, setAsking] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const {
    busy,
    error,
    submit: erase,
  } = useSubmit(
    () => call('handover.erase', { handoverId: handover.id }),
    (erased) => {
      setDone(t.erased);
      onDone(erased);
    },
  );

  return (
    <div className="form" aria-busy={busy}>
      {asking ? (
        <>
          <p>{t.eraseQuestion}</p>
          <div className="submit-actions">
            <Button variant="primary" onClick={() => void erase()} disabled={busy}>
              {busy ? t.erasing : t.eraseConfirm}
            </Button>
            <Button onClick={() => setAsking(false)} disabled={busy}>
              {t.cancel}
            </Button>
          </div>
        </>
      ) : (
        <Button onClick={() => setAsking(true)}>{t.erase}</Button>
      )}
      <ErrorMessage message={error} />
      <StatusMessage>{done}</StatusMessage>
    </div>
  );
}
