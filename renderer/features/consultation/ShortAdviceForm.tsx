/**
 * "Kurzberatung" (`shortAdvice.record`): one topic (a digit picks it), the language of the advice
 * (Deutsch or another) and whether an interpreter helped. Nothing about the person is stored;
 * the form says so. In an hour recorded afterwards, its time in the hour is typed too.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { LifeAreaView } from '../../../electron/contract/areas/cases';
import type { SessionView } from '../../../electron/contract/areas/consultation';
import { call } from '../../api';
import { LANGUAGES } from '../../i18n/cases';
import { consultation } from '../../i18n/consultation';
import { Button } from '../../ui/Button';
import { ErrorMessage } from '../../ui/Messages';
import { SelectField } from '../../ui/SelectField';
import { SubmitRow } from '../../ui/SubmitRow';
import { useSubmit } from '../../ui/useSubmit';
import { TextField } from '../../ui/TextField';
import { momentOn, nextTime, sessionDay, timeOf, timeProblem } from './afterwards';
import { setNextTime, useConsultation } from './consultationStore';
import { formKeyDown } from './formKeys';
import { TopicChoices } from './TopicChoices';

const t = consultation.shortAdvice;
const languageOptions = Object.entries(LANGUAGES)
  .filter(([code]) => code !== 'de')
  .map(([value, label]) => ({ value, label }));

export interface ShortAdviceFormProps {
  session: SessionView;
  lifeAreas: readonly LifeAreaView[];
  queueEntryId: string | null;
  onSaved: (message: string) => void;
  onCancel: () => void;
}

export function ShortAdviceForm({ session, lifeAreas, queueEntryId, onSaved, onCancel }: ShortAdviceFormProps) {
  const headingId = useId();
  const firstTopic = useRef<HTMLInputElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const [topic, setTopic] = useState('');
  const [language, setLanguage] = useState('');
  const [interpreter, setInterpreter] = useState(false);
  const [tried, setTried] = useState(false);
  const plannedEnd = useConsultation((s) => s.plannedEnd);
  const storedNext = useConsultation((s) => s.nextTime);
  const [time, setTime] = useState(() => storedNext ?? timeOf(session.startedAt));
  const timeWrong = session.afterwards ? timeProblem(session, plannedEnd, time) : null;

  useEffect(() => {
    firstTopic.current?.focus();
  }, []);

  const send = useSubmit(
    () =>
      topic === '' || timeWrong !== null
        ? null
        : call('shortAdvice.record', {
            sessionId: session.id,
            lifeAreaId: topic,
            language: language === '' ? null : language,
            interpreterUsed: interpreter,
            ...(queueEntryId ? { queueEntryId } : {}),
            ...(session.afterwards ? { at: momentOn(sessionDay(session), time) } : {}),
          }),
    (advice) => {
      // A Kurzberatung takes a few minutes; the next entry starts after it.
      if (session.afterwards) setNextTime(nextTime(timeOf(advice.at), 5, plannedEnd));
      onSaved(t.saved(advice.lifeAreaName));
    },
  );
  const { busy, error } = send;

  function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (topic === '' || timeWrong !== null) send.setError(timeWrong ?? t.missingTopic);
    else void send.submit();
  }

  const onKeyDown = formKeyDown({
    onCancel,
    onTopic: (index) => {
      const area = lifeAreas[index];
      if (!area) return;
      setTopic(area.id);
      // As the arrow keys do: the chosen radio button takes the focus, so Tab leaves the group.
      form.current?.querySelectorAll<HTMLInputElement>('input[type=radio]')[index]?.focus();
    },
  });

  return (
    <div className="consultation-form">
      <h2 id={headingId}>{t.title}</h2>
      <p className="notice notice-info">{t.privacy}</p>
      <form className="form" ref={form} onSubmit={submit} onKeyDown={onKeyDown} aria-labelledby={headingId} aria-busy={busy} noValidate>
        {session.afterwards ? (
          <TextField
            label={consultation.afterwards.adviceTime}
            hint={consultation.afterwards.timeHint}
            value={time}
            onChange={setTime}
            error={timeWrong}
            inputMode="numeric"
            autoComplete="off"
            inputClassName="input-short"
          />
        ) : null}
        <TopicChoices
          legend={t.topicLegend}
          hint={t.topicHint}
          lifeAreas={lifeAreas}
          multiple={false}
          value={topic ? [topic] : []}
          onToggle={setTopic}
          firstRef={firstTopic}
          error={tried && topic === '' ? t.missingTopic : null}
        />
        <div className="consultation-row">
          <SelectField label={t.language} value={language} onChange={setLanguage} options={languageOptions} placeholder={t.german} />
          <label className="choice consultation-check">
            <input type="checkbox" checked={interpreter} onChange={(e) => setInterpreter(e.target.checked)} />
            <span>{t.interpreter}</span>
          </label>
        </div>
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
