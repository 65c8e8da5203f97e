/**
 * The quick contact of the consultation hour (`sessions.logContact`): time and place come from the
 * session, the duration is prefilled, the focus starts on the topics (a digit picks one), Enter
 * saves. Optional: interpreter, a follow-up date with a prefilled title (only with an open case),
 * a note.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { LifeAreaView } from '../../../electron/contract/areas/cases';
import type { SessionView } from '../../../electron/contract/areas/consultation';
import { CONSULTATION_LIMITS, NETWORK_LIMITS } from '../../../electron/contract/limits';
import { call } from '../../api';
import { consultation } from '../../i18n/consultation';
import { Button } from '../../ui/Button';
import { ErrorMessage } from '../../ui/Messages';
import { SubmitRow } from '../../ui/SubmitRow';
import { TextArea } from '../../ui/TextArea';
import { TextField } from '../../ui/TextField';
import { ariaKeyShortcuts } from '../frame/shortcuts';
import { formKeyDown } from './formKeys';
import { germanDate } from './time';
import { TopicChoices } from './TopicChoices';

const t = consultation.contact;
const MINUTES = NETWORK_LIMITS.contactMinutes;

/** The person a contact is for, with the open case it belongs to (if any). */
export interface ContactTarget {
  personId: string;
  displayName: string;
  caseId: string | null;
  caseNumber: string | null;
}

/** 'TT.MM.JJJJ' (or 'T.M.JJ') → 'YYYY-MM-DD'; '' → null; anything else → undefined. */
export function parseGermanDate(text: string): string | null | undefined {
  const value = text.trim();
  if (value === '') return null;
  const match = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/.exec(value);
  if (!match) return undefined;
  const [d, m] = [Number(match[1]), Number(match[2])];
  const y = match[3]!.length === 2 ? 2000 + Number(match[3]) : Number(match[3]);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function parseMinutes(text: string): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null;
  const n = Number(text);
  return n >= MINUTES.min && n <= MINUTES.max ? n : null;
}

export interface QuickContactFormProps {
  session: SessionView;
  target: ContactTarget;
  lifeAreas: readonly LifeAreaView[];
  queueEntryId: string | null;
  onSaved: (message: string) => void;
  onCancel: () => void;
}

export function QuickContactForm({ session, target, lifeAreas, queueEntryId, onSaved, onCancel }: QuickContactFormProps) {
  const headingId = useId();
  const firstTopic = useRef<HTMLInputElement>(null);
  const followUpField = useRef<HTMLInputElement>(null);
  const [topics, setTopics] = useState<string[]>([]);
  const [duration, setDuration] = useState(String(CONSULTATION_LIMITS.defaultMinutes));
  const [interpreter, setInterpreter] = useState(false);
  const [followUpDate, setFollowUpDate] = useState('');
  const [followUpTitle, setFollowUpTitle] = useState(t.followUpDefault(session.locationName));
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    firstTopic.current?.focus();
  }, []);

  const minutes = parseMinutes(duration);
  const dueDate = target.caseId === null ? null : parseGermanDate(followUpDate);
  const withFollowUp = typeof dueDate === 'string';
  const problem =
    minutes === null
      ? t.durationInvalid(MINUTES.min, MINUTES.max)
      : dueDate === undefined
        ? t.followUpDateInvalid
        : withFollowUp && followUpTitle.trim() === ''
          ? t.followUpTitleMissing
          : null;

  function toggle(id: string) {
    setTopics((now) => (now.includes(id) ? now.filter((x) => x !== id) : [...now, id]));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (problem || minutes === null) {
      setError(problem);
      return;
    }
    setBusy(true);
    setError(null);
    const result = await call('sessions.logContact', {
      sessionId: session.id,
      personId: target.personId,
      caseId: target.caseId,
      durationMinutes: minutes,
      topics,
      interpreterUsed: interpreter,
      note: note.trim() === '' ? null : note.trim(),
      followUp: withFollowUp ? { dueDate, title: followUpTitle.trim() } : null,
      ...(queueEntryId ? { queueEntryId } : {}),
    });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    onSaved(withFollowUp ? t.savedWithFollowUp(target.displayName, germanDate(dueDate)) : t.saved(target.displayName));
  }

  const onKeyDown = formKeyDown({
    onCancel,
    onTopic: (index) => {
      const area = lifeAreas[index];
      if (area) toggle(area.id);
    },
    onFollowUp: () => followUpField.current?.focus(),
  });

  return (
    <div className="consultation-form">
      <h2 id={headingId}>{t.title(target.displayName)}</h2>
      <form className="form" onSubmit={submit} onKeyDown={onKeyDown} aria-labelledby={headingId} aria-busy={busy} noValidate>
        <div className="consultation-prefilled">
          <p>
            <span className="field-label">{t.whenWhere}:</span> {t.prefilled(session.locationName)}
          </p>
          <p>{target.caseNumber ? t.caseLine(target.caseNumber) : t.noCaseLine}</p>
        </div>
        <TopicChoices legend={t.topicsLegend} hint={t.topicsHint} lifeAreas={lifeAreas} multiple value={topics} onToggle={toggle} firstRef={firstTopic} />
        <div className="consultation-row consultation-row-compact">
          <TextField
            label={t.durationLabel}
            type="number"
            inputMode="numeric"
            min={MINUTES.min}
            max={MINUTES.max}
            step={1}
            value={duration}
            onChange={setDuration}
            error={minutes === null ? t.durationInvalid(MINUTES.min, MINUTES.max) : null}
            inputClassName="input-short"
          />
          <label className="choice consultation-check">
            <input type="checkbox" checked={interpreter} onChange={(e) => setInterpreter(e.target.checked)} />
            <span>{t.interpreter}</span>
          </label>
        </div>
        {target.caseId ? (
          <div className="consultation-follow-up">
            <TextField
              label={t.followUpDate}
              value={followUpDate}
              onChange={setFollowUpDate}
              hint={t.followUpHint}
              error={dueDate === undefined && /^\d{1,2}\.\d{1,2}\.\d{4}$/.test(followUpDate.trim()) ? t.followUpDateInvalid : null}
              inputMode="numeric"
              autoComplete="off"
              inputClassName="input-date"
              inputRef={followUpField}
              aria-keyshortcuts={ariaKeyShortcuts('consultation.followUp')}
            />
            {followUpDate !== '' ? (
              <TextField label={t.followUpTitle} value={followUpTitle} onChange={setFollowUpTitle} maxLength={NETWORK_LIMITS.title} />
            ) : null}
          </div>
        ) : (
          <p className="field-hint">{t.followUpNeedsCase}</p>
        )}
        <TextArea label={t.note} value={note} onChange={setNote} maxLength={NETWORK_LIMITS.note} rows={2} />
        <ErrorMessage message={error} />
        <SubmitRow label={t.submit} busy={busy} busyLabel={consultation.busy}>
          <Button onClick={onCancel} aria-keyshortcuts="Escape">
            {consultation.cancel}
          </Button>
        </SubmitRow>
      </form>
    </div>
  );
}
