/**
 * "Neue Person erfassen" in the consultation hour (`sessions.registerPerson`): only the name, a
 * (partial) date of birth, language and interpreter; the record is marked incomplete. Likely
 * duplicates are shown while typing; saving leads straight to the contact for the new person.
 * With an interpreter, the chosen language is the interpreter's too. What is typed is kept as a
 * draft (`sessionPerson:new:<sessionId>`) until it is saved.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { DraftNotice } from '../../ui/DraftNotice';
import { useFormDraft } from '../../ui/useFormDraft';
import { useSubmit } from '../../ui/useSubmit';
import type { SessionView } from '../../../electron/contract/areas/consultation';
import { call } from '../../api';
import { LANGUAGES } from '../../i18n/cases';
import { consultation } from '../../i18n/consultation';
import { Button } from '../../ui/Button';
import { ErrorMessage } from '../../ui/Messages';
import { SelectField } from '../../ui/SelectField';
import { SubmitRow } from '../../ui/SubmitRow';
import { TextField } from '../../ui/TextField';
import { parseBirthDate } from '../cases/format';
import { DuplicateWarning, useLikelyDuplicates } from '../../ui/DuplicateWarning';
import { formKeyDown } from './formKeys';
import type { ContactTarget } from './QuickContactForm';

const t = consultation.newPerson;
const languageOptions = Object.entries(LANGUAGES).map(([value, label]) => ({ value, label }));

export interface NewPersonFormProps {
  session: SessionView;
  /** What was typed into the search: a first guess for the family name. */
  prefill: string;
  queueEntryId: string | null;
  onRegistered: (target: ContactTarget, message: string) => void;
  onTake: (target: ContactTarget) => void;
  onCancel: () => void;
}

export function NewPersonForm({ session, prefill, queueEntryId, onRegistered, onTake, onCancel }: NewPersonFormProps) {
  const headingId = useId();
  const first = useRef<HTMLInputElement>(null);
  const form = useFormDraft(`sessionPerson:new:${session.id}`, {
    familyName: /\d/.test(prefill) ? '' : prefill.trim(),
    givenNames: '',
    birthText: '',
    language: '',
    interpreter: false,
  });
  const { familyName, givenNames, birthText, language, interpreter } = form.values;
  const [tried, setTried] = useState(false);

  useEffect(() => {
    first.current?.focus();
  }, []);

  const birthDate = parseBirthDate(birthText);
  const duplicates = useLikelyDuplicates(familyName, givenNames, birthDate ?? null);
  const familyMissing = familyName.trim() === '';
  const birthInvalid = birthDate === undefined;

  const send = useSubmit(
    () =>
      familyMissing || birthDate === undefined
        ? null
        : call('sessions.registerPerson', {
            sessionId: session.id,
            familyName: familyName.trim(),
            givenNames: givenNames.trim(),
            birthDate,
            ...(language ? { languages: [language] } : {}),
            interpreterNeeded: interpreter,
            ...(interpreter && language ? { interpreterLanguage: language } : {}),
            ...(queueEntryId ? { queueEntryId } : {}),
          }),
    (person) => {
      form.clear();
      onRegistered({ personId: person.id, displayName: person.displayName, caseId: null, caseNumber: null }, t.saved(person.displayName));
    },
  );
  const { busy, error } = send;

  function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (familyMissing || birthDate === undefined) {
      send.setError(familyMissing ? t.missingFamilyName : t.birthDateInvalid);
      return;
    }
    void send.submit();
  }

  return (
    <div className="consultation-form">
      <h2 id={headingId}>{t.title}</h2>
      <p>{t.intro}</p>
      <DraftNotice restoredAt={form.restoredAt} onDiscard={form.discard} />
      <form className="form" onSubmit={submit} onKeyDown={formKeyDown({ onCancel })} aria-labelledby={headingId} aria-busy={busy} noValidate>
        <div className="consultation-row">
          <TextField
            label={t.familyName}
            value={familyName}
            onChange={(v) => form.set('familyName', v)}
            inputRef={first}
            maxLength={100}
            autoComplete="off"
            spellCheck={false}
            required
            error={tried && familyMissing ? t.missingFamilyName : null}
          />
          <TextField
            label={t.givenNames}
            value={givenNames}
            onChange={(v) => form.set('givenNames', v)}
            maxLength={100}
            autoComplete="off"
            spellCheck={false}
          />
        </div>
        <div className="consultation-row">
          <TextField
            label={t.birthDate}
            value={birthText}
            onChange={(v) => form.set('birthText', v)}
            hint={t.birthDateHint}
            inputMode="numeric"
            autoComplete="off"
            error={birthInvalid && (tried || /^\d{1,2}\.\d{1,2}\.\d{4}$/.test(birthText.trim())) ? t.birthDateInvalid : null}
          />
          <SelectField
            label={t.language}
            value={language}
            onChange={(v) => form.set('language', v)}
            options={languageOptions}
            placeholder={t.languagePlaceholder}
          />
        </div>
        <DuplicateWarning duplicates={duplicates} onTake={onTake} />
        <label className="choice consultation-check">
          <input type="checkbox" checked={interpreter} onChange={(e) => form.set('interpreter', e.target.checked)} />
          <span>{t.interpreterNeeded}</span>
        </label>
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
