/**
 * The quick contact of the consultation hour (`sessions.logContact`): time and place come from the
 * session, the duration is prefilled, the focus starts on the topics (a digit picks one), Enter
 * saves. Optional: interpreter (prefilled from the person, with the language), a follow-up date
 * with a prefilled title (only with an open case), a note. In an hour recorded afterwards the
 * contact's time is typed (prefilled with the end of the one before), and must lie in the hour.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { LifeAreaView } from '../../../electron/contract/areas/cases';
import type { SessionView } from '../../../electron/contract/areas/consultation';
import { CONSULTATION_LIMITS, NETWORK_LIMITS } from '../../../electron/contract/limits';
import { languageName } from '../../../electron/contract/languages';
import { call } from '../../api';
import { consultation } from '../../i18n/consultation';
import { germanDay, parseGermanDay } from '../../i18n/dates';
import { lockEpoch } from '../../state/session';
import { Button } from '../../ui/Button';
import { ErrorMessage } from '../../ui/Messages';
import { SubmitRow } from '../../ui/SubmitRow';
import { DraftNotice } from '../../ui/DraftNotice';
import { useFormDraft } from '../../ui/useFormDraft';
import { useSubmit } from '../../ui/useSubmit';
import { TextArea } from '../../ui/TextArea';
import { TextField } from '../../ui/TextField';
import { ariaKeyShortcuts } from '../frame/shortcuts';
import { momentOn, nextTime, sessionDay, timeOf, timeProblem } from './afterwards';
import { setNextTime, useConsultation } from './consultationStore';
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
  const plannedEnd = useConsultation((s) => s.plannedEnd);
  const storedNext = useConsultation((s) => s.nextTime);
  // Kept as a draft of this person's contact in this hour until it is saved. The interpreter and
  // its language are null while they are as the person's data say (not a change of the form).
  const form = useFormDraft(
    `sessionContact:${session.id}:${target.personId}`,
    {
      topics: [] as string[],
      duration: String(CONSULTATION_LIMITS.defaultMinutes),
      interpreter: null as boolean | null,
      language: null as string | null,
      time: storedNext ?? timeOf(session.startedAt),
      followUpDate: '',
      followUpTitle: t.followUpDefault(session.locationName),
      note: '',
    },
    { personId: target.personId, caseId: target.caseId },
  );
  const { topics, duration, time, followUpDate, followUpTitle, note } = form.values;
  const [fromPerson, setFromPerson] = useState<{ needed: boolean; language: string }>({ needed: false, language: '' });
  const interpreter = form.values.interpreter ?? fromPerson.needed;
  const language = form.values.language ?? (interpreter ? fromPerson.language : '');

  useEffect(() => {
    firstTopic.current?.focus();
  }, []);

  // The person's interpreter and its language start the form (the user may change them).
  useEffect(() => {
    const epoch = lockEpoch();
    let live = true;
    void call('persons.get', { personId: target.personId }).then((answer) => {
      if (!live || epoch !== lockEpoch() || !answer.ok || !answer.value.interpreterNeeded) return;
      const code = answer.value.interpreterLanguage;
      setFromPerson({ needed: true, language: code ? languageName(code) : '' });
    });
    return () => {
      live = false;
    };
  }, [target.personId]);

  const minutes = parseMinutes(duration);
  const dueDate = target.caseId === null ? null : parseGermanDay(followUpDate);
  const withFollowUp = typeof dueDate === 'string';
  const timeWrong = session.afterwards ? timeProblem(session, plannedEnd, time) : null;
  const problem =
    timeWrong !== null
      ? timeWrong
      : minutes === null
        ? t.durationInvalid(MINUTES.min, MINUTES.max)
        : dueDate === undefined
          ? t.followUpDateInvalid
          : withFollowUp && followUpTitle.trim() === ''
            ? t.followUpTitleMissing
            : null;

  function toggle(id: string) {
    const now = form.values.topics;
    form.set('topics', now.includes(id) ? now.filter((x) => x !== id) : [...now, id]);
  }

  const send = useSubmit(
    () =>
      problem || minutes === null
        ? null
        : call('sessions.logContact', {
            sessionId: session.id,
            personId: target.personId,
            caseId: target.caseId,
            ...(session.afterwards ? { at: momentOn(sessionDay(session), time) } : {}),
            durationMinutes: minutes,
            topics,
            interpreterUsed: interpreter,
            ...(interpreter && language.trim() !== '' ? { interpreterLanguage: language.trim() } : {}),
            note: note.trim() === '' ? null : note.trim(),
            followUp: withFollowUp ? { dueDate, title: followUpTitle.trim() } : null,
            ...(queueEntryId ? { queueEntryId } : {}),
          }),
    (contact) => {
      form.clear();
      if (session.afterwards && minutes !== null) setNextTime(nextTime(timeOf(contact.at), minutes, plannedEnd));
      onSaved(withFollowUp ? t.savedWithFollowUp(target.displayName, germanDate(dueDate)) : t.saved(target.displayName));
    },
  );
  const { busy, error } = send;

  function submit(event: FormEvent) {
    event.preventDefault();
    // Enter saves from anywhere in the form: what is missing is said, not hidden behind a disabled button.
    if (problem) send.setError(problem);
    else void send.submit();
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
      <DraftNotice restoredAt={form.restoredAt} onDiscard={form.discard} />
      <form className="form" onSubmit={submit} onKeyDown={onKeyDown} aria-labelledby={headingId} aria-busy={busy} noValidate>
        <div className="consultation-prefilled">
          <p>
            <span className="field-label">{t.whenWhere}:</span>{' '}
            {session.afterwards ? consultation.afterwards.prefilled(germanDay(sessionDay(session)), session.locationName) : t.prefilled(session.locationName)}
          </p>
          <p>{target.caseNumber ? t.caseLine(target.caseNumber) : t.noCaseLine}</p>
        </div>
        {session.afterwards ? (
          <TextField
            label={consultation.afterwards.contactTime}
            hint={consultation.afterwards.timeHint}
            value={time}
            onChange={(v) => form.set('time', v)}
            error={timeWrong}
            inputMode="numeric"
            autoComplete="off"
            inputClassName="input-short"
          />
        ) : null}
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
            onChange={(v) => form.set('duration', v)}
            error={minutes === null ? t.durationInvalid(MINUTES.min, MINUTES.max) : null}
            inputClassName="input-short"
          />
          <label className="choice consultation-check">
            <input
              type="checkbox"
              checked={interpreter}
              onChange={(e) => {
                form.set('interpreter', e.target.checked);
              }}
            />
            <span>{t.interpreter}</span>
          </label>
          {interpreter ? (
            <TextField
              label={t.language}
              value={language}
              onChange={(v) => {
                form.set('language', v);
              }}
              maxLength={100}
              autoComplete="off"
            />
          ) : null}
        </div>
        {target.caseId ? (
          <div className="consultation-follow-up">
            <TextField
              label={t.followUpDate}
              value={followUpDate}
              onChange={(v) => form.set('followUpDate', v)}
              hint={t.followUpHint}
              error={dueDate === undefined && /^\d{1,2}\.\d{1,2}\.\d{4}$/.test(followUpDate.trim()) ? t.followUpDateInvalid : null}
              inputMode="numeric"
              autoComplete="off"
              inputClassName="input-date"
              inputRef={followUpField}
              aria-keyshortcuts={ariaKeyShortcuts('consultation.followUp')}
            />
            {followUpDate !== '' ? (
              <TextField label={t.followUpTitle} value={followUpTitle} onChange={(v) => form.set('followUpTitle', v)} maxLength={NETWORK_LIMITS.title} />
            ) : null}
          </div>
        ) : (
          <p className="field-hint">{t.followUpNeedsCase}</p>
        )}
        <TextArea label={t.note} value={note} onChange={(v) => form.set('note', v)} maxLength={NETWORK_LIMITS.note} rows={2} />
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
