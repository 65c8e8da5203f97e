/**
 * The waiting list of the running hour: a name or number and Enter adds it (`queue.add`); the
 * entries in arrival order, each with "Aufrufen" (puts the label into the search and remembers
 * the entry for whatever is saved next) and "Entfernen" (`queue.remove`).
 */
import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import type { QueueEntry, SessionView } from '../../../electron/contract/areas/consultation';
import { CONSULTATION_LIMITS } from '../../../electron/contract/limits';
import { call } from '../../api';
import { useSubmit } from '../../ui/useSubmit';
import { consultation } from '../../i18n/consultation';
import { Button } from '../../ui/Button';
import { ErrorMessage, StatusMessage } from '../../ui/Messages';
import { TextField } from '../../ui/TextField';
import { ariaKeyShortcuts } from '../frame/shortcuts';
import { setQueue } from './consultationStore';
import { clock } from './time';

const t = consultation.queue;

export interface QueuePanelProps {
  session: SessionView;
  queue: QueueEntry[];
  calledId: string | null;
  onCall: (entry: QueueEntry) => void;
  /** An entry left the queue (the called one may be among them). */
  onRemoved: (entryId: string) => void;
  addRef: RefObject<HTMLInputElement | null>;
}

export function QueuePanel({ session, queue, calledId, onCall, onRemoved, addRef }: QueuePanelProps) {
  const titleId = useId();
  const [label, setLabel] = useState('');
  const [done, setDone] = useState<string | null>(null);
  /** The list as our own last change left it: when it changes otherwise (someone was seen), the old message goes. */
  const ownChange = useRef<QueueEntry[] | null>(null);

  useEffect(() => {
    if (queue !== ownChange.current) setDone(null);
  }, [queue]);

  const text = label.trim();
  const adding = useSubmit(
    () => (text === '' ? null : call('queue.add', { sessionId: session.id, label: text })),
    (list) => {
      ownChange.current = list;
      setQueue(list);
      setLabel('');
      setDone(t.added(text));
    },
  );
  const { busy, error, setError } = adding;
  const add = adding.submit;

  async function remove(entry: QueueEntry) {
    setError(null);
    const result = await call('queue.remove', { entryId: entry.id });
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    ownChange.current = result.value;
    setQueue(result.value);
    onRemoved(entry.id);
    setDone(t.removed(entry.label));
    addRef.current?.focus();
  }

  return (
    <section className="panel consultation-queue" aria-labelledby={titleId}>
      <h2 id={titleId}>{t.title}</h2>
      <form className="form consultation-queue-form" onSubmit={add} noValidate>
        <TextField
          label={t.addLabel}
          hint={t.addHint}
          value={label}
          onChange={setLabel}
          maxLength={CONSULTATION_LIMITS.queueLabel}
          autoComplete="off"
          spellCheck={false}
          inputRef={addRef}
          aria-keyshortcuts={ariaKeyShortcuts('consultation.queue')}
        />
        <div>
          <Button type="submit" disabled={busy}>
            {t.add}
          </Button>
        </div>
      </form>
      <ErrorMessage message={error} />
      <StatusMessage>{done}</StatusMessage>
      {queue.length === 0 ? (
        <p className="field-hint">{t.empty}</p>
      ) : (
        <ol className="consultation-queue-list" aria-label={t.listLabel}>
          {queue.map((entry) => (
            <li key={entry.id} className={entry.id === calledId ? 'consultation-queue-entry is-called' : 'consultation-queue-entry'}>
              <span className="consultation-hit-name">{entry.label}</span>
              <span className="consultation-hit-meta">
                {[
                  entry.personName && entry.personName !== entry.label ? entry.personName : null,
                  t.arrived(clock(entry.arrivedAt)),
                  entry.id === calledId ? t.called : null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
              <span className="consultation-queue-actions">
                <Button variant="secondary" className="button-quiet" onClick={() => onCall(entry)} aria-label={`${t.call}: ${entry.label}`}>
                  {t.call}
                </Button>
                <Button variant="link" onClick={() => void remove(entry)} aria-label={`${t.remove}: ${entry.label}`}>
                  {t.remove}
                </Button>
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
