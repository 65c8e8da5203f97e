/**
 * Heute: the persons whose every case is closed and past its retention period. Each can be
 * erased (a reason, and the case number typed as confirmation) or kept longer (a later day and a
 * reason). Shows nothing while there is nothing due — also when the list could not be read: the
 * rest of Heute stands on its own, and the next visit asks again.
 */
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { DueErasure } from '../../../electron/contract/areas/erasure';
import { call } from '../../api';
import { today } from '../../state/clock';
import { lockEpoch } from '../../state/session';
import { Button } from '../../ui/Button';
import { ErrorMessage, StatusMessage } from '../../ui/Messages';
import { SubmitRow } from '../../ui/SubmitRow';
import { TextArea } from '../../ui/TextArea';
import { TextField } from '../../ui/TextField';
import { DateField } from '../../ui/DateField';
import { DraftNotice } from '../../ui/DraftNotice';
import { useFormDraft } from '../../ui/useFormDraft';
import { useSubmit } from '../../ui/useSubmit';
import { germanDay } from '../../i18n/dates';
import { erasureTexts as t } from '../../i18n/erasure';

type Open = { kind: 'erase' | 'keep'; caseId: string } | null;

export function DueErasures() {
  const headingId = useId();
  const [entries, setEntries] = useState<DueErasure[] | null>(null);
  const [open, setOpen] = useState<Open>(null);
  const [message, setMessage] = useState<string | null>(null);

  const load = useCallback(async () => {
    const epoch = lockEpoch();
    const result = await call('erasure.due', {});
    if (epoch !== lockEpoch()) return;
    setEntries(result.ok ? result.value : null);
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  const start = (next: Open) => {
    setMessage(null);
    setOpen(next);
  };
  const done = (text: string) => {
    setOpen(null);
    setMessage(text);
    void load();
  };

  if ((entries === null || entries.length === 0) && message === null) return null;
  return (
    <section className="panel due-erasures" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.dueTitle}</h2>
      <StatusMessage>{message}</StatusMessage>
      {entries && entries.length > 0 ? (
        <>
          <p>{t.dueLead(entries.length)}</p>
          <ul className="due-erasures-list">
            {entries.map((entry) => (
              <li key={entry.personId}>
                <p>
                  <strong>{entry.caseNumber}</strong> · {entry.clientName ?? t.noName} · {t.closedOn(germanDay(entry.closedAt))} ·{' '}
                  {t.dueSince(germanDay(entry.dueSince))}
                </p>
                {entry.caseNumbers.length > 1 ? <p>{t.allCases(entry.caseNumbers.join(', '))}</p> : null}
                {open?.caseId === entry.caseId ? (
                  open.kind === 'erase' ? (
                    <EraseForm entry={entry} onDone={done} onCancel={() => setOpen(null)} />
                  ) : (
                    <KeepForm entry={entry} onDone={done} onCancel={() => setOpen(null)} />
                  )
                ) : (
                  <div className="row-actions">
                    <Button onClick={() => start({ kind: 'erase', caseId: entry.caseId })}>{t.erase}</Button>
                    <Button onClick={() => start({ kind: 'keep', caseId: entry.caseId })}>{t.keepLonger}</Button>
                  </div>
                )}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

interface FormProps {
  entry: Pick<DueErasure, 'caseId' | 'caseNumber'>;
  onDone: (message: string) => void;
  onCancel?: (() => void) | undefined;
}

/** Focuses the form's first field when it opens, so the keyboard continues where the button was. */
function useFocusFirstField() {
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('input, textarea')?.focus();
  }, []);
  return ref;
}

/** Erases the person of `entry`: a reason (given, or the expired period's) and the case number typed as confirmation. */
export function EraseForm({ entry, onDone, onCancel, defaultReason = t.reasonDefault }: FormProps & { defaultReason?: string }) {
  const headingId = useId();
  const form = useFocusFirstField();
  // The reason is kept as a draft of the case; the confirmation is typed afresh each time.
  const draft = useFormDraft(`erasure:${entry.caseId}`, { reason: defaultReason }, { caseId: entry.caseId });
  const { reason } = draft.values;
  const [confirm, setConfirm] = useState('');
  const problem = reason.trim() === '' ? t.reasonMissing : confirm.trim() !== entry.caseNumber ? t.confirmMismatch : null;
  const { busy, error, submit } = useSubmit(
    () => (problem ? null : call('erasure.erase', { caseId: entry.caseId, confirmCaseNumber: confirm.trim(), reason: reason.trim() })),
    (erased) => {
      draft.clear();
      onDone(t.erased(erased.caseNumbers.join(', ')));
    },
  );

  return (
    <form ref={form} className="form" onSubmit={submit} aria-busy={busy} aria-labelledby={headingId} noValidate>
      <h3 id={headingId}>{t.eraseTitle(entry.caseNumber)}</h3>
      <p>{t.eraseWarning}</p>
      <DraftNotice restoredAt={draft.restoredAt} onDiscard={draft.discard} />
      <TextArea label={t.reasonLabel} value={reason} onChange={(value) => draft.set('reason', value)} maxLength={500} rows={2} />
      <TextField label={t.confirmLabel} hint={t.confirmHint(entry.caseNumber)} value={confirm} onChange={setConfirm} autoComplete="off" />
      <ErrorMessage message={error} />
      <SubmitRow label={t.eraseSubmit} busy={busy} busyLabel={t.erasing} problem={problem} onCancel={onCancel} cancelLabel={t.cancel} />
    </form>
  );
}

function dayAfter(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function KeepForm({ entry, onDone, onCancel }: FormProps) {
  const headingId = useId();
  const form = useFocusFirstField();
  const earliest = dayAfter(today());
  const draft = useFormDraft(`erasureHold:${entry.caseId}`, { keepUntil: '', reason: '' }, { caseId: entry.caseId });
  const { keepUntil, reason } = draft.values;
  const validDay = /^\d{4}-\d{2}-\d{2}$/.test(keepUntil) && keepUntil >= earliest;
  const problem = !validDay ? t.keepUntilMissing : reason.trim() === '' ? t.reasonMissing : null;
  const { busy, error, submit } = useSubmit(
    () => (problem ? null : call('erasure.hold', { caseId: entry.caseId, keepUntil, reason: reason.trim() })),
    (held) => {
      draft.clear();
      onDone(t.kept(entry.caseNumber, germanDay(held.keepUntil)));
    },
  );

  return (
    <form ref={form} className="form" onSubmit={submit} aria-busy={busy} aria-labelledby={headingId} noValidate>
      <h3 id={headingId}>{t.keepTitle(entry.caseNumber)}</h3>
      <DraftNotice restoredAt={draft.restoredAt} onDiscard={draft.discard} />
      <DateField label={t.keepUntilLabel} hint={t.keepUntilHint} value={keepUntil} onChange={(value) => draft.set('keepUntil', value)} required />
      <TextArea label={t.keepReasonLabel} hint={t.keepReasonHint} value={reason} onChange={(value) => draft.set('reason', value)} maxLength={500} rows={2} />
      <ErrorMessage message={error} />
      <SubmitRow label={t.keepSubmit} busy={busy} busyLabel={t.keeping} problem={problem} onCancel={onCancel} cancelLabel={t.cancel} />
    </form>
  );
}
