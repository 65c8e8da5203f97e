/**
 * What can be done with an open Wiedervorlage where it is listed (the case's panel and "Heute"):
 * mark it done, or postpone it to a new day (`followUps.postpone`, the earlier date is kept).
 * "Verschieben" opens a small form in place with the date a week ahead; Escape closes it.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { FollowUpView } from '../../electron/contract/areas/network';
import { call } from '../api';
import { contactTexts } from '../i18n/contacts';
import { germanDay } from '../i18n/dates';
import * as clock from '../state/clock';
import { Button } from './Button';
import { DateField } from './DateField';
import { ErrorMessage } from './Messages';
import { SubmitRow } from './SubmitRow';
import { useSubmit } from './useSubmit';
import './followUpActions.css';

const t = contactTexts.followUp;

/** 'YYYY-MM-DD' plus `days` (calendar days, local). */
function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return clock.today(new Date(y, m - 1, d + days));
}

export interface FollowUpActionsProps {
  followUp: { id: string; title: string; dueDate: string };
  /** After it was marked done or postponed, with the German confirmation. */
  onChanged: (message: string, changed: FollowUpView) => void;
  disabled?: boolean;
}

export function FollowUpActions({ followUp, onChanged, disabled = false }: FollowUpActionsProps) {
  const [postponing, setPostponing] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const done = useSubmit(
    () => call('followUps.markDone', { id: followUp.id }),
    (value) => onChanged(t.doneSaved(followUp.title), value),
  );
  return (
    <div className="follow-up-actions">
      <div className="follow-up-buttons">
        <Button aria-label={t.doneLabel(followUp.title)} disabled={disabled || done.busy} onClick={() => void done.submit()}>
          {t.done}
        </Button>
        <Button
          ref={opener}
          aria-label={t.postponeLabel(followUp.title)}
          aria-expanded={postponing}
          disabled={disabled || done.busy}
          onClick={() => setPostponing((open) => !open)}
        >
          {t.postpone}
        </Button>
      </div>
      <ErrorMessage message={done.error} />
      {postponing ? (
        <PostponeForm
          followUp={followUp}
          onCancel={() => {
            setPostponing(false);
            opener.current?.focus();
          }}
          onSaved={(value) => {
            setPostponing(false);
            onChanged(t.postponed(followUp.title, germanDay(value.dueDate)), value);
          }}
        />
      ) : null}
    </div>
  );
}

function PostponeForm({
  followUp,
  onSaved,
  onCancel,
}: {
  followUp: FollowUpActionsProps['followUp'];
  onSaved: (value: FollowUpView) => void;
  onCancel: () => void;
}) {
  const headingId = useId();
  const dateField = useRef<HTMLInputElement>(null);
  useEffect(() => dateField.current?.focus(), []);
  const today = clock.today();
  // A week after the due date, or after today when it is overdue.
  const [dueDate, setDueDate] = useState(() => addDays([followUp.dueDate, today].sort()[1]!, 7));
  const problem = dueDate === '' ? t.dateMissing : dueDate < today ? t.datePast : null;
  const { busy, error, submit } = useSubmit(() => (problem ? null : call('followUps.postpone', { followUpId: followUp.id, dueDate })), onSaved);
  return (
    <form className="form follow-up-postpone" onSubmit={submit} aria-labelledby={headingId} aria-busy={busy} noValidate>
      <p id={headingId} className="follow-up-postpone-title">
        {t.postponeTitle(followUp.title)}
      </p>
      <DateField label={t.newDate} value={dueDate} onChange={setDueDate} required inputRef={dateField} />
      <ErrorMessage message={error} />
      <SubmitRow label={t.submit} busy={busy} busyLabel={t.busy} problem={problem} onCancel={onCancel} cancelLabel={t.cancel} />
    </form>
  );
}
