/**
 * "Sprechstunde beenden" with a confirm step; ending shows the summary (`sessions.end`). An hour
 * recorded afterwards asks for its end time (prefilled with the end given at its start) instead.
 */
import { useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import type { SessionView } from '../../../electron/contract/areas/consultation';
import { consultation } from '../../i18n/consultation';
import { Button } from '../../ui/Button';
import { ErrorMessage, StatusMessage } from '../../ui/Messages';
import { TextField } from '../../ui/TextField';
import { useSubmit } from '../../ui/useSubmit';
import { momentOn, sessionDay, timeOf } from './afterwards';
import { endSession, useConsultation } from './consultationStore';

const t = consultation.running;
const a = consultation.afterwards;

export function EndSessionControl({ session }: { session: SessionView }) {
  const [asking, setAsking] = useState(false);
  const confirm = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  const plannedEnd = useConsultation((s) => s.plannedEnd);
  const progress = useConsultation((s) => s.progress);
  const [endTime, setEndTime] = useState(() => (plannedEnd ? plannedEnd.slice(11, 16) : ''));
  const endField = useRef<HTMLInputElement>(null);
  const lastContact = progress?.contacts.at(-1)?.at ?? null;
  const afterwards = session.afterwards;
  const endedAt = afterwards ? momentOn(sessionDay(session), endTime) : '';

  useLayoutEffect(() => {
    if (asking) (afterwards ? endField.current : confirm.current)?.focus();
    else if (wasAsking.current) opener.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  // Ending answers through the consultation store (the summary); here only its German error is shown.
  const send = useSubmit(
    () =>
      afterwards && endedAt === ''
        ? null
        : endSession(afterwards ? endedAt : undefined).then((message) =>
            message ? { ok: false as const, error: { message } } : { ok: true as const, value: null },
          ),
    () => undefined,
  );
  const { busy, error } = send;

  function end(event?: FormEvent) {
    event?.preventDefault();
    if (afterwards && endedAt === '') send.setError(a.timeInvalid);
    else void send.submit();
  }

  if (!asking) {
    return (
      <button type="button" className="button button-secondary consultation-end" ref={opener} onClick={() => setAsking(true)}>
        {t.end}
      </button>
    );
  }
  if (afterwards) {
    return (
      <form className="notice notice-warning consultation-end-confirm" aria-label={t.end} onSubmit={end} noValidate>
        <p>{a.endQuestion}</p>
        <TextField
          label={a.endLabel}
          hint={lastContact ? `${a.timeHint}. ${a.endAfterLast(timeOf(lastContact))}` : a.timeHint}
          value={endTime}
          onChange={setEndTime}
          inputMode="numeric"
          autoComplete="off"
          inputClassName="input-short"
          inputRef={endField}
        />
        <div className="submit-actions">
          <button type="submit" className="button button-primary" ref={confirm} disabled={busy}>
            {a.endConfirm}
          </button>
          <Button onClick={() => setAsking(false)} disabled={busy}>
            {a.endCancel}
          </Button>
        </div>
        <ErrorMessage message={error} />
        <StatusMessage>{busy ? <span className="busy">{t.endBusy}</span> : null}</StatusMessage>
      </form>
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
